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

    /** 10 000 levels (as deep as the reference parser goes) and 64 MiB. */
    public static final ParseOptions DEFAULTS = new ParseOptions(10_000, 64L * 1024 * 1024);

    public ParseOptions {
        if (maxNestingDepth < 1) {
            throw new IllegalArgumentException("maxNestingDepth must be positive");
        }
        if (maxFileBytes < 0) {
            throw new IllegalArgumentException("maxFileBytes must not be negative");
        }
    }
}
