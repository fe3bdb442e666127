package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.hcl.Block;
import io.templint.hcl.Range;
import io.templint.rules.RelatedLocation;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.HashMap;
import java.util.Map;

/** Two {@code option} blocks of one {@code coder_parameter} with the same name or value. */
public final class ParameterOptionDuplicateRule extends TreeRule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_parameter_option_duplicate", Severity.ERROR,
        "Two options of a coder_parameter have the same name or value",
        """
        Each `option` of a `coder_parameter` is shown by its `name` and stored as its `value`; the \
        provider requires both to be unique within the parameter and rejects the template otherwise. \
        A copied option block whose name or value was not updated is the usual cause. Only \
        statically known names and values are compared.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/data-sources/parameter")
        .checkedBy(RuleMetadata.AT_IMPORT, "0.5.0");

    /** The rule. */
    public ParameterOptionDuplicateRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        for (Resource p : tree.resources(Resource.Mode.DATA, "coder_parameter")) {
            Map<String, Block> names = new HashMap<>();
            Map<String, Block> values = new HashMap<>();
            for (Block option : p.blocks("option")) {
                check(ctx, tree, eval, p, option, "name", names);
                check(ctx, tree, eval, p, option, "value", values);
            }
        }
    }

    private static void check(RuleContext ctx, ModuleTree tree, StaticEval eval, Resource p, Block option,
                              String attribute, Map<String, Block> seen) {
        String v = StaticEval.string(eval.nested(p, option, attribute));
        if (v == null) {
            return;
        }
        Block before = seen.putIfAbsent(v, option);
        if (before != null) {
            Range at = option.body().attribute(attribute).expression().range();
            Range earlier = before.body().attribute(attribute).expression().range();
            ctx.report(Visible.range(ctx, tree, p.module(), at), "option " + attribute + " \"" + v + "\" of "
                    + p.address() + " is used by another option: option " + attribute + "s must be unique",
                new RelatedLocation(Visible.range(ctx, tree, p.module(), earlier), "first option with " + attribute
                    + " \"" + v + "\""));
        }
    }
}
