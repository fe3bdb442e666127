package io.templint.hcl;

/**
 * Limits for reading one file. Inputs are untrusted: every limit turns into a diagnostic, never an
 * exception.
 *
 * @param maxNestingDepth deepest nesting of brackets, braces, parentheses, blocks and template
 *                        directives that is parsed; deeper input gives one error diagnostic
 * @param maxFileBytes    largest file that is read; a larger one gives one error diagnostic
 */
public record ParseOptions(int maxNestingDepth, long maxFileBytes) {

    /** The system property that sets {@link #DEFAULTS}' {@code maxFileBytes} (bytes). */
    public static final String MAX_FILE_BYTES_PROPERTY = "templint.maxFileBytes";

    /**
     * The default largest file, 2 MiB: the tree of a dense file (a long list of numbers, many short
     * attributes, nested objects, many empty blocks) takes up to about 160 bytes of heap per byte of
     * input at the peak of its parse (many empty blocks), so a 2 MiB file parses within a 512 MB heap
     * whatever its shape. Configuration files are far smaller; a {@code check} parses no more than
     * 2 MiB of configuration per template anyway.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024;

    /**
     * 10 000 levels (as deep as the reference parser goes) and {@link #DEFAULT_MAX_FILE_BYTES}, or
     * the value of the system property {@value #MAX_FILE_BYTES_PROPERTY} when it is set to a number.
     */
    public static final ParseOptions DEFAULTS = new ParseOptions(10_000, defaultMaxFileBytes());

    public ParseOptions {
        if (maxNestingDepth < 1) {
            throw new IllegalArgumentException("maxNestingDepth must be positive");
        }
        if (maxFileBytes < 0) {
            throw new IllegalArgumentException("maxFileBytes must not be negative");
        }
    }

    /**
     * Why a file of {@code size} bytes is not read, naming the limit and how to raise it.
     */
    public String fileTooLargeMessage(long size) {
        return "This file has " + size + " bytes, more than the limit of " + maxFileBytes + " bytes"
            + " (ParseOptions.maxFileBytes); it was not read. To read larger files, set the limit with the Java"
            + " system property -D" + MAX_FILE_BYTES_PROPERTY + "=BYTES (for the command line, in TEMPLINT_JAVA_OPTS)"
            + " and give the JVM about 200 bytes of heap (-Xmx) per byte of the file.";
    }

    private static long defaultMaxFileBytes() {
        String v;
        try {
            v = System.getProperty(MAX_FILE_BYTES_PROPERTY);
        } catch (SecurityException e) {
            v = null;
        }
        if (v != null) {
            try {
                long n = Long.parseLong(v.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // not a number: the built-in default
            }
        }
        return DEFAULT_MAX_FILE_BYTES;
    }
}
