package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Attribute;
import io.templint.hcl.Expression;
import io.templint.rules.BlockSite;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import java.util.regex.Pattern;

/** A registry module called without an exact version. */
public final class ModuleVersionRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_module_version", Severity.WARNING,
        "A registry module is called without an exact version",
        """
        A module from a registry (`registry.coder.com/coder/code-server/coder`, \
        `terraform-aws-modules/vpc/aws`) without `version` is downloaded at its newest release \
        every time the template is pushed or a workspace is built. For a Coder template that \
        matters beyond reproducibility: a module release can add or change the `coder_app`, \
        `coder_env` and `coder_script` resources it declares, so the template's Task verdict, its \
        sidebar app and the environment of its agent can change with no edit to the template. Pin \
        an exact version (`version = "1.2.3"`) and update it deliberately.

        Matches tflint's `terraform_module_version` in every module folder of the template, with \
        its `exact = true` option as templint's behaviour, for the reason above: a missing \
        `version` is reported at the module block, a range (`~> 1.0`, `>= 1.2`) or several \
        constraints at the `version` argument; `version = null` is no version. Git, local and other \
        non-registry sources are the concern of `terraform_module_pinned_source`. tflint also \
        evaluates a source or version given by a variable with a default; templint checks literal \
        ones only (Terraform reads them before any variable is set, and only 1.15+ evaluates \
        constant variables there).
        """,
        "https://developer.hashicorp.com/terraform/language/modules/syntax#version");

    private static final Pattern EXACT = Pattern.compile("=?\\s*(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
        + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
        + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        for (BlockSite site : ctx.blocks("module")) {
            if (site.block().labels().size() != 1 || !TflintRules.linted(site.file().name())) {
                continue;
            }
            String source = site.attribute("source").map(a -> TflintRules.literalString(a.expression())).orElse(null);
            if (source == null || !ModuleSources.isRegistry(source)) {
                continue;
            }
            String name = site.block().label(0);
            Attribute version = site.attribute("version").orElse(null);
            if (version == null || version.expression() instanceof Expression.LiteralValue l && l.value() == null) {
                ctx.report(site.block().headerRange(), "module \"" + name + "\" should specify a version");
                continue;
            }
            String constraint = TflintRules.literalString(version.expression());
            if (constraint == null) {
                continue; // not known without evaluation
            }
            String[] parts = constraint.split(",");
            if (parts.length > 1) {
                ctx.report(version.range(), "module \"" + name
                    + "\" should specify an exact version, but multiple constraints were found");
            } else if (!EXACT.matcher(constraint.strip()).matches()) {
                ctx.report(version.range(), "module \"" + name + "\" should specify an exact version, but a range was found");
            }
        }
    }
}
