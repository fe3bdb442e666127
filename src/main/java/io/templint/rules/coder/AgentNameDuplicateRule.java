package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.hcl.Range;
import io.templint.rules.RelatedLocation;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Two {@code coder_agent}s whose names differ only in case, or not at all, across modules. */
public final class AgentNameDuplicateRule extends TreeRule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_agent_name_duplicate", Severity.ERROR,
        "Two coder_agent resources have the same name, ignoring case",
        """
        A workspace's agents are told apart by name, the resource name of each `coder_agent`, and \
        Coder compares them ignoring case: two agents named `main` (one in the root module, one in a \
        child module) or `Main` and `main` make the template import fail. Rename one of them. Agents \
        that are never created (`count = 0`) are ignored.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/agent")
        .checkedBy(RuleMetadata.AT_IMPORT, null);

    /** The rule. */
    public AgentNameDuplicateRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        Map<String, StaticEval.Planned> first = new HashMap<>();
        for (Resource agent : tree.resources(Resource.Mode.MANAGED, "coder_agent")) {
            for (StaticEval.Planned p : eval.planned(tree, agent)) {
                StaticEval.Planned before = first.putIfAbsent(agent.name().toLowerCase(Locale.ROOT), p);
                if (before != null) {
                    Range at = Visible.range(ctx, tree, agent.module(), Labels.nameLabel(agent));
                    Range earlier = Visible.range(ctx, tree, before.resource().module(),
                        Labels.nameLabel(before.resource()));
                    ctx.report(at, "agent name \"" + agent.name() + "\" of " + p.address() + " is already used by "
                        + before.address() + " (Coder compares agent names ignoring case): rename one of them",
                        new RelatedLocation(earlier, "agent " + before.address()));
                    break; // one finding per resource
                }
            }
        }
    }
}
