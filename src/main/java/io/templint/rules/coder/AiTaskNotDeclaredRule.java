package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.coder.ParameterFacts;
import io.templint.coder.TaskFacts;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.FactKey;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.Module;
import io.templint.terraform.ModuleCall;
import io.templint.terraform.ModuleTree;
import java.util.Set;

/** An "AI Prompt" parameter, showing the template is meant for Tasks, without any {@code coder_ai_task}. */
public final class AiTaskNotDeclaredRule implements Rule {

    /** The output through which Coder's agent modules hand the Task's app to the template. */
    static final String TASK_APP_OUTPUT = "task_app_id";

    static final RuleMetadata METADATA = new RuleMetadata("coder_ai_task_not_declared", Severity.WARNING,
        "The template has an \"AI Prompt\" parameter but no coder_ai_task (Coder 2.24 - 2.36)",
        """
        Up to Coder 2.23 an "AI Prompt" parameter was enough to make a Task template; from 2.24 a \
        `coder_ai_task` resource is needed too. It used to come from the agent module \
        (`agentapi` 1.x, used by `claude-code` up to v3); from `agentapi` 2.0 and `claude-code` 4.0 \
        the module only outputs `task_app_id` and the template must declare the resource itself. A \
        template with the prompt parameter but no `coder_ai_task` anywhere in its module tree is not \
        a Task template, and workspaces report "is not running an AI task":

        ```hcl
        resource "coder_ai_task" "task" {
          app_id = module.claude-code.task_app_id
        }
        ```

        Nothing is reported when a module the template calls is not on disk (it may declare the \
        resource; run `terraform init`), when the configuration targets a release without Tasks, or \
        in a module (the template that calls it may declare the resource).
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
        ModuleTree tree = ctx.get(TerraformFacts.MODULE_TREE);
        TaskFacts task = ctx.get(AnalysisFacts.CODER).task();
        ParameterFacts prompt = task.promptParameter();
        if (!TaskRules.hasTasks(TargetRelease.of(ctx)) || prompt == null || !task.aiTasks().isEmpty()
                || !tree.unresolved().isEmpty() || TaskRules.isModule(ctx)) {
            return;
        }
        ctx.report(Visible.range(ctx, tree, prompt.resource().module(), prompt.nameRange()), prompt.address()
            + " is the \"AI Prompt\" parameter, but the template declares no coder_ai_task, so it is not a Task"
            + " template: add " + suggestion(tree));
    }

    /** The resource to add, pointing at a module's {@code task_app_id} when a module of the root has one. */
    private static String suggestion(ModuleTree tree) {
        for (ModuleCall call : tree.root().moduleCalls().values()) {
            Module child = tree.module(call.childPath());
            if (child != null && call.forEach() == null && child.outputs().containsKey(TASK_APP_OUTPUT)) {
                String index = call.count() != null ? "[0]" : "";
                return "resource \"coder_ai_task\" \"task\" { app_id = module." + call.name() + index + "."
                    + TASK_APP_OUTPUT + " }";
            }
        }
        return "resource \"coder_ai_task\" \"task\" { app_id = <coder_app>.id }";
    }
}
