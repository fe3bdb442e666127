package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;

/** A {@code coder_parameter} {@code validation} with a {@code regex} and no {@code error} message. */
public final class ParameterRegexWithoutErrorRule extends TreeRule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_parameter_regex_without_error", Severity.ERROR,
        "A coder_parameter validation has a regex but no error message",
        """
        When a parameter's `validation` block sets `regex`, Coder needs the `error` message to show \
        users whose input does not match. The provider checks it when it reads the parameter, which \
        Coder does at template import: "an error must be specified with a regex validation". Any \
        non-empty `error`, even only spaces, is accepted; an empty `regex` is not checked.

        ```hcl
        validation {
          regex = "^[a-z0-9-]+$"
          error = "Use lower-case letters, digits and hyphens."
        }
        ```
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/data-sources/parameter")
        .checkedBy(RuleMetadata.AT_IMPORT, "0.5.0");

    /** The rule. */
    public ParameterRegexWithoutErrorRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        for (Resource p : tree.resources(Resource.Mode.DATA, "coder_parameter")) {
            for (Block validation : p.blocks("validation")) {
                Attribute regex = validation.body().attribute("regex");
                String pattern = regex == null ? null : StaticEval.string(eval.nested(p, validation, "regex"));
                if (regex == null || eval.nested(p, validation, "regex").isNull() || "".equals(pattern)
                        || eval.neverCreated(tree, p)) {
                    continue;
                }
                String error = StaticEval.string(eval.nested(p, validation, "error"));
                boolean missing = validation.body().attribute("error") == null || eval.nested(p, validation, "error")
                    .isNull() || error != null && error.isEmpty();
                if (missing) {
                    ctx.report(Visible.range(ctx, tree, p.module(), regex.range()), "validation of " + p.address()
                        + " has a regex but no error message: add error = \"...\" telling users what to enter");
                }
            }
        }
    }
}
