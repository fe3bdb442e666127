package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.coder.AiTaskFacts;
import io.templint.coder.CoderRelease;
import io.templint.coder.ParameterFacts;
import io.templint.coder.TaskFacts;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.FactKey;
import io.templint.rules.RelatedLocation;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.ModuleTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A {@code coder_ai_task} without the "AI Prompt" parameter, which Coder 2.24 - 2.27 rejects at import. */
public final class AiTaskMissingPromptRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_ai_task_missing_prompt", Severity.ERROR,
        "A coder_ai_task is defined but no coder_parameter is named \"AI Prompt\" (Coder 2.24 - 2.27)",
        """
        From Coder 2.24 to 2.27, a Task template needs both a `coder_ai_task` resource and a \
        `data "coder_parameter"` whose `name` is exactly `"AI Prompt"` (the prompt a user types when \
        starting a Task). When a template defines `coder_ai_task` without that parameter, Coder's \
        template import fails. Both are looked for in the whole module tree:

        ```hcl
        data "coder_parameter" "ai_prompt" {
          name    = "AI Prompt"
          type    = "string"
          default = ""
          mutable = true
        }
        ```

        From Coder 2.28 the parameter is optional (the prompt comes from `coder_ai_task.prompt` or \
        `data "coder_task"`), so this rule reports nothing when the configuration targets 2.28 or \
        later (`coder_version` in `.templint.hcl`, `--coder-version`). When a module the template \
        calls is not on disk, or a parameter's `name` is not known statically, the parameter may be \
        "AI Prompt" and nothing is reported. A module is not checked: the template that calls it \
        supplies the parameter.
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
        if (TargetRelease.of(ctx) != CoderRelease.V2_24_TO_2_27 || TaskRules.isModule(ctx)) {
            return;
        }
        ModuleTree tree = ctx.get(TerraformFacts.MODULE_TREE);
        TaskFacts task = ctx.get(AnalysisFacts.CODER).task();
        if (task.aiTasks().isEmpty() || task.promptParameter() != null || !tree.unresolved().isEmpty()) {
            return;
        }
        if (task.parameters().stream().anyMatch(p -> p.name() == null)) {
            return; // a parameter whose name is not known statically may be "AI Prompt"
        }
        AiTaskFacts first = task.aiTasks().get(0);
        List<RelatedLocation> related = new ArrayList<>();
        String hint = "add data \"coder_parameter\" \"ai_prompt\" { name = \"AI Prompt\" }";
        for (ParameterFacts p : task.parameters()) {
            if (PromptNames.isMisspelt(p.name())) {
                related.add(new RelatedLocation(Visible.range(ctx, tree, p.resource().module(), p.nameRange()),
                    p.address() + " is named \"" + p.name() + "\""));
                hint = "rename " + p.address() + " (\"" + p.name() + "\") to exactly \"AI Prompt\"";
            }
        }
        ctx.report(TaskRules.at(ctx, tree, first), first.address() + " makes this a Task template, but no"
            + " data \"coder_parameter\" is named \"AI Prompt\": Coder " + CoderRelease.V2_24_TO_2_27.label()
            + " rejects the template at import; " + hint, related);
    }
}
