package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Diagnostic;
import io.templint.rules.RelatedLocation;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.DuplicateDeclarations;
import io.templint.terraform.Module;
import io.templint.terraform.ModuleTree;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two declarations of the same address in one module: the loader's error, in Terraform's words,
 * reported here once (and not again by the {@code terraform} rule), with the first declaration as a
 * related location.
 */
public final class DuplicateDeclarationRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_duplicate_declaration", Severity.ERROR,
        "A resource, data source, variable, output, module, provider or local value is declared twice",
        """
        Every declaration of a module needs a unique address: two `resource "coder_app" "main"` \
        blocks, two `variable "region"` blocks, two local values named `name` or two `provider "aws"` \
        blocks without distinct aliases in the same module (the `.tf` files of one directory) make \
        Terraform reject the configuration. The finding gives Terraform's error at the second \
        declaration and names the first as a related location.

        Override files (`override.tf`, `*_override.tf` and their `.tf.json` forms) are meant to \
        redeclare blocks and are merged, not checked. This rule reports the duplicates of the \
        template's own modules; those of modules downloaded into `.terraform/modules` are reported by \
        the `terraform` rule.
        """,
        "https://developer.hashicorp.com/terraform/language/files/override");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        Set<String> files = new HashSet<>();
        ctx.template().files().forEach(f -> files.add(f.name()));
        ModuleTree tree = ctx.template().find(TerraformFacts.MODULE_TREE).orElse(null);
        if (tree == null) {
            return; // no module loaded: no loader errors to report
        }
        Set<String> seen = new HashSet<>(); // a folder called by two module blocks is loaded twice
        for (Module m : tree.modules().values()) {
            for (DuplicateDeclarations.Duplicate dup : DuplicateDeclarations.of(m)) {
                Diagnostic d = dup.diagnostic();
                if (!files.contains(d.subject().filename())
                        || !seen.add(d.subject().filename() + ":" + d.subject().startByte() + ":" + d.summary())) {
                    continue;
                }
                String message = d.summary() + "; " + d.detail();
                if (dup.first() == null) {
                    ctx.report(d.subject(), message, List.of());
                } else {
                    ctx.report(d.subject(), message, List.of(new RelatedLocation(dup.first(), "first declaration")));
                }
            }
        }
    }
}
