package io.templint.rules.coder;

import io.templint.api.TemplateKind;
import io.templint.coder.AiTaskFacts;
import io.templint.coder.CoderRelease;
import io.templint.coder.Resolution;
import io.templint.hcl.Range;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.RuleContext;
import io.templint.terraform.ModuleTree;

/** What the Task rules share: which releases have Tasks, and where a Task is reported. */
final class TaskRules {

    private TaskRules() { }

    /** Whether {@code release} knows {@code coder_ai_task} (2.24 to 2.36: later releases ignore it). */
    static boolean hasTasks(CoderRelease release) {
        return release != CoderRelease.UP_TO_2_23 && release != CoderRelease.FROM_2_37;
    }

    /**
     * Whether the folder is checked as a module: the template-level Task rules (a missing prompt,
     * no app, no {@code coder_ai_task}) then report nothing, since the template that calls the
     * module decides whether it is a Task and supplies what the module does not.
     */
    static boolean isModule(RuleContext ctx) {
        return AnalysisFacts.kind(ctx) == TemplateKind.MODULE;
    }

    /** Whether a Task has no instance at import for certain ({@code count = 0}). */
    static boolean neverPlanned(AiTaskFacts task) {
        return task.plannedInstances().isKnown() && task.plannedInstances().count() == 0;
    }

    /** Where to report on a Task: its block header, or the module call the author wrote. */
    static Range at(RuleContext ctx, ModuleTree tree, AiTaskFacts task) {
        return Visible.range(ctx, tree, task.resource().module(), task.resource().declRange());
    }

    /**
     * Whether a reference that reached no {@code coder_app} certainly names none: it was followed
     * to its end (a literal, an undeclared or wrongly typed target, a missing output), rather than
     * stopped by a module not on disk or an expression templint cannot follow.
     */
    static boolean certainlyMissing(Resolution r) {
        return r.outcome() == Resolution.Outcome.MISSING;
    }
}
