package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.coder.AiTaskFacts;
import io.templint.coder.CoderFacts;
import io.templint.coder.Resolution;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.FactKey;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.ModuleTree;
import java.util.Set;

/** A {@code coder_ai_task} whose {@code app_id} / {@code sidebar_app.id} reaches no {@code coder_app}. */
public final class AiTaskAppNotFoundRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_ai_task_app_not_found", Severity.ERROR,
        "A coder_ai_task's app_id or sidebar_app.id does not lead to a coder_app",
        """
        A Task is shown through one app of the template: `app_id` when set, otherwise \
        `sidebar_app { id = ... }`. It must be the `id` of a `coder_app` of the same template, \
        usually `coder_app.x.id` or a module output such as `module.claude-code[0].task_app_id`. \
        When it leads nowhere (a literal UUID, a misspelt resource, an output the module does not \
        have, a variable with no value), Coder failed the build in some releases and in others \
        silently dropped the Task status: the Task vanished from the list. A Task that names no app \
        at all is reported too.

        templint follows the reference through local values, module outputs and variables, \
        `try(...)`, `coalesce(...)` and conditionals. When the chain runs into a module that is not \
        on disk (run `terraform init`) or an expression it cannot follow, nothing is reported. \
        Templates without any `coder_app` are the concern of `coder_ai_task_without_app`, and a \
        `coder_ai_task` that is never created (`count = 0`) is not checked. In a module, an app id \
        that comes from one of the module's variables is its caller's to give, and is not checked.
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

    /**
     * Whether the task's app attribute takes its value from a variable of the root module: in a
     * module, that is an input its caller gives, so a default that leads nowhere proves nothing.
     */
    private static boolean fromInput(ModuleTree tree, AiTaskFacts task) {
        return tree.references().origins(task.resource(), task.appAttribute()).stream()
            .anyMatch(r -> r.target().startsWith("var."));
    }

    @Override
    public void check(RuleContext ctx) {
        CoderFacts facts = ctx.get(AnalysisFacts.CODER);
        if (!TaskRules.hasTasks(TargetRelease.of(ctx)) || facts.apps().isEmpty()) {
            return;
        }
        ModuleTree tree = ctx.get(TerraformFacts.MODULE_TREE);
        for (AiTaskFacts task : facts.task().aiTasks()) {
            Resolution app = task.app();
            if (TaskRules.neverPlanned(task)) {
                continue;
            }
            if (app == null) {
                ctx.report(TaskRules.at(ctx, tree, task), task.address() + " names no app: set app_id to the id of"
                    + " the coder_app that shows the Task (e.g. coder_app.claude.id)");
            } else if (TaskRules.certainlyMissing(app) && !(TaskRules.isModule(ctx) && fromInput(tree, task))) {
                ctx.report(Visible.range(ctx, tree, task.resource().module(), app.range()), task.appAttribute()
                    + " of " + task.address() + " does not lead to a coder_app: " + app.problem()
                    + "; use the id of a coder_app of the template");
            }
        }
    }
}
