package io.templint.rules;

import io.templint.api.TemplateKind;
import io.templint.coder.CoderFacts;
import io.templint.terraform.ModuleTree;

/**
 * The fact keys of the analysis layers below the rules. The full analysis
 * ({@code io.templint.api.Templint}) stores both for every template whose files could be read;
 * rules that need them list them in {@link Rule#requiredFacts()}.
 */
public final class AnalysisFacts {

    /**
     * The loaded module tree: every module, its declarations, unresolved module calls. The same key
     * as {@link TerraformFacts#MODULE_TREE} (keys compare by identity).
     */
    public static final FactKey<ModuleTree> MODULE_TREE = TerraformFacts.MODULE_TREE;

    /** The Coder facts: Task verdicts, sidebar app, agents and environment, sensitive flows. */
    public static final FactKey<CoderFacts> CODER = FactKey.of("coder.facts", CoderFacts.class);

    /**
     * Whether the folder is checked as a Coder template or as a module. Absent means a template;
     * the template-level Task rules report nothing on a module (its caller decides whether it is a
     * Task). Read it with {@link #kind(RuleContext)}.
     */
    public static final FactKey<TemplateKind> KIND = FactKey.of("analysis.kind", TemplateKind.class);

    /** The kind of {@code ctx}'s folder: {@link #KIND}, else a template. */
    public static TemplateKind kind(RuleContext ctx) {
        return ctx.template().find(KIND).orElse(TemplateKind.TEMPLATE);
    }

    private AnalysisFacts() { }
}
