package io.templint.cli;

import io.templint.api.TemplateKind;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --kind}'s value (any case): {@code auto}, {@code template} or {@code module}. */
final class KindConverter implements ITypeConverter<KindConverter.Choice> {

    /** A value of {@code --kind}. */
    record Choice(TemplateKind kind) { }

    @Override
    public Choice convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("auto")) {
            return new Choice(null);
        }
        try {
            return new Choice(TemplateKind.parse(v));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("expected auto, template or module, not '" + value + "'");
        }
    }
}
