package io.templint.rules.coder;

import io.templint.eval.Convert;
import io.templint.eval.Value;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Expression;
import io.templint.rules.RuleContext;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.InstanceCount;
import io.templint.terraform.ModuleCall;
import io.templint.terraform.ModulePath;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import io.templint.terraform.TemplateEvaluation;

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
