package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.coder.AiTaskFacts;
import io.templint.coder.CoderRelease;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.FactKey;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.ModuleTree;
import java.util.Set;

/** {@code sidebar_app} on a {@code coder_ai_task} where the targeted release wants {@code app_id}. */
public final class AiTaskSidebarAppDeprecatedRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_ai_task_sidebar_app_deprecated", Severity.WARNING,
        "coder_ai_task uses the deprecated sidebar_app block instead of app_id (Coder 2.28+)",
        """
        Provider 2.12 (Coder 2.28) replaced the `sidebar_app { id = ... }` block of `coder_ai_task` \
        with the `app_id` argument, and deprecated the block:

        ```hcl
        resource "coder_ai_task" "task" {
          app_id = coder_app.claude.id      # instead of sidebar_app { id = coder_app.claude.id }
        }
        ```

        Reported only when the configuration targets Coder 2.28 or later (`coder_version`); \
        releases 2.24 - 2.27 need `sidebar_app` (a required block before provider 2.12), and Coder \
        2.37 removed Tasks.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/ai_task");

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
        CoderRelease release = TargetRelease.of(ctx);
        if (!TaskRules.hasTasks(release) || !TargetRelease.atLeast(release, CoderRelease.V2_28_TO_2_29)) {
            return;
        }
        ModuleTree tree = ctx.get(TerraformFacts.MODULE_TREE);
        for (AiTaskFacts task : ctx.get(AnalysisFacts.CODER).task().aiTasks()) {
            if (task.resource().attribute("app_id") != null) {
                continue; // both set: coder_ai_task_app_conflict
            }
            for (Block sidebar : task.resource().blocks("sidebar_app")) {
                Attribute id = sidebar.body().attribute("id");
                String replacement = id == null ? "app_id = <coder_app>.id"
                    : "app_id = " + SourceText.shorten(tree.text(id.expression().range()));
                ctx.report(Visible.range(ctx, tree, task.resource().module(), sidebar.headerRange()), "sidebar_app of "
                    + task.address() + " is deprecated from Coder 2.28 (provider 2.12): write " + replacement);
            }
        }
    }
}
