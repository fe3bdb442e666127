package io.templint.cli;

import io.templint.rules.FailOn;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --fail-on}'s value (any case), with a message that lists the valid ones. */
final class FailOnConverter implements ITypeConverter<FailOn> {

    @Override
    public FailOn convert(String value) {
        try {
            return OptionValues.failOn(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("expected error, warning, notice or never, not '" + value + "'");
        }
    }
}
