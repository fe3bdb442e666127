package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.hcl.Block;
import io.templint.rules.FactKey;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A {@code coder_parameter} with options whose {@code default} is none of the option values. */
public final class ParameterDefaultNotOptionRule implements Rule {

    /** How many option values a message lists at most. */
    private static final int MAX_LISTED = 5;

    static final RuleMetadata METADATA = new RuleMetadata("coder_parameter_default_not_option", Severity.ERROR,
        "A coder_parameter default is not one of its option values",
        """
        When a `coder_parameter` lists `option` blocks, its `default` must be the `value` of one of \
        them (not its `name`); Coder rejects the template otherwise. Checked when the default and \
        every option value are known statically; `list(string)` parameters (multi-select, whose \
        default is a JSON list) and empty defaults are not checked.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/data-sources/parameter");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Set<FactKey<?>> requiredFacts() {
        return Set.of(TerraformFacts.MODULE_TREE);
    }

    @Override
    public void check(RuleContext ctx) {
        ModuleTree tree = ctx.get(TerraformFacts.MODULE_TREE);
        StaticEval eval = new StaticEval(ctx);
        for (Resource p : tree.resources(Resource.Mode.DATA, "coder_parameter")) {
            List<Block> options = p.blocks("option");
            String type = eval.string(p, "type");
            String dflt = eval.string(p, "default");
            if (options.isEmpty() || dflt == null || dflt.isEmpty() || p.attribute("type") != null && type == null
                    || "list(string)".equals(type)) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (Block o : options) {
                String v = StaticEval.string(eval.nested(p, o, "value"));
                if (v == null) {
                    values = null;
                    break;
                }
                values.add(v);
            }
            if (values != null && !values.contains(dflt)) {
                ctx.report(Visible.argument(ctx, tree, p, "default"), "default \"" + dflt
                    + "\" of " + p.address() + " is not the value of any of its options (" + listed(values) + ")");
            }
        }
    }

    private static String listed(List<String> values) {
        List<String> shown = values.stream().limit(MAX_LISTED).map(v -> "\"" + v + "\"").toList();
        return String.join(", ", shown) + (values.size() > MAX_LISTED ? ", ..." : "");
    }
}
