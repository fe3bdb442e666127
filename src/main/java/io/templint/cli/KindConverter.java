package io.templint.cli;

import io.templint.api.TemplateKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --kind}'s value (any case): {@code auto}, {@code template} or {@code module}. */
final class KindConverter implements ITypeConverter<KindConverter.Choice> {

    /** A value of {@code --kind}. */
    record Choice(TemplateKind kind) { }

    @Override
    public Choice convert(String value) {
        try {
            return OptionValues.kind(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("expected auto, template or module, not '" + value + "'");
        }
    }
}
