package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import java.util.List;

/** Terraform's checks on the {@code terraform} block: language edition and provider source addresses. */
final class TerraformBlockChecks {

    private TerraformBlockChecks() { }

    static void check(Block terraform, List<Diagnostic> diags) {
        Expression language = DecodeSupport.expr(terraform, "language");
        if (language != null) {
            String kw = Literals.keyword(language);
            if (kw == null) {
                diags.add(Diagnostic.error("Invalid language edition", "The language argument expects a bare"
                    + " language edition keyword. Terraform supports only language edition TF2021, which is the"
                    + " default.", language.range()));
            } else if (!kw.equals("TF2021")) {
                diags.add(Diagnostic.error("Unsupported language edition", "Terraform supports only language"
                    + " edition TF2021. Edition " + kw + " is not known.", language.range()));
            }
        }
        Expression experiments = DecodeSupport.expr(terraform, "experiments");
        if (experiments != null && !DecodeSupport.items(experiments).isEmpty()) {
            diags.add(Diagnostic.error("Experiments are not allowed", "Experimental features are intended only for"
                + " gathering early feedback on new language designs, and so are available only in alpha releases"
                + " of Terraform.", experiments.range()));
        }
        for (Block rp : terraform.body().blocks("required_providers")) {
            for (Attribute a : rp.body().attributes()) {
                checkProviderRequirement(a, diags);
            }
        }
    }

    private static void checkProviderRequirement(Attribute req, List<Diagnostic> diags) {
        if (!(Literals.unwrap(req.expression()) instanceof Expression.ObjectCons o)) {
            return;
        }
        for (Expression.ObjectItem it : o.items()) {
            if (!"source".equals(Literals.objectKey(it.key()))) {
                continue;
            }
            String source = Literals.string(it.value());
            if (source == null) {
                continue;
            }
            String type = source.substring(source.lastIndexOf('/') + 1);
            if (type.startsWith("terraform-provider-") || type.startsWith("terraform-")) {
                String prefix = type.startsWith("terraform-provider-") ? "terraform-provider-" : "terraform-";
                diags.add(Diagnostic.error("Invalid provider type", "Provider source " + Messages.quote(source)
                    + " has a type with the prefix " + Messages.quote(prefix) + ", which isn't valid. Although"
                    + " that prefix is often used in the names of version control repositories for Terraform"
                    + " providers, provider source strings should not include it.", it.value().range()));
            }
        }
    }
}
