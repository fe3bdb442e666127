package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.hcl.Block;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.List;

/**
 * A {@code coder_parameter}'s options that only old provider releases refuse: more than 64
 * (refused until 2.1.3) or together with a {@code validation} block (refused until 0.18.0).
 * Reported only when the template's {@code required_providers} constraints keep it on such a
 * release; newer releases accept both.
 */
public final class ParameterOldProviderRule extends TreeRule {

    /** The most options a parameter had before provider 2.2.0 ({@code MaxItems: 64}). */
    static final int MAX_OPTIONS = 64;

    static final RuleMetadata METADATA = new RuleMetadata("coder_parameter_options_old_provider", Severity.ERROR,
        "A coder_parameter's options are refused by the old provider release its constraint keeps",
        """
        Until provider 2.1.3 a `coder_parameter` took at most 64 `option` blocks, and until 0.18.0 \
        its `option` blocks conflicted with a `validation` block; provider 2.2.0 and 0.19.0 lifted \
        these limits. A template whose `required_providers` constraint on `coder/coder` keeps it on \
        such an old release (`version = "~> 0.12"`, `"< 2.2.0"`) fails `terraform plan` when Coder \
        imports it: "Too many option blocks" or "\\"option\\": conflicts with validation". Widen \
        the constraint, or split the options. Options made by a `dynamic` block are not counted.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/data-sources/parameter")
        .checkedBy(RuleMetadata.AT_IMPORT, "0.5.0");

    /** The rule. */
    public ParameterOldProviderRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        String before22 = null;
        String before019 = null;
        boolean asked = false;
        for (Resource p : tree.resources(Resource.Mode.DATA, "coder_parameter")) {
            List<Block> options = p.blocks("option");
            if (options.isEmpty() || eval.neverCreated(tree, p)) {
                continue;
            }
            if (!asked) {
                before22 = ProviderVersions.blockingConstraint(ctx, tree, "2.2.0");
                before019 = ProviderVersions.blockingConstraint(ctx, tree, "0.19.0");
                asked = true;
            }
            boolean dynamicOptions = p.blocks("dynamic").stream().anyMatch(b -> "option".equals(b.label(0)));
            if (before22 != null && !dynamicOptions && options.size() > MAX_OPTIONS) {
                ctx.report(Visible.range(ctx, tree, p.module(), options.get(MAX_OPTIONS).typeRange()), p.address()
                    + " has " + options.size() + " option blocks, and the provider releases the constraint \""
                    + before22 + "\" allows (before 2.2.0) take at most " + MAX_OPTIONS
                    + ": Too many option blocks");
            }
            if (before019 != null && !p.blocks("validation").isEmpty()) {
                ctx.report(Visible.range(ctx, tree, p.module(), p.blocks("validation").get(0).typeRange()),
                    p.address() + " has both option and validation blocks, which the provider releases the"
                    + " constraint \"" + before019 + "\" allows (before 0.19.0) refuse: \"option\": conflicts with"
                    + " validation");
            }
        }
    }
}
