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
import io.templint.terraform.Output;
import java.util.Set;

/** An output whose value derives from a sensitive value but that is not declared sensitive. */
public final class SensitiveOutputRule implements Rule {

    /** How many sources a message names at most. */
    private static final int MAX_SOURCES = 3;

    static final RuleMetadata METADATA = new RuleMetadata("sensitive_output_not_marked", Severity.ERROR,
        "An output exposes a sensitive value but is not marked sensitive",
        """
        Terraform refuses to plan when an output's value derives from a sensitive value and the output \
        is not declared `sensitive = true` ("Output refers to sensitive values"). Sensitive values are \
        variables declared `sensitive = true`, child module outputs declared sensitive, and secret \
        attributes of the Coder provider (`coder_agent.*.token`, \
        `data.coder_workspace_owner.*.session_token`, `ssh_private_key`, `oidc_access_token`, \
        `data.coder_external_auth.*.access_token`).

        Values are followed statically through local values, function calls, string templates and \
        module outputs, so indirect uses (`"Bearer ${local.token}"`, `merge(...)`) are found as well \
        as direct references. Declare the output `sensitive = true`, or stop exposing the secret; \
        wrap it in `nonsensitive(...)` only when the result really reveals nothing.
        """,
        "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output").withFix();

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
            for (Output o : m.outputs().values()) {
                if (o.sensitive() || o.value() == null || !Visible.isVisible(ctx, o.value().range())) {
                    continue;
                }
                Value v = evaluation.module(m.path()).evaluate(o.value()).value();
                Set<String> sources = v.deepMarks().sensitiveSources();
                if (!sources.isEmpty()) {
                    ctx.report(o.value().range(), "output \"" + o.name() + "\" is not marked sensitive but its value"
                        + " derives from " + describe(sources) + ": Terraform fails with \"Output refers to sensitive"
                        + " values\"; add sensitive = true");
                }
            }
        }
    }

    private static String describe(Set<String> sources) {
        var list = sources.stream().sorted().limit(MAX_SOURCES).toList();
        String names = String.join(", ", list);
        int more = sources.size() - list.size();
        return (sources.size() == 1 ? "the sensitive value " : "the sensitive values ") + names
            + (more > 0 ? " and " + more + " more" : "");
    }
}
