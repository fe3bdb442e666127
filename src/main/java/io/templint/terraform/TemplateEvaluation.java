package io.templint.terraform;

import io.templint.eval.EvalLimits;
import io.templint.eval.StepBudget;
import io.templint.eval.EvalResult;
import io.templint.eval.FileAccess;
import io.templint.eval.functions.Functions;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Static evaluation of a whole {@link ModuleTree}: one {@link ModuleEvaluation} per loaded module,
 * sharing caches, file access and cycle detection, so that values flow across module boundaries
 * ({@code module.m.out} in the caller, a caller's argument as {@code var.x} in the child).
 *
 * <p>Values are computed lazily and cached. Not thread-safe: use one instance per thread.
 */
public final class TemplateEvaluation {

    /** Deepest chain of named values computed from one another before evaluation gives up. */
    static final int MAX_CHAIN = 100;

    /**
     * How many times {@link EvalLimits#maxSteps()} all the evaluations of one template may take
     * together, so that many expensive values cannot add up to an unbounded analysis.
     */
    public static final int TEMPLATE_STEPS_FACTOR = 2;

    private final ModuleTree tree;
    private final FileAccess files;
    private final EvalLimits limits;
    private final Functions functions;
    private final StepBudget budget;
    private final Map<ModulePath, ModuleEvaluation> modules = new HashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Deque<String> inProgress = new ArrayDeque<>();

    /** An evaluation with the template's own files, default limits and the standard functions. */
    public TemplateEvaluation(ModuleTree tree) {
        this(tree, EvalLimits.DEFAULTS);
    }

    /** An evaluation with the template's own files and the given limits. */
    public TemplateEvaluation(ModuleTree tree, EvalLimits limits) {
        this.tree = tree;
        this.files = new TemplateFileAccess(tree.files());
        this.limits = limits;
        this.functions = Functions.standard();
        long max = limits.maxSteps();
        this.budget = new StepBudget(max > Long.MAX_VALUE / TEMPLATE_STEPS_FACTOR ? Long.MAX_VALUE : max * TEMPLATE_STEPS_FACTOR);
    }

    /** The tree evaluated. */
    public ModuleTree tree() {
        return tree;
    }

    /** The root module's evaluation. */
    public ModuleEvaluation root() {
        return module(ModulePath.ROOT);
    }

    /** The evaluation of a loaded module, or null when the module is not loaded. */
    public ModuleEvaluation module(ModulePath path) {
        Module m = tree.module(path);
        if (m == null) {
            return null;
        }
        return modules.computeIfAbsent(path, p -> new ModuleEvaluation(this, m));
    }

    /** Evaluates {@code expression} in the module at {@code path} (see {@link ModuleEvaluation#evaluate}). */
    public EvalResult evaluate(ModulePath path, Expression expression) {
        ModuleEvaluation m = module(path);
        if (m == null) {
            throw new IllegalArgumentException("module " + path + " is not loaded");
        }
        return m.evaluate(expression);
    }

    /**
     * Problems found while computing named values (variables, locals, outputs, resource
     * arguments) on demand: cycles, undeclared references, invalid variable values, ... Each
     * value's problems are reported once, when it is first computed.
     */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    FileAccess files() {
        return files;
    }

    EvalLimits limits() {
        return limits;
    }

    /** The steps all evaluations of this template share. */
    StepBudget budget() {
        return budget;
    }

    Functions functions() {
        return functions;
    }

    List<Diagnostic> sink() {
        return diagnostics;
    }

    /**
     * Marks {@code address} as being computed. Returns false, after reporting the cycle or the
     * depth limit, when it cannot be computed now.
     */
    boolean enter(String address, Range where) {
        if (inProgress.contains(address)) {
            List<String> cycle = new ArrayList<>();
            for (Iterator<String> it = inProgress.descendingIterator(); it.hasNext(); ) {
                String a = it.next();
                if (!cycle.isEmpty() || a.equals(address)) {
                    cycle.add(a);
                }
            }
            cycle.add(address);
            boolean locals = cycle.stream().allMatch(a -> a.contains("local."));
            diagnostics.add(Diagnostic.error(locals ? "Cycle in local values" : "Reference cycle",
                "The value of " + address + " depends on itself: " + String.join(" -> ", cycle) + ".", where));
            return false;
        }
        if (inProgress.size() >= MAX_CHAIN) {
            diagnostics.add(Diagnostic.error("Evaluation too deep", "Computing " + address + " needs a chain of more"
                + " than " + MAX_CHAIN + " values computed from one another; it is treated as unknown.", where));
            return false;
        }
        inProgress.push(address);
        return true;
    }

    /** Ends what {@link #enter} began. */
    void exit(String address) {
        inProgress.remove(address);
    }
}
