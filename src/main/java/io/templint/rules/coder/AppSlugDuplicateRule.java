package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;

/** Two {@code coder_app}s with the same slug, anywhere in the module tree. */
public final class AppSlugDuplicateRule extends TreeRule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_app_slug_duplicate", Severity.ERROR,
        "Two coder_app resources have the same slug",
        """
        Coder requires app slugs to be unique in a template and fails the build when two apps share \
        one. The usual cause is a module that defines an app (`code-server`, `claude-code`, \
        `agentapi`...) next to an app of the template with the same slug, or the same module called \
        twice. Give one of them another slug (most registry modules take a `slug` variable).

        Only statically known slugs are compared, across all modules; apps that are never created \
        (`count = 0`) are ignored.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/app")
        .checkedBy(RuleMetadata.AT_IMPORT, null);

    /** The rule. */
    public AppSlugDuplicateRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        UniqueArguments.reportRepeats(ctx, tree, Resource.Mode.MANAGED, "coder_app",
            "slug", "slug", "app slugs");
    }
}
