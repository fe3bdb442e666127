package io.templint.eval;

/** A value could not be converted to a type; the message is cty-like ("a number is required"). */
public final class ConversionException extends Exception {
    public ConversionException(String message) {
        super(message, null, false, false);
    }
}
