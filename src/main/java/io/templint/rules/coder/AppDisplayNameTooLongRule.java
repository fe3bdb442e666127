package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.rules.FactKey;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.Set;

/** A {@code coder_app} {@code display_name} longer than the provider accepts. */
public final class AppDisplayNameTooLongRule implements Rule {

    /** Longest display name the provider accepts. */
    static final int MAX_LENGTH = 64;

    static final RuleMetadata METADATA = new RuleMetadata("coder_app_display_name_too_long", Severity.ERROR,
        "A coder_app display_name is longer than 64 characters",
        """
        The Coder provider limits an app's `display_name` to 64 characters and fails the build when it \
        is longer. Shorten it; longer explanations belong in the app's tooltip or the template's \
        README. Only statically known display names are checked.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/app");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Set<FactKey<?>> requiredFacts() {
        return Set.of(TerraformFacts.MODULE_TREE);
    }

    @Override
    public void check(RuleContext ctx) {
        ModuleTree tree = ctx.get(TerraformFacts.MODULE_TREE);
        StaticEval eval = new StaticEval(ctx);
        for (Resource app : tree.resources(Resource.Mode.MANAGED, "coder_app")) {
            String name = eval.string(app, "display_name");
            int length = name == null ? 0 : name.codePointCount(0, name.length());
            if (length > MAX_LENGTH) {
                ctx.report(Visible.argument(ctx, tree, app, "display_name"),
                    "display_name of " + app.address() + " has " + length + " characters; Coder accepts at most "
                        + MAX_LENGTH);
            }
        }
    }
}
