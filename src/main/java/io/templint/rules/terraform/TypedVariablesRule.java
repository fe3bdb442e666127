package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.rules.BlockSite;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;

/** A variable without a {@code type}. */
public final class TypedVariablesRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_typed_variables", Severity.WARNING,
        "A variable has no type",
        """
        A `variable` without `type` accepts any value, so a mistake in the value given for it \
        (a string where a list is meant, a misspelt object attribute) shows up later, inside the \
        module, instead of where the value is set. Declare the type.

        Matches tflint's `terraform_typed_variables`, in every module folder of the template and in \
        both syntaxes; the finding points at the variable's declaration (in JSON, at the brace that \
        opens it). Override files are not checked.
        """,
        "https://developer.hashicorp.com/terraform/language/values/variables#type-constraints");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        for (BlockSite site : ctx.blocks("variable")) {
            if (site.block().labels().size() != 1 || !TflintRules.linted(site.file().name())
                    || ModuleFiles.isOverrideFile(site.file().name())) {
                continue;
            }
            if (site.attribute("type").isEmpty()) {
                ctx.report(site.block().headerRange(), "variable \"" + site.block().label(0) + "\" has no type");
            }
        }
    }
}
