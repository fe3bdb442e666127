package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.coder.AiTaskFacts;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.FactKey;
import io.templint.rules.RelatedLocation;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.ModuleTree;
import java.util.Set;

/** More than one {@code coder_ai_task} in the module tree. */
public final class AiTaskMultipleRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_ai_task_multiple", Severity.NOTICE,
        "The template defines more than one coder_ai_task",
        """
        Coder accepts several `coder_ai_task` resources at import, but a workspace runs one Task, \
        shown through one app, so a second `coder_ai_task` is almost always an accident. The usual \
        cause is a module that declares its own `coder_ai_task` (the `claude-code` module up to \
        v3, through `agentapi` 1.x) in a template that declares one as well, or two agent modules \
        in one template (which also clash on agentapi's port 3284). Keep one `coder_ai_task`, in the \
        template itself, pointing at the app of the agent you want: from Coder 2.28 modules no \
        longer declare it.

        Tasks that are never created (`count = 0` at import) are not counted.
        """,
        "https://coder.com/docs/ai-coder/tasks");

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
        if (!TaskRules.hasTasks(TargetRelease.of(ctx))) {
            return;
        }
        ModuleTree tree = ctx.get(TerraformFacts.MODULE_TREE);
        AiTaskFacts first = null;
        for (AiTaskFacts task : ctx.get(AnalysisFacts.CODER).task().aiTasks()) {
            if (TaskRules.neverPlanned(task)) {
                continue;
            }
            if (first == null) {
                first = task;
                continue;
            }
            ctx.report(TaskRules.at(ctx, tree, task), task.address() + " is another coder_ai_task besides "
                + first.address() + ": a workspace runs one Task, so keep only one of them",
                new RelatedLocation(TaskRules.at(ctx, tree, first), "first coder_ai_task " + first.address()));
        }
    }
}
