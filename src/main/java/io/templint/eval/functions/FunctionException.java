package io.templint.eval.functions;

/**
 * A function call failed on its arguments. Becomes an "Invalid function argument" diagnostic on
 * argument {@link #argIndex()} when that is not negative, else an "Error in function call" diagnostic.
 * A {@link #fileNotRead file not read} is no failure: the call's result is unknown, with a warning.
 */
public final class FunctionException extends Exception {

    private final int argIndex;
    private final boolean fileNotRead;

    public FunctionException(int argIndex, String message) {
        this(argIndex, message, false);
    }

    private FunctionException(int argIndex, String message, boolean fileNotRead) {
        super(message, null, false, false);
        this.argIndex = argIndex;
        this.fileNotRead = fileNotRead;
    }

    /**
     * The path given as argument {@code argIndex} leaves the template, so templint does not read
     * it, though Terraform would: the call's result is unknown, with a warning saying why.
     */
    public static FunctionException fileNotRead(int argIndex, String message) {
        return new FunctionException(argIndex, message, true);
    }

    /** Whether this is a {@link #fileNotRead} rather than a failure. */
    public boolean isFileNotRead() {
        return fileNotRead;
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
