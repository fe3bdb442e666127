package io.templint.coder;

import io.templint.hcl.Attribute;
import io.templint.hcl.Expression;
import io.templint.hcl.Traverser;
import io.templint.terraform.LocalValue;
import io.templint.terraform.Module;
import io.templint.terraform.ModuleCall;
import io.templint.terraform.ModulePath;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Output;
import io.templint.terraform.Resource;
import io.templint.terraform.UnresolvedModuleCall;
import io.templint.terraform.Variable;
import java.util.List;

/**
 * Follows a reference expression to the block of one type it names: {@code coder_app.x.id}
 * directly; {@code module.m[0].task_app_id} into the child module's output and on; {@code local.x};
 * a child module's {@code var.x} out to the argument its caller passes; {@code try(a, b)},
 * {@code coalesce(a, b)} and conditionals by the first alternative that leads somewhere.
 * Not thread-safe (one per analysis); the work per reference is bounded.
 */
final class ReferenceFollower {

    /** Longest chain of values followed before giving up (guards against reference cycles). */
    private static final int MAX_STEPS = 64;

    /** Most expressions looked at for one reference (alternatives can branch at every step). */
    private static final int MAX_WORK = 4096;

    private final ModuleTree tree;
    private final SourceTexts texts;
    private int work;

    ReferenceFollower(ModuleTree tree, SourceTexts texts) {
        this.tree = tree;
        this.texts = texts;
    }

    /** Where {@code expression}, written in {@code module}, leads among blocks of {@code type}. */
    Resolution follow(ModulePath module, Expression expression, String type) {
        work = 0;
        Step s = step(module, expression, type, 0);
        return new Resolution(texts.text(expression), expression.range(), s.target, s.blockedBy,
            s.target == null ? s.problem : null, s.outcome);
    }

    /** One outcome of following: a block, a module not on disk, or a problem. */
    private record Step(Resource target, UnresolvedModuleCall blockedBy, String problem, Resolution.Outcome outcome) {
        static Step found(Resource r) {
            return new Step(r, null, null, Resolution.Outcome.REACHED);
        }

        static Step blocked(UnresolvedModuleCall u) {
            return new Step(null, u, "it depends on " + TaskVerdicts.describe(u) + ", which is not on disk",
                Resolution.Outcome.BLOCKED);
        }

        /** The reference certainly leads to no block of the type. */
        static Step missing(String why) {
            return new Step(null, null, why, Resolution.Outcome.MISSING);
        }

        /** templint cannot tell where the reference leads. */
        static Step unknown(String why) {
            return new Step(null, null, why, Resolution.Outcome.UNKNOWN);
        }

        boolean ok() {
            return target != null;
        }
    }

    private Step step(ModulePath module, Expression e, String type, int depth) {
        if (depth > MAX_STEPS || ++work > MAX_WORK) {
            return Step.unknown("the chain of references is too long or circular");
        }
        Module m = tree.module(module);
        if (m == null) {
            return Step.unknown(module + " is not loaded");
        }
        int d = depth + 1;
        if (e instanceof Expression.Parentheses p) {
            return step(module, p.expression(), type, d);
        }
        if (e instanceof Expression.TemplateWrap w) {
            return step(module, w.wrapped(), type, d);
        }
        if (e instanceof Expression.Conditional c) {
            return firstOf(module, List.of(c.trueResult(), c.falseResult()), type, d);
        }
        if (e instanceof Expression.FunctionCall f) {
            return call(module, f, type, d);
        }
        List<Traverser> steps = Traversals.of(e);
        if (steps != null) {
            return traversal(m, steps, e, type, d);
        }
        if (e instanceof Expression.LiteralValue || e instanceof Expression.Template) {
            return Step.missing("it is the literal value " + texts.text(e) + ", not a reference to a " + type);
        }
        return Step.unknown("templint cannot follow the expression " + texts.text(e) + " to a " + type);
    }

    private Step call(ModulePath module, Expression.FunctionCall f, String type, int depth) {
        return switch (f.name()) {
            case "try", "coalesce" -> firstOf(module, f.args(), type, depth);
            case "one", "tostring", "sensitive", "nonsensitive" -> f.args().size() == 1
                ? step(module, f.args().get(0), type, depth)
                : Step.missing(f.name() + "(...) takes one argument");
            default -> Step.unknown("templint cannot follow the result of " + f.name() + "(...) to a " + type);
        };
    }

