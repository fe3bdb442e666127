package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.eval.Value;
import io.templint.rules.FactKey;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.Module;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Variable;
import java.util.Set;

/** A {@code sensitive = true} variable with a non-empty default written in the template. */
public final class SensitiveVariableDefaultRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("sensitive_variable_default", Severity.WARNING,
        "A sensitive variable has a non-empty default value",
        """
        `sensitive = true` keeps a variable's value out of plans and logs, but a `default` is written \
        in the template's source: whoever can read the template (or any of its versions in Coder) can \
        read the secret, and every workspace uses the same one. Remove the default so that the value \
        must be supplied when the template is pushed (`coder templates push --variable ...`), or leave \
        it empty:

        ```hcl
        variable "github_pat" {
          type      = string
          sensitive = true
          default   = ""     # not "ghp_..."
        }
        ```

        Empty strings, `null` and empty collections are accepted; the finding never shows the value. \
        Modules installed by `terraform init` are not checked.
        """,
        "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output");

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
        var evaluation = TerraformFacts.evaluation(ctx);
        for (Module m : tree.modules().values()) {
            for (Variable v : m.variables().values()) {
                if (!v.sensitive() || !v.hasDefault() || !Visible.isVisible(ctx, v.defaultValue().range())) {
                    continue;
                }
                Value d = evaluation.module(m.path()).evaluate(v.defaultValue()).value();
                if (isEmpty(d)) {
                    continue;
                }
                ctx.report(v.defaultValue().range(), "sensitive variable \"" + v.name()
                    + "\" has a default value written in the template: remove the default (or make it empty) and"
                    + " supply the secret when the template is pushed");
            }
        }
    }

    /** Null, unknown-free empty strings and empty collections hold no secret. */
    private static boolean isEmpty(Value v) {
        if (v.isNull()) {
            return true;
        }
        if (!v.isKnown()) {
            return false;
        }
        Object c = v.content();
        if (c instanceof String s) {
            return s.isEmpty();
        }
        return (v.isSequence() || v.isMapping()) && v.length() == 0;
    }
}
