package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.coder.CoderRelease;
import io.templint.coder.ParameterFacts;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.FactKey;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.ModuleTree;
import java.util.Set;

/** A {@code coder_parameter} meant as the Task prompt whose name is not exactly "AI Prompt". */
public final class AiPromptMisspelledRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_ai_prompt_misspelled", Severity.WARNING,
        "A coder_parameter looks like the Task prompt but is not named exactly \"AI Prompt\"",
        """
        Coder finds the Task prompt parameter by its `name`, compared exactly: `"AI Prompt"`, with \
        that case and one space. `"ai prompt"`, `"AI_Prompt"`, `"AI prompt"`, `"ai-prompt"` or \
        `"AI  Prompt"` are ordinary parameters, so the template is not a Task template (up to Coder \
        2.23), fails to import when it has a `coder_ai_task` (2.24 - 2.27), or starts Tasks without \
        the prompt (2.28 - 2.29). The rule compares names without case, spaces, `_`, `.` and `-`, \
        and allows one letter dropped, added, changed or two swapped (`"AI Promt"`, `"AI Propmt"`, \
        `"AI Prompts"`); names further away, such as `"AI Provider"` or `"API Port"`, are left alone. The block label (`data "coder_parameter" "ai_prompt"`) does not \
        matter; fix the `name`:

        ```hcl
        data "coder_parameter" "ai_prompt" {
          name = "AI Prompt"   # not "AI prompt"
        }
        ```

        From Coder 2.30 the parameter is no longer used and this rule reports nothing.
        """,
        "https://coder.com/docs/ai-coder/tasks").withFix();

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
        if (TargetRelease.atLeast(TargetRelease.of(ctx), CoderRelease.V2_30_TO_2_33)) {
            return;
        }
        ModuleTree tree = ctx.get(TerraformFacts.MODULE_TREE);
        for (ParameterFacts p : ctx.get(AnalysisFacts.CODER).task().parameters()) {
            if (PromptNames.isMisspelt(p.name())) {
                ctx.report(Visible.range(ctx, tree, p.resource().module(), p.nameRange()), "parameter name \""
                    + p.name() + "\" of " + p.address() + " is not \"AI Prompt\": Coder compares the name exactly,"
                    + " so this is not the Task prompt; write name = \"AI Prompt\"");
            }
        }
    }
}
