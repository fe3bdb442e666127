package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.regex.Pattern;

/** A {@code coder_agent} whose name (block label) Coder rejects. */
public final class AgentNameInvalidRule extends TreeRule {

    /** Coder's agent name pattern (case-insensitive). */
    static final Pattern AGENT_NAME = Pattern.compile("(?i)^[a-z0-9](-?[a-z0-9])*$");

    static final RuleMetadata METADATA = new RuleMetadata("coder_agent_name_invalid", Severity.ERROR,
        "A coder_agent name is not a valid Coder agent name",
        """
        Coder names an agent after its resource name, the second label of \
        `resource "coder_agent" "main"`, and rejects the template at import unless the name matches \
        `^[a-z0-9](-?[a-z0-9])*$` ignoring case: letters, digits and single hyphens, starting and \
        ending with a letter or digit. Underscores, which Terraform allows, are the usual mistake:

        ```hcl
        resource "coder_agent" "dev_box" { ... }   # rejected: "dev_box"
        resource "coder_agent" "dev-box" { ... }   # accepted
        ```

        Renaming the resource changes its address: update the references (`coder_agent.dev-box.id`).
        Agents declared in child modules are checked too.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/agent")
        .checkedBy(RuleMetadata.AT_IMPORT, null);

    /** The rule. */
    public AgentNameInvalidRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        for (Resource agent : tree.resources(Resource.Mode.MANAGED, "coder_agent")) {
            if (!AGENT_NAME.matcher(agent.name()).matches()) {
                ctx.report(Visible.range(ctx, tree, agent.module(), Labels.nameLabel(agent)),
                    "agent name \"" + agent.name() + "\" of " + agent.address() + " is rejected by Coder: use letters,"
                        + " digits and single hyphens" + suggestion(agent.name()));
            }
        }
    }

    private static String suggestion(String name) {
        String fixed = name.replace('_', '-').replaceAll("[^A-Za-z0-9-]", "").replaceAll("-{2,}", "-")
            .replaceAll("^-+|-+$", "");
        return !fixed.isEmpty() && AGENT_NAME.matcher(fixed).matches() ? ", e.g. \"" + fixed + "\"" : "";
    }
}
