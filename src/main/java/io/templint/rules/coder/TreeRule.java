package io.templint.rules.coder;

import io.templint.rules.FactKey;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.ModuleTree;
import java.util.Set;

/**
 * A Coder rule that reads the template's module tree with Coder's import-time values: its
 * metadata, the one fact it needs, and a check given the tree and a {@link StaticEval} of the
 * template. Most Coder rules are one; a rule that needs more facts overrides
 * {@link #requiredFacts()}.
 */
abstract class TreeRule implements Rule {

    private final RuleMetadata metadata;

    TreeRule(RuleMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public final RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public Set<FactKey<?>> requiredFacts() {
        return Set.of(TerraformFacts.MODULE_TREE);
    }

    @Override
    public final void check(RuleContext ctx) {
        check(ctx, ctx.get(TerraformFacts.MODULE_TREE), new StaticEval(ctx));
    }

    /** Checks the template whose module tree is {@code tree}, reading values through {@code eval}. */
    abstract void check(RuleContext ctx, ModuleTree tree, StaticEval eval);
}
