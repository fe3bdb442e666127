package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.hcl.Attribute;
import io.templint.rules.RelatedLocation;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;

/** A {@code coder_app} with both {@code url} and {@code command}. */
public final class AppUrlAndCommandRule extends TreeRule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_app_url_and_command", Severity.ERROR,
        "A coder_app sets both url and command",
        """
        A `coder_app` is either a web app (`url`, proxied by Coder) or a terminal command \
        (`command`); the provider declares the two arguments as conflicting and the build fails when \
        both are set. Keep the one that matches what the app is, or split it into two apps.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/app")
        .checkedBy(RuleMetadata.AT_IMPORT, "0.5.0");

    /** The rule. */
    public AppUrlAndCommandRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        for (Resource app : tree.resources(Resource.Mode.MANAGED, "coder_app")) {
            Attribute url = app.attribute("url");
            Attribute command = app.attribute("command");
            // An argument set to null is not set.
            if (url == null || command == null || eval.argument(app, "url").isNull()
                    || eval.argument(app, "command").isNull()) {
                continue;
            }
            ctx.report(Visible.range(ctx, tree, app.module(), command.range()),
                app.address() + " sets both url and command: keep url for a web app or command for a terminal app",
                new RelatedLocation(Visible.range(ctx, tree, app.module(), url.range()), "url of " + app.address()));
        }
    }
}
