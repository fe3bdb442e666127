package io.templint.eval;

import io.templint.eval.functions.Functions;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import java.util.ArrayList;
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
 * work done per {@link #evaluate} call.
 *
 * <p>An evaluator is immutable and can be shared between threads when its scope and file access
 * are thread-safe.
 */
public final class Evaluator {

    private final Scope scope;
    private final FileAccess files;
    private final EvalLimits limits;
    private final Functions functions;

    /**
     * @param scope     where variables come from
     * @param files     how the file functions read files ({@link FileAccess#NONE} for none)
     * @param limits    bounds on each evaluation
     * @param functions the function table ({@link Functions#standard()})
     */
    public Evaluator(Scope scope, FileAccess files, EvalLimits limits, Functions functions) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.files = Objects.requireNonNull(files, "files");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.functions = Objects.requireNonNull(functions, "functions");
    }

    /** An evaluator over {@code scope} with no file access, default limits and the standard functions. */
    public Evaluator(Scope scope) {
        this(scope, FileAccess.NONE, EvalLimits.DEFAULTS, Functions.standard());
    }

    /** The same evaluator over another scope. */
    public Evaluator withScope(Scope other) {
        return new Evaluator(other, files, limits, functions);
    }

    /** The same evaluator with other file access. */
    public Evaluator withFiles(FileAccess other) {
        return new Evaluator(scope, other, limits, functions);
    }

    /** The same evaluator with other limits. */
    public Evaluator withLimits(EvalLimits other) {
        return new Evaluator(scope, files, other, functions);
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
        return new Interpreter(this, diagnostics).run(expression);
    }
}
