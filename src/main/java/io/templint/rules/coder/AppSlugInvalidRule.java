package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.Locale;
import java.util.regex.Pattern;

/** A {@code coder_app} slug the provider rejects. */
public final class AppSlugInvalidRule extends TreeRule {

    /** The provider's slug pattern (case-sensitive: lower case only). */
    static final Pattern SLUG = Pattern.compile("^[a-z0-9](-?[a-z0-9])*$");

    static final RuleMetadata METADATA = new RuleMetadata("coder_app_slug_invalid", Severity.ERROR,
        "A coder_app slug is not a valid slug",
        """
        An app's `slug` appears in its URL and must match `^[a-z0-9](-?[a-z0-9])*$`: lower-case \
        letters, digits and single hyphens, starting and ending with a letter or digit. The Coder \
        provider rejects anything else when the workspace is built, so `slug = "VS_Code"` or \
        `slug = "code-"` breaks every build of the template:

        ```hcl
        resource "coder_app" "code" {
          slug = "vs-code"   # not "VS_Code"
        }
        ```

        Only slugs known statically (literals, variables with defaults, local values) are checked, in \
        every module of the template.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/app")
        .checkedBy(RuleMetadata.AT_IMPORT, "0.6.0");

    /** The rule. */
    public AppSlugInvalidRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        for (Resource app : tree.resources(Resource.Mode.MANAGED, "coder_app")) {
            String slug = eval.string(app, "slug");
            if (slug != null && !SLUG.matcher(slug).matches()) {
                ctx.report(Visible.argument(ctx, tree, app, "slug"),
                    "slug \"" + slug + "\" of " + app.address() + " is not a valid slug: use lower-case letters,"
                        + " digits and single hyphens" + suggestion(slug));
            }
        }
    }

    private static String suggestion(String slug) {
        String fixed = slug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
        return !fixed.isEmpty() && SLUG.matcher(fixed).matches() ? ", e.g. \"" + fixed + "\"" : "";
    }
}
