package io.templint.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --fail-on}'s value, with a message that lists the valid ones. */
final class FailOnConverter implements ITypeConverter<FailOn> {

    @Override
    public FailOn convert(String value) {
        try {
            return FailOn.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
