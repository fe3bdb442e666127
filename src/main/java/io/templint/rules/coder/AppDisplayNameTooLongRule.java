package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.nio.charset.StandardCharsets;

/** A {@code coder_app} {@code display_name} longer than the provider accepts. */
public final class AppDisplayNameTooLongRule extends TreeRule {

    /** Longest display name the provider accepts. */
    static final int MAX_LENGTH = 64;

    static final RuleMetadata METADATA = new RuleMetadata("coder_app_display_name_too_long", Severity.ERROR,
        "A coder_app display_name is longer than 64 bytes",
        """
        The Coder provider limits an app's `display_name` to 64 bytes of UTF-8 (Go's `len`, so an \
        accented letter counts 2 and an emoji 4) and rejects a longer one with "display name is too \
        long (max 64 characters)". Shorten it; longer explanations belong in the app's tooltip or the template's \
        README. Only statically known display names are checked.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/app")
        .checkedBy(RuleMetadata.AT_IMPORT, "2.2.0");

    /** The rule. */
    public AppDisplayNameTooLongRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        for (Resource app : tree.resources(Resource.Mode.MANAGED, "coder_app")) {
            for (StaticEval.Planned planned : eval.planned(tree, app)) {
                String name = eval.string(planned, "display_name");
                int length = name == null ? 0 : name.getBytes(StandardCharsets.UTF_8).length;
                if (length > MAX_LENGTH) {
                    ProviderVersions.report(ctx, tree, Visible.argument(ctx, tree, app, "display_name"),
                        "display_name of " + planned.address() + " has " + length + " bytes in UTF-8; the Coder"
                            + " provider accepts at most " + MAX_LENGTH + " (display name is too long)",
                        METADATA.introduced());
                    break; // one finding per resource
                }
            }
        }
    }
}
