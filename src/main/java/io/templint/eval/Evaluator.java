package io.templint.eval;

import io.templint.eval.functions.Functions;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Expressions;
import io.templint.internal.BigStack;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates HCL expressions statically, with Terraform's semantics: operators, templates,
 * conditionals, {@code for} expressions, splats, traversals, and the pure built-in functions.
 * What cannot be known without running Terraform (resource attributes, data sources, impure
 * functions, provider functions) evaluates to an {@link Value#unknown unknown value} that says why.
 *
 * <p>Evaluation never throws on bad input: every problem is a {@link Diagnostic} with the range of
 * the expression at fault, and the value at fault becomes unknown. {@link EvalLimits} bound the
 * work done per {@link #evaluate} call; a {@link StepBudget} ({@link #withBudget}) bounds the steps
 * of several calls together.
 *
 * <p>An evaluator is immutable and can be shared between threads when its scope and file access
 * are thread-safe and it has no step budget.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class Evaluator {

    private final Scope scope;
    private final FileAccess files;
    private final EvalLimits limits;
    private final Functions functions;
    private final StepBudget budget;

    /**
     * @param scope     where variables come from
     * @param files     how the file functions read files ({@link FileAccess#NONE} for none)
     * @param limits    bounds on each evaluation
     * @param functions the function table ({@link Functions#standard()})
     */
    public Evaluator(Scope scope, FileAccess files, EvalLimits limits, Functions functions) {
        this(scope, files, limits, functions, null);
    }

    private Evaluator(Scope scope, FileAccess files, EvalLimits limits, Functions functions, StepBudget budget) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.files = Objects.requireNonNull(files, "files");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.functions = Objects.requireNonNull(functions, "functions");
        this.budget = budget;
    }

    /** An evaluator over {@code scope} with no file access, default limits and the standard functions. */
    public Evaluator(Scope scope) {
        this(scope, FileAccess.NONE, EvalLimits.DEFAULTS, Functions.standard());
    }

    /** The same evaluator over another scope. */
    public Evaluator withScope(Scope other) {
        return new Evaluator(other, files, limits, functions, budget);
    }

    /** The same evaluator with other file access. */
    public Evaluator withFiles(FileAccess other) {
        return new Evaluator(scope, other, limits, functions, budget);
    }

    /** The same evaluator with other limits. */
    public Evaluator withLimits(EvalLimits other) {
        return new Evaluator(scope, files, other, functions, budget);
    }

    /**
     * A copy whose evaluations also spend their steps from {@code shared}: once it is spent, every
     * evaluation stops with a limit error, as at {@link EvalLimits#maxSteps()}.
     */
    public Evaluator withBudget(StepBudget shared) {
        return new Evaluator(scope, files, limits, functions, Objects.requireNonNull(shared, "shared"));
    }

    /** The shared step budget, or null when only {@link EvalLimits#maxSteps()} applies. */
    public StepBudget budget() {
        return budget;
    }

    public Scope scope() {
        return scope;
    }

    public FileAccess files() {
        return files;
    }

    public EvalLimits limits() {
        return limits;
    }

    public Functions functions() {
        return functions;
    }

    /** Evaluates {@code expression}; the diagnostics are those of this evaluation only. */
    public EvalResult evaluate(Expression expression) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Value v = evaluate(expression, diagnostics);
        return new EvalResult(v, diagnostics);
    }

    /** Evaluates {@code expression}, adding problems to {@code diagnostics}. */
    public Value evaluate(Expression expression, List<Diagnostic> diagnostics) {
        int depth = depth(expression);
        if (depth <= INLINE_DEPTH) {
            int mark = diagnostics.size();
            try {
                return new Interpreter(this, diagnostics).run(expression, true);
            } catch (StackOverflowError e) {
                diagnostics.subList(mark, diagnostics.size()).clear();
            }
        }
        return onBigStack(expression, diagnostics, Math.max(depth, INLINE_DEPTH) * STACK_PER_LEVEL);
    }

    /** Nesting up to which evaluation runs on the caller's thread. */
    private static final int INLINE_DEPTH = 150;
    /** Stack reserved per level of nesting on the deep-evaluation thread. */
    private static final long STACK_PER_LEVEL = 4096;
    private static final long MIN_DEEP_STACK = 16L << 20;
    private static final long MAX_DEEP_STACK = 512L << 20;

    /**
     * Runs the evaluation on a thread whose stack fits the expression's nesting, so that deeply
     * nested (adversarial) expressions reach the depth limit instead of overflowing the caller's
     * stack.
     */
    private Value onBigStack(Expression expression, List<Diagnostic> diagnostics, long wanted) {
        long stack = Math.min(MAX_DEEP_STACK, Math.max(MIN_DEEP_STACK, wanted));
        List<Diagnostic> local = new ArrayList<>();
        Value result = BigStack.call("templint-deep-eval", stack,
            () -> new Interpreter(this, local).run(expression, false));
        diagnostics.addAll(local);
        return result != null ? result : Value.unknown("evaluation failed");
    }

    /** The nesting depth of an expression tree, computed without recursion. */
    static int depth(Expression root) {
        ArrayDeque<Expression> nodes = new ArrayDeque<>();
        int[] depths = new int[16];   // depths[i]: the depth of the i-th node from the bottom of the stack
        nodes.push(root);
        depths[0] = 1;
        int max = 0;
        while (!nodes.isEmpty()) {
            Expression e = nodes.pop();
            int d = depths[nodes.size()];
            max = Math.max(max, d);
            int pushed = Expressions.pushChildren(e, nodes);
            if (nodes.size() > depths.length) {
                depths = Arrays.copyOf(depths, Math.max(nodes.size(), 2 * depths.length));
            }
            Arrays.fill(depths, nodes.size() - pushed, nodes.size(), d + 1);
        }
        return max;
    }
}
