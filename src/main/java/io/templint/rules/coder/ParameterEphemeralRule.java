package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;

/** An ephemeral {@code coder_parameter} without a default, or not mutable. */
public final class ParameterEphemeralRule extends TreeRule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_parameter_ephemeral_invalid", Severity.ERROR,
        "An ephemeral coder_parameter has no default or is not mutable",
        """
        An ephemeral parameter (`ephemeral = true`) is asked for one build only and falls back to its \
        default afterwards, so Coder requires it to have a `default` and to be `mutable = true`; \
        `mutable` is false unless set. Either problem makes the template import fail:

        ```hcl
        data "coder_parameter" "rebuild_cache" {
          name      = "rebuild_cache"
          type      = "bool"
          ephemeral = true
          mutable   = true     # required
          default   = false    # required
        }
        ```
        """,
        "https://coder.com/docs/admin/templates/extending-templates/parameters#ephemeral-parameters")
        .checkedBy(RuleMetadata.AT_IMPORT, "0.10.0");

    /** The rule. */
    public ParameterEphemeralRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        for (Resource p : tree.resources(Resource.Mode.DATA, "coder_parameter")) {
            if (!Boolean.TRUE.equals(StaticEval.bool(eval.argument(p, "ephemeral")))) {
                continue;
            }
            var at = Visible.argument(ctx, tree, p, "ephemeral");
            if (p.attribute("default") == null || eval.argument(p, "default").isNull()) {
                ctx.report(at, "ephemeral parameter " + p.address() + " has no default: Coder fails with"
                    + " \"ephemeral parameter requires the default property\"; add a default");
            }
            Boolean mutable = p.attribute("mutable") == null ? Boolean.FALSE
                : StaticEval.bool(eval.argument(p, "mutable"));
            if (Boolean.FALSE.equals(mutable)) {
                ctx.report(at, "ephemeral parameter " + p.address() + " is not mutable"
                    + (p.attribute("mutable") == null ? " (mutable defaults to false)" : "")
                    + ": Coder fails with \"parameter can't be immutable and ephemeral\"; set mutable = true");
            }
        }
    }
}
