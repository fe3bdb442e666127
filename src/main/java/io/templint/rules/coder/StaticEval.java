package io.templint.rules.coder;

import io.templint.eval.Convert;
import io.templint.eval.Value;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Expression;
import io.templint.rules.RuleContext;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.Instance;
import io.templint.terraform.InstanceCount;
import io.templint.terraform.ModuleCall;
import io.templint.terraform.ModuleEvaluation;
import io.templint.terraform.ModulePath;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import io.templint.terraform.TemplateEvaluation;
import java.util.ArrayList;
import java.util.List;

/**
 * Statically known values of one template, read from the evaluation the analysis shares with
 * the rules ({@link TerraformFacts#evaluation(RuleContext)}).
 */
final class StaticEval {

    private final TemplateEvaluation evaluation;

    StaticEval(RuleContext ctx) {
        this.evaluation = TerraformFacts.evaluation(ctx);
    }

    /**
     * The value of a resource's argument as configured (null when it is not set or set to null;
     * unknown when it is not known statically). Unlike the module evaluation's attribute values,
     * a configured null stays null: rules ask what the author wrote.
     */
    Value argument(Resource r, String name) {
        Attribute a = r.attribute(name);
        return a == null ? Value.NULL : evaluate(r, a.expression());
    }

    /** The value of an argument of a block nested in {@code r} ({@code option}, {@code validation}). */
    Value nested(Resource r, Block block, String name) {
        Attribute a = block.body().attribute(name);
        return a == null ? Value.NULL : evaluate(r, a.expression());
    }

    /** The value of an expression written in {@code r}'s module. */
    Value evaluate(Resource r, Expression e) {
        return evaluation.module(r.module()).evaluate(e).value();
    }

    /**
     * Whether a resource is certainly never created: its own {@code count} or {@code for_each}, or
     * that of an enclosing module call, is known to give no instance.
     */
    boolean neverCreated(ModuleTree tree, Resource r) {
        InstanceCount own = evaluation.module(r.module()).instanceCount(r);
        if (own.isKnown() && own.count() == 0) {
            return true;
        }
        for (ModulePath p = r.module(); !p.isRoot(); p = p.parent()) {
            ModuleCall call = tree.callOf(p);
            if (call != null && evaluation.module(p.parent()) != null) {
                InstanceCount c = evaluation.module(p.parent()).instanceCount(call);
                if (c.isKnown() && c.count() == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One instance of a resource that Coder plans when it imports the template.
     *
     * @param resource the resource
     * @param instance its own instance ({@code count.index}, {@code each.key}), {@link Instance#NONE}
     *                 when it has neither or when its instances are not known
     * @param address  the instance's address, e.g. {@code module.ide[1].coder_app.code["a"]}
     */
    record Planned(Resource resource, Instance instance, String address) { }

    /**
     * The instances of {@code r} planned at import: one per instance of its own {@code count} or
     * {@code for_each} and of every enclosing module call's, none when one of them is known to give
     * none. An expansion not known statically counts as one instance (evaluated without
     * {@code count.index} or {@code each}), so repeats are only found among instances certainly planned.
     */
    List<Planned> planned(ModuleTree tree, Resource r) {
        List<String> prefixes = List.of("");
        ModulePath path = r.module();
        for (int depth = 1; depth <= path.depth(); depth++) {
            ModulePath p = new ModulePath(path.names().subList(0, depth));
            ModuleCall call = tree.callOf(p);
            ModuleEvaluation parent = evaluation.module(p.parent());
            List<String> keys = call == null || parent == null ? List.of("") : keys(parent.instanceCount(call));
            List<String> next = new ArrayList<>();
            for (String prefix : prefixes) {
                for (String key : keys) {
                    next.add(prefix + "module." + p.callName() + key + ".");
                }
            }
            prefixes = next;
        }
        ModuleEvaluation own = evaluation.module(r.module());
        InstanceCount count = own == null ? InstanceCount.SINGLE : own.instanceCount(r);
        List<Instance> instances = count.isKnown() ? count.instances() : List.of(Instance.NONE);
        List<Planned> out = new ArrayList<>();
        for (String prefix : prefixes) {
            for (Instance i : instances) {
                out.add(new Planned(r, i, prefix + r.localAddress() + key(i)));
            }
        }
        return out;
    }

    private static List<String> keys(InstanceCount count) {
        if (!count.isKnown()) {
            return List.of("");
        }
        return count.instances().stream().map(StaticEval::key).toList();
    }

    private static String key(Instance i) {
        if (i.countIndex() != null) {
            return "[" + string(i.countIndex()) + "]";
        }
        if (i.eachKey() != null) {
            return "[\"" + string(i.eachKey()) + "\"]";
        }
        return "";
    }

    /** The value of {@code r}'s argument for one planned instance (see {@link #argument(Resource, String)}). */
    Value argument(Planned p, String name) {
        Attribute a = p.resource().attribute(name);
        return a == null ? Value.NULL : evaluate(p, a.expression());
    }

    /** The value of an argument of a block nested in a planned instance's resource. */
    Value nested(Planned p, Block block, String name) {
        Attribute a = block.body().attribute(name);
        return a == null ? Value.NULL : evaluate(p, a.expression());
    }

    /** The value of an expression written in a planned instance's resource. */
    Value evaluate(Planned p, Expression e) {
        return evaluation.module(p.resource().module()).evaluate(e, p.instance()).value();
    }

    /** A planned instance's argument as a string, or null when not known. */
    String string(Planned p, String name) {
        return string(argument(p, name));
    }

    /** A resource's argument as a string (numbers and bools as their text), or null when not known. */
    String string(Resource r, String name) {
        return string(argument(r, name));
    }

    /** A statically known primitive as Terraform converts it to a string, or null. */
    static String string(Value v) {
        return Convert.toText(v);
    }

    /** A statically known bool (or the strings "true"/"false"), or null. */
    static Boolean bool(Value v) {
        String s = string(v);
        return "true".equals(s) ? Boolean.TRUE : "false".equals(s) ? Boolean.FALSE : null;
    }
}
