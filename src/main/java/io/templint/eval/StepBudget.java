package io.templint.eval;

import io.templint.internal.Cancellation;

/**
 * Evaluation steps and value memory shared by several evaluations, such as every value of one
 * template: where {@link EvalLimits#maxSteps()} bounds one {@link Evaluator#evaluate} call, a budget
 * bounds their sum, so that many expensive values cannot add up to an unbounded analysis. It also
 * counts the estimated bytes of the collections and strings the evaluations make
 * ({@link Value#weight()}) against {@link EvalLimits#maxValueBytes()}, and stops every evaluation
 * once the analysis is {@link Cancellation cancelled} or past its deadline. Not thread-safe: one
 * budget per evaluating thread.
 */
public final class StepBudget {

    private final long max;
    private final long maxBytes;
    private final Cancellation cancellation;
    private long used;
    private long bytes;

    /** A budget of {@code max} steps, with no bound on memory and no cancellation. */
    public StepBudget(long max) {
        this(max, Long.MAX_VALUE, Cancellation.NONE);
    }

    /**
     * A budget of {@code max} steps and {@code maxBytes} estimated bytes of values, that also stops
     * once {@code cancellation} says so.
     */
    public StepBudget(long max, long maxBytes, Cancellation cancellation) {
        if (max < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("a step budget must be positive");
        }
        this.max = max;
        this.maxBytes = maxBytes;
        this.cancellation = cancellation == null ? Cancellation.NONE : cancellation;
    }

    /** The steps this budget allows in all. */
    public long max() {
        return max;
    }

    /** The estimated bytes of values this budget allows in all. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The steps spent so far. */
    public long used() {
        return used;
    }

    /** The estimated bytes of values made so far. */
    public long bytes() {
        return bytes;
    }

    /** The cancellation this budget watches. */
    public Cancellation cancellation() {
        return cancellation;
    }

    /**
     * Spends {@code n} steps; false once more than {@link #max()} have been spent, or once the
     * values made are over {@link #maxBytes()} (the budget is then spent: the work left would only
     * make values that cannot be kept).
     */
    boolean charge(long n) {
        used += n;
        return used <= max && bytes <= maxBytes;
    }

    /** Counts {@code n} estimated bytes of new values; false once more than {@link #maxBytes()}. */
    boolean allocate(long n) {
        bytes += n;
        if (bytes < 0) {
            bytes = Long.MAX_VALUE;
        }
        return bytes <= maxBytes;
    }

    /** Whether the budget is spent (steps or bytes): every further evaluation stops at once. */
    public boolean spent() {
        return used > max || bytes > maxBytes;
    }

    /** Whether the analysis must stop (cancelled or past its deadline). */
    boolean stopped() {
        return cancellation.check();
    }
}
