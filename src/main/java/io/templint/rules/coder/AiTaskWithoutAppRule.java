package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.coder.AiTaskFacts;
import io.templint.coder.CoderFacts;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.FactKey;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.ModuleTree;
import java.util.Set;

/** A Task template without any {@code coder_app}. */
public final class AiTaskWithoutAppRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_ai_task_without_app", Severity.WARNING,
        "A Task template defines no coder_app",
        """
        A Task runs its AI agent behind an app of the template (typically the `agentapi` web app \
        a registry module such as `claude-code` creates), and `coder_ai_task` points at it. A \
        template with `coder_ai_task` but no `coder_app` anywhere in its module tree gives Tasks \
        that cannot be opened: Coder shows "No apps found in task". Add the app, usually through \
        the agent module:

        ```hcl
        module "claude-code" {
          source   = "registry.coder.com/coder/claude-code/coder"
          agent_id = coder_agent.main.id
          ...
        }
        resource "coder_ai_task" "task" {
          app_id = module.claude-code.task_app_id
        }
        ```

        Coder imports such a template without complaint (its own provisioner tests import a \
        `coder_ai_task` whose app id names no app), so this is a warning, not an error. Nothing is \
        reported when a module the template calls is not on disk (it may define the app), for a \
        `coder_ai_task` that is never created (`count = 0`), or in a module (the template that \
        calls it may define the app).
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
        CoderFacts facts = ctx.get(AnalysisFacts.CODER);
        ModuleTree tree = ctx.get(TerraformFacts.MODULE_TREE);
        if (!TaskRules.hasTasks(TargetRelease.of(ctx)) || !facts.apps().isEmpty() || !tree.unresolved().isEmpty()
                || TaskRules.isModule(ctx)) {
            return;
        }
        AiTaskFacts first = facts.task().aiTasks().stream().filter(t -> !TaskRules.neverPlanned(t)).findFirst()
            .orElse(null);
        if (first == null) {
            return;
        }
        ctx.report(TaskRules.at(ctx, tree, first), first.address() + " makes this a Task template, but the template"
            + " defines no coder_app: Tasks would show \"No apps found in task\"; add the app the Task runs in");
    }
}
