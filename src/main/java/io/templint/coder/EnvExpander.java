package io.templint.coder;

import io.templint.eval.Marks;
import io.templint.eval.Value;
import io.templint.hcl.Attribute;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import io.templint.terraform.LocalValue;
import io.templint.terraform.Module;
import io.templint.terraform.ModuleCall;
import io.templint.terraform.ModulePath;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Output;
import io.templint.terraform.TemplateEvaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands a {@code coder_agent}'s {@code env} expression into its entries, keeping each entry's
 * own expression and line where the syntax allows: object constructors entry by entry,
 * {@code merge(...)} argument by argument (later keys win), {@code local.x}, module outputs and a
 * child module's {@code var.x} through to the expressions that define them. What is left is
 * evaluated as a whole; an entry whose name or value is not statically known is still reported
 * (name or value null), never dropped. Not thread-safe (one per analysis); the work per
 * {@code env} is bounded.
 */
final class EnvExpander {

    private static final int MAX_STEPS = 64;

    /** Most expressions taken apart for one {@code env}; the rest is evaluated as a whole. */
    private static final int MAX_WORK = 4096;

    /** Every attribute of a {@code coder_secret} data source is a secret. */
    private static final String CODER_SECRET = "data.coder_secret.";

    private final ModuleTree tree;
    private final TemplateEvaluation evaluation;
    private final SourceTexts texts;
    private int work;

    EnvExpander(ModuleTree tree, TemplateEvaluation evaluation, SourceTexts texts) {
        this.tree = tree;
        this.evaluation = evaluation;
        this.texts = texts;
    }

    /** The entries of {@code env}, written in {@code module}, as set by the block {@code source}. */
    List<EnvVarFacts> expand(ModulePath module, Expression env, String source) {
        Map<String, EnvVarFacts> named = new LinkedHashMap<>();
        List<EnvVarFacts> anonymous = new ArrayList<>();
        work = 0;
        expand(module, env, source, 0, named, anonymous);
        List<EnvVarFacts> out = new ArrayList<>(named.values());
        out.addAll(anonymous);
        return out;
    }

    private void expand(ModulePath module, Expression e, String source, int depth, Map<String, EnvVarFacts> named,
                        List<EnvVarFacts> anonymous) {
        if (depth > MAX_STEPS || ++work > MAX_WORK) {
            evaluated(module, e, source, named, anonymous);
            return;
        }
        Expression inner = definition(module, e);
        if (e instanceof Expression.ObjectCons o) {
            for (Expression.ObjectItem item : o.items()) {
                add(entry(module, item, source), named, anonymous);
            }
        } else if (e instanceof Expression.Parentheses p) {
            expand(module, p.expression(), source, depth + 1, named, anonymous);
        } else if (e instanceof Expression.FunctionCall f && f.name().equals("merge") && !f.expandFinal()) {
            for (Expression arg : f.args()) {
                expand(module, arg, source, depth + 1, named, anonymous);
            }
        } else if (inner != null) {
            expand(definingModule(module, e), inner, source, depth + 1, named, anonymous);
        } else {
            evaluated(module, e, source, named, anonymous);
        }
    }

    private static void add(EnvVarFacts entry, Map<String, EnvVarFacts> named, List<EnvVarFacts> anonymous) {
        if (entry.name() == null) {
            anonymous.add(entry);
        } else {
            named.remove(entry.name());
            named.put(entry.name(), entry);
        }
    }

    private EnvVarFacts entry(ModulePath module, Expression.ObjectItem item, String source) {
        String name = keyName(module, item.key());
        Value v = value(module, item.value());
        Range where = Range.span(item.key().range(), item.value().range());
        return facts(name, v, texts.text(item.value()), source, where);
    }

    private String keyName(ModulePath module, Expression key) {
        if (key instanceof Expression.ObjectConsKey k) {
            if (k.bareName() != null) {
                return k.bareName();
            }
            return StaticValues.string(value(module, k.wrapped()));
        }
        return StaticValues.string(value(module, key));
    }

