package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.coder.AgentFacts;
import io.templint.coder.CoderFacts;
import io.templint.coder.EnvVarFacts;
import io.templint.hcl.Range;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.FactKey;
import io.templint.rules.RelatedLocation;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** An environment variable an agent receives twice: from its {@code env} and a {@code coder_env}, or two {@code coder_env}s. */
public final class EnvDuplicateRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_env_duplicate", Severity.WARNING,
        "An agent receives the same environment variable twice",
        """
        An agent's environment is its `env` map plus every `coder_env` bound to it (directly, or \
        through a module's `agent_id` variable). When the same name comes twice, one value silently \
        replaces the other, and which one wins is not something to rely on; with \
        `merge_strategy = "error"` the workspace build fails. Typical cause: the template sets \
        `GITHUB_TOKEN` in `env` and a module sets it again with a `coder_env`.

        Keep one of them. A `coder_env` with `merge_strategy = "append"` or `"prepend"` (provider \
        2.15+, e.g. for `PATH`) is meant to combine with an earlier value and is not reported. The \
        finding points at the later definition and names the earlier one.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/env");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Set<FactKey<?>> requiredFacts() {
        return Set.of(TerraformFacts.MODULE_TREE, AnalysisFacts.CODER);
    }

    @Override
    public void check(RuleContext ctx) {
        ModuleTree tree = ctx.get(TerraformFacts.MODULE_TREE);
        CoderFacts facts = ctx.get(AnalysisFacts.CODER);
        for (AgentFacts agent : facts.agents()) {
            Map<String, EnvVarFacts> first = new HashMap<>();
            for (EnvVarFacts e : agent.env()) {
                if (e.name() == null) {
                    continue;
                }
                EnvVarFacts before = first.putIfAbsent(e.name(), e);
                if (before == null || combines(e)) {
                    continue;
                }
                ctx.report(where(ctx, tree, e),
                    "environment variable " + e.name() + " of agent " + agent.address() + " is set by "
                        + origin(e) + " and already by " + origin(before) + ": keep one of them",
                    new RelatedLocation(where(ctx, tree, before),
                        e.name() + " set by " + origin(before)));
            }
        }
    }

    /** An env entry's range; for a {@code coder_env}, its {@code name} argument. */
    private static Range where(RuleContext ctx, ModuleTree tree, EnvVarFacts e) {
        Range at = e.range();
        if (e.fromCoderEnv() && tree.find(e.source()) instanceof Resource r) {
            at = Labels.argument(r, "name");
        }
        return Visible.range(ctx, tree, e.source(), at);
    }

    private static boolean combines(EnvVarFacts e) {
        return "append".equals(e.mergeStrategy()) || "prepend".equals(e.mergeStrategy());
    }

    private static String origin(EnvVarFacts e) {
        return e.fromCoderEnv() ? e.source() : "the env of " + e.source();
    }
}
