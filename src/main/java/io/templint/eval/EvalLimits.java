package io.templint.eval;

/**
 * Bounds on one evaluation, so that adversarial templates cannot exhaust memory, stack or time.
 * Every limit that is hit becomes an error diagnostic and an unknown value, never an exception.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 *
 * @param maxStringLength     longest string (in chars) an operation may produce; the strings one
 *                            evaluation produces may total four times this
 * @param maxCollectionSize   most elements a collection may have ({@code range(1e9)} is an error)
 * @param maxDepth            deepest nesting of expressions and function calls evaluated
 * @param maxSteps            most evaluation steps (expression nodes visited, elements processed)
 *                            per {@link Evaluator#evaluate} call
 * @param maxFileBytes        largest file the file functions read
 * @param maxValueBytes       most estimated bytes ({@link Value#weight()}) of the collections and
 *                            strings one evaluation makes, and all the evaluations of one template
 *                            together ({@link StepBudget}); past it values are unknown
 */
public record EvalLimits(long maxStringLength, int maxCollectionSize, int maxDepth, long maxSteps,
                         long maxFileBytes, long maxValueBytes) {

    /** The default of {@link #maxValueBytes()}: 32 MiB, so that several analyses fit a 256 MB heap. */
    public static final long DEFAULT_MAX_VALUE_BYTES = 32L << 20;

    /**
     * 16 Mi chars, 1,000,000 elements, depth 10,000 (as deep as the parser reads), 10,000,000 steps,
     * 16 MiB files, 32 MiB of values.
     */
    public static final EvalLimits DEFAULTS =
        new EvalLimits(16L * 1024 * 1024, 1_000_000, 10_000, 10_000_000L, 16L * 1024 * 1024, DEFAULT_MAX_VALUE_BYTES);

    public EvalLimits {
        if (maxStringLength < 0 || maxCollectionSize < 0 || maxDepth < 1 || maxSteps < 1 || maxFileBytes < 0
                || maxValueBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Limits with the default {@link #maxValueBytes()}. */
    public EvalLimits(long maxStringLength, int maxCollectionSize, int maxDepth, long maxSteps, long maxFileBytes) {
        this(maxStringLength, maxCollectionSize, maxDepth, maxSteps, maxFileBytes, DEFAULT_MAX_VALUE_BYTES);
    }

    public EvalLimits withMaxStringLength(long v) {
        return new EvalLimits(v, maxCollectionSize, maxDepth, maxSteps, maxFileBytes, maxValueBytes);
    }

    public EvalLimits withMaxCollectionSize(int v) {
        return new EvalLimits(maxStringLength, v, maxDepth, maxSteps, maxFileBytes, maxValueBytes);
    }

    public EvalLimits withMaxDepth(int v) {
        return new EvalLimits(maxStringLength, maxCollectionSize, v, maxSteps, maxFileBytes, maxValueBytes);
    }

    public EvalLimits withMaxSteps(long v) {
        return new EvalLimits(maxStringLength, maxCollectionSize, maxDepth, v, maxFileBytes, maxValueBytes);
    }

    public EvalLimits withMaxFileBytes(long v) {
        return new EvalLimits(maxStringLength, maxCollectionSize, maxDepth, maxSteps, v, maxValueBytes);
    }

    public EvalLimits withMaxValueBytes(long v) {
        return new EvalLimits(maxStringLength, maxCollectionSize, maxDepth, maxSteps, maxFileBytes, v);
    }
}