    /** Entries of an expression templint cannot take apart: its value, as far as it is known. */
    private void evaluated(ModulePath module, Expression e, String source, Map<String, EnvVarFacts> named,
                           List<EnvVarFacts> anonymous) {
        Value v = value(module, e);
        String text = texts.text(e);
        if (v.isKnown() && v.isMapping()) {
            for (Map.Entry<String, Value> a : v.attributes().entrySet()) {
                add(facts(a.getKey(), a.getValue().mark(v.marks()), text, source, e.range()), named, anonymous);
            }
        } else if (!v.isNull()) {
            anonymous.add(facts(null, v, text, source, e.range()));
        }
    }

    private static EnvVarFacts facts(String name, Value v, String text, String source, Range where) {
        return facts(name, v, text, source, where, null);
    }

    /**
     * An entry for value {@code v}. The value of a sensitive entry is never reported (a secret's
     * default must not end up in reports or logs), nor one each workspace decides.
     */
    static EnvVarFacts facts(String name, Value v, String text, String source, Range where, String mergeStrategy) {
        Set<String> secrets = secretSources(v.deepMarks());
        String value = secrets.isEmpty() ? StaticValues.settled(v) : null;
        return new EnvVarFacts(name, value, text, !secrets.isEmpty(), secrets, source, where, mergeStrategy);
    }

    /** The secrets a value derives from: its sensitive sources, and any {@code data.coder_secret} it reads. */
    private static Set<String> secretSources(Marks marks) {
        Set<String> out = new TreeSet<>(marks.sensitiveSources());
        for (String origin : marks.origins()) {
            if (origin.startsWith(CODER_SECRET) || origin.contains("." + CODER_SECRET)) {
                out.add(origin);
            }
        }
        return out;
    }

    private Value value(ModulePath module, Expression e) {
        return evaluation.evaluate(module, e).value();
    }

    /**
     * The expression that defines the value {@code e} reads, when {@code e} is a whole local value,
     * module output or (in a child module) variable; null otherwise.
     */
    private Expression definition(ModulePath module, Expression e) {
        List<Traverser> steps = Traversals.of(e);
        if (steps == null) {
            return null;
        }
        Module m = tree.module(module);
        String root = Traversals.root(steps);
        if (root.equals("local") && steps.size() == 2 && steps.get(1) instanceof Traverser.Attr a) {
            LocalValue l = m.locals().get(a.name());
            return l == null ? null : l.expression();
        }
        if (root.equals("var") && steps.size() == 2 && steps.get(1) instanceof Traverser.Attr a
                && !module.isRoot() && m.variables().containsKey(a.name())) {
            ModuleCall call = tree.callOf(module);
            Attribute arg = call == null ? null : call.arguments().get(a.name());
            return arg == null ? null : arg.expression();
        }
        Output o = output(m, steps);
        return o == null ? null : o.value();
    }

    /** The module in which {@link #definition}'s expression is written. */
    private ModulePath definingModule(ModulePath module, Expression e) {
        List<Traverser> steps = Traversals.of(e);
        return switch (Traversals.root(steps)) {
            case "local" -> module;
            case "var" -> module.parent();
            default -> output(tree.module(module), steps).module();
        };
    }

    /** The child module output {@code module.m.o} or {@code module.m[k].o} names, when the child is loaded. */
    private Output output(Module m, List<Traverser> steps) {
        if (!(steps.get(0) instanceof Traverser.Root r)
                || !r.name().equals("module") || steps.size() < 3 || !(steps.get(1) instanceof Traverser.Attr c)) {
            return null;
        }
        ModuleCall call = m.moduleCalls().get(c.name());
        int i = 2;
        if (steps.size() > i && steps.get(i) instanceof Traverser.Index && call != null
                && (call.count() != null || call.forEach() != null)) {
            i++;
        }
        if (call == null || steps.size() != i + 1 || !(steps.get(i) instanceof Traverser.Attr out)) {
            return null;
        }
        Module child = tree.module(call.childPath());
        return child == null ? null : child.outputs().get(out.name());
    }
}
