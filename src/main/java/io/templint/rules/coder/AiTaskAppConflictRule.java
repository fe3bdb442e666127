package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.rules.RelatedLocation;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;

/** A {@code coder_ai_task} with both {@code app_id} and a {@code sidebar_app} block. */
public final class AiTaskAppConflictRule extends TreeRule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_ai_task_app_conflict", Severity.ERROR,
        "coder_ai_task sets both app_id and sidebar_app",
        """
        `app_id` (provider 2.12+) replaces the `sidebar_app` block of `coder_ai_task`; the provider \
        declares them as conflicting, so a resource with both fails to plan. Keep `app_id` (or, for \
        Coder 2.24 - 2.27 with an older provider, only `sidebar_app`).
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/ai_task");

    /** The rule. */
    public AiTaskAppConflictRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        for (Resource task : tree.resources(Resource.Mode.MANAGED, "coder_ai_task")) {
            Attribute appId = task.attribute("app_id");
            if (appId == null || task.blocks("sidebar_app").isEmpty()) {
                continue;
            }
            Block sidebar = task.blocks("sidebar_app").get(0);
            ctx.report(Visible.range(ctx, tree, task.module(), sidebar.headerRange()), task.address()
                + " sets both app_id and sidebar_app, which conflict: remove the sidebar_app block",
                new RelatedLocation(Visible.range(ctx, tree, task.module(), appId.range()), "app_id of "
                    + task.address()));
        }
    }
}
