package io.templint.eval;

/**
 * A value could not be converted to a type; the message is cty-like ("a number is required").
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class ConversionException extends Exception {
    public ConversionException(String message) {
        super(message, null, false, false);
    }
}