    /** The first alternative that reaches a block; else the first that runs into a missing module; else the first problem. */
    private Step firstOf(ModulePath module, List<Expression> alternatives, String type, int depth) {
        Step blocked = null;
        Step problem = null;
        for (Expression a : alternatives) {
            Step s = step(module, a, type, depth);
            if (s.ok()) {
                return s;
            }
            if (s.blockedBy != null && blocked == null) {
                blocked = s;
            }
            if (problem == null) {
                problem = s;
            }
        }
        if (blocked != null) {
            return blocked;
        }
        return problem != null ? problem : Step.unknown("no alternative leads to a " + type);
    }

    private Step traversal(Module m, List<Traverser> steps, Expression t, String type, int depth) {
        String root = Traversals.root(steps);
        String first = name(steps, 1);
        return switch (root) {
            case "local" -> local(m, first, type, depth);
            case "var" -> variable(m, first, type, depth);
            case "module" -> moduleOutput(m, steps, type, depth);
            case "data" -> resource(m, "data." + first + "." + name(steps, 2), type);
            case "count", "each", "path", "self", "terraform" -> Step.unknown(texts.text(t) + " is not a reference"
                + " to a " + type);
            default -> resource(m, root + "." + first, type);
        };
    }

    private Step local(Module m, String name, String type, int depth) {
        LocalValue l = name == null ? null : m.locals().get(name);
        if (l == null) {
            return Step.missing("local." + name + " is not declared in " + where(m));
        }
        return step(m.path(), l.expression(), type, depth);
    }

    private Step variable(Module m, String name, String type, int depth) {
        Variable v = name == null ? null : m.variables().get(name);
        if (v == null) {
            return Step.missing("var." + name + " is not declared in " + where(m));
        }
        if (!m.path().isRoot()) {
            ModuleCall call = tree.callOf(m.path());
            Attribute arg = call == null ? null : call.arguments().get(name);
            if (arg != null) {
                return step(m.path().parent(), arg.expression(), type, depth);
            }
        }
        if (v.defaultValue() != null) {
            return step(m.path(), v.defaultValue(), type, depth);
        }
        return Step.missing(v.address() + " is given no value in the template");
    }

    private Step moduleOutput(Module m, List<Traverser> steps, String type, int depth) {
        String callName = name(steps, 1);
        ModuleCall call = callName == null ? null : m.moduleCalls().get(callName);
        if (call == null) {
            return Step.missing("module." + callName + " is not declared in " + where(m));
        }
        int i = 2;
        if (steps.size() > i && steps.get(i) instanceof Traverser.Index) {
            i++;
        }
        String out = name(steps, i);
        Module child = tree.module(call.childPath());
        if (child == null) {
            UnresolvedModuleCall u = tree.unresolved(call.childPath());
            return u != null ? Step.blocked(u) : Step.unknown(call.childPath() + " is not loaded");
        }
        Output o = out == null ? null : child.outputs().get(out);
        if (o == null) {
            return Step.missing(call.childPath() + " has no output " + (out == null ? "named here" : "\"" + out + "\""));
        }
        if (o.value() == null) {
            return Step.missing(o.address() + " has no value");
        }
        return step(child.path(), o.value(), type, depth);
    }

    private Step resource(Module m, String localAddress, String type) {
        Resource r = m.resources().get(localAddress);
        if (r == null) {
            return Step.missing(m.path().qualify(localAddress) + " is not declared");
        }
        if (!r.type().equals(type) || r.isData()) {
            return Step.missing("it refers to " + r.address() + ", which is not a " + type);
        }
        return Step.found(r);
    }

    private static String where(Module m) {
        return m.path().isRoot() ? "the root module" : m.path().toString();
    }

    /** The name at position {@code i} of a traversal (see {@link Traverser#selectedName()}), or null. */
    private static String name(List<Traverser> steps, int i) {
        return steps.size() > i ? steps.get(i).selectedName() : null;
    }
}
