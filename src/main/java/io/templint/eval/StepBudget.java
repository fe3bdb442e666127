package io.templint.eval;

/**
 * Evaluation steps shared by several evaluations, such as every value of one template: where
 * {@link EvalLimits#maxSteps()} bounds one {@link Evaluator#evaluate} call, a budget bounds their
 * sum, so that many expensive values cannot add up to an unbounded analysis. Not thread-safe: one
 * budget per evaluating thread.
 */
public final class StepBudget {

    private final long max;
    private long used;

    /** A budget of {@code max} steps. */
    public StepBudget(long max) {
        if (max < 1) {
            throw new IllegalArgumentException("a step budget must be positive");
        }
        this.max = max;
    }

    /** The steps this budget allows in all. */
    public long max() {
        return max;
    }

    /** Spends {@code n} steps; false once more than {@link #max()} have been spent. */
    boolean charge(long n) {
        used += n;
        return used <= max;
    }
}
