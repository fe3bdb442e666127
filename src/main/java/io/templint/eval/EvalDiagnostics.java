package io.templint.eval;

import io.templint.hcl.Diagnostic;
import java.util.Set;

/**
 * The summaries of the diagnostics by which evaluation says that it stopped short or did not read
 * something, rather than that the configuration is wrong: callers tell them apart by summary to
 * report them as incomplete analysis instead of invalid configuration.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class EvalDiagnostics {

    /** An {@link EvalLimits} bound or the shared {@link StepBudget} was reached; the value is unknown. */
    public static final String LIMIT_REACHED = "Evaluation limit reached";
    /** The expression is nested deeper than {@link EvalLimits#maxDepth()} (or the stack allows). */
    public static final String EXPRESSION_TOO_COMPLEX = "Expression too complex";
    /** The value nests collections deeper than {@link Value#MAX_DEPTH}. */
    public static final String VALUE_TOO_COMPLEX = "Value too complex";
    /**
     * A file function was given a path outside the template (through {@code ..} or an absolute
     * path): Terraform would read it, templint does not, and the result is unknown. A warning.
     */
    public static final String FILE_NOT_READ = "File outside the template not read";

    private static final Set<String> LIMITS = Set.of(LIMIT_REACHED, EXPRESSION_TOO_COMPLEX, VALUE_TOO_COMPLEX);

    private EvalDiagnostics() { }

    /** Whether {@code d} says that evaluation stopped at one of its limits (the configuration may be valid). */
    public static boolean isLimit(Diagnostic d) {
        return LIMITS.contains(d.summary());
    }
}
