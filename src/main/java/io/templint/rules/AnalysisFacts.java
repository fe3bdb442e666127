package io.templint.rules;

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

    private AnalysisFacts() { }
}
