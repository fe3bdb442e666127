package io.templint.eval.functions;

/**
 * A function call failed on its arguments. Becomes an "Invalid function argument" diagnostic on
 * argument {@link #argIndex()} when that is not negative, else an "Error in function call" diagnostic.
 */
public final class FunctionException extends Exception {

    private final int argIndex;

    public FunctionException(int argIndex, String message) {
        super(message, null, false, false);
        this.argIndex = argIndex;
    }

    /** A failure not tied to one argument. */
    public FunctionException(String message) {
        this(-1, message);
    }

    /** The index of the argument at fault, or -1. */
    public int argIndex() {
        return argIndex;
    }
}
