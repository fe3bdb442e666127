package io.templint.terraform;

import io.templint.eval.EvalDiagnostics;
import io.templint.eval.EvalLimits;
import io.templint.eval.StepBudget;
import io.templint.eval.EvalResult;
import io.templint.eval.FileAccess;
import io.templint.eval.functions.Functions;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import io.templint.internal.Cancellation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Static evaluation of a whole {@link ModuleTree}: one {@link ModuleEvaluation} per loaded module,
 * sharing caches, file access and cycle detection, so that values flow across module boundaries
 * ({@code module.m.out} in the caller, a caller's argument as {@code var.x} in the child).
 *
 * <p>Values are computed lazily and cached; {@link #evaluateAll()} computes them all, so that
 * {@link #problems()}, what the analysis reports, does not depend on which values were asked for.
 * Not thread-safe: use one instance per thread.
 */
public final class TemplateEvaluation {

    /** Deepest chain of named values computed from one another before evaluation gives up. */
    static final int MAX_CHAIN = 100;

    private static final String TOO_DEEP = "Evaluation too deep";

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
    /** The diagnostics of {@link #diagnostics} that are problems of the configuration the analysis reports. */
    private final Set<Diagnostic> configurationProblems = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<String> inProgress = new ArrayDeque<>();
    private boolean evaluatedAll;

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
        this.budget = new StepBudget(max > Long.MAX_VALUE / TEMPLATE_STEPS_FACTOR ? Long.MAX_VALUE : max * TEMPLATE_STEPS_FACTOR,
            limits.maxValueBytes(), Cancellation.current());
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

    /**
     * Computes every named value of every loaded module once, in a fixed order: for each module
     * (root first, then in call order; not the modules called with no instance, which Terraform
     * does not evaluate), its variables, local values and outputs, the instances of
     * its resources and module calls, and the arguments of its resources and data sources (those of
     * nested blocks too, except {@code lifecycle}). Afterwards {@link #problems()} holds every
     * problem of the template, whichever values are asked for later, and those values come from the
     * cache. Bounded by the template's step budget like any evaluation. Does nothing the second time.
     */
    public void evaluateAll() {
        if (evaluatedAll) {
            return;
        }
        evaluatedAll = true;
        for (Module m : tree.modules().values()) {
            if (!withoutInstances(m.path())) {
                module(m.path()).evaluateAll();
            }
        }
    }

    /**
     * Whether the module at {@code path}, or a module enclosing it, is called with a count or
     * for_each known to give no instance: Terraform evaluates nothing in it.
     */
    private boolean withoutInstances(ModulePath path) {
        for (ModulePath p = path; !p.isRoot(); p = p.parent()) {
            ModuleCall call = tree.callOf(p);
            ModuleEvaluation caller = call == null ? null : module(p.parent());
            InstanceCount c = caller == null ? InstanceCount.SINGLE : caller.instanceCount(call);
            if (c.isKnown() && c.count() == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The problems of {@link #diagnostics()} worth reporting as findings, once each (by summary and
     * range), in the order found:
     * <ul>
     * <li>errors Terraform would also report: cycles between named values ("Cycle in local values",
     *     "Reference cycle"), an invalid {@code count} or {@code for_each};
     * <li>warnings that the analysis is incomplete because a bound was reached: an evaluation
     *     limit or the template's step budget ({@link EvalDiagnostics#isLimit}, once per kind: once
     *     the budget is spent every later value reports it again), a chain of values deeper than
     *     {@value #MAX_CHAIN} ("Evaluation too deep"), more instances than
     *     {@link LoadOptions#maxInstances()};
     * <li>warnings that a file function names a file outside the template, which templint did not
     *     read ({@link EvalDiagnostics#FILE_NOT_READ}).
     * </ul>
     * Other evaluation diagnostics are left out: an undeclared reference is already a loader
     * diagnostic, and a failing function call (a file missing from the upload, a value that differs
     * at plan time) may well succeed when Terraform plans with the real inputs and files.
     * Call {@link #evaluateAll()} first for problems that do not depend on what was evaluated.
     */
    public List<Diagnostic> problems() {
        Set<String> seen = new HashSet<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Diagnostic p = reportable(d);
            if (p != null && seen.add(p.summary() + "\0" + (incomplete(d) ? p.detail() : p.subject()))) {
                out.add(p);
            }
        }
        return out;
    }

    private Diagnostic reportable(Diagnostic d) {
        if (incomplete(d)) {
            return Diagnostic.warning(d.summary(), d.detail() + " templint stopped evaluating there: that value and"
                + " those computed from it are unknown, so the analysis of this template is incomplete.",
                d.subject());
        }
        return configurationProblems.contains(d) || d.summary().equals(EvalDiagnostics.FILE_NOT_READ) ? d : null;
    }

    /** Whether {@code d} says that evaluation stopped at a limit, the configuration being perhaps valid. */
    private static boolean incomplete(Diagnostic d) {
        return EvalDiagnostics.isLimit(d) || d.summary().equals(TOO_DEEP);
    }

    /** Records a problem of the configuration that {@link #problems()} reports. */
    void problem(Diagnostic d) {
        if (diagnostics.contains(d)) {
            return; // the same problem met again on another path (a cycle seen from two values): reported once
        }
        diagnostics.add(d);
        configurationProblems.add(d);
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
            problem(Diagnostic.error(locals ? "Cycle in local values" : "Reference cycle",
                "The value of " + address + " depends on itself: " + String.join(" -> ", cycle) + ".", where));
            return false;
        }
        if (inProgress.size() >= MAX_CHAIN) {
            diagnostics.add(Diagnostic.error(TOO_DEEP, "Computing " + address + " needs a chain of more"
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
