package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Expression;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;

/** {@code lookup(map, key)} without a default, where {@code map[key]} does the same. */
public final class DeprecatedLookupRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_deprecated_lookup", Severity.WARNING,
        "lookup with two arguments is deprecated",
        """
        `lookup(map, key)` without a default value is deprecated since Terraform 0.7: it fails when \
        the key is missing, exactly as `map[key]` does, so write the index. With a third argument, \
        the default, `lookup` is the way to read a key that may be missing and is not reported.

        ```hcl
        image = lookup(var.images, "ubuntu")   # finding
        image = var.images["ubuntu"]           # fixed
        ```

        Matches tflint's `terraform_deprecated_lookup`: every module folder of the template is \
        checked, files in JSON syntax are not (tflint does not check them either).
        """,
        "https://developer.hashicorp.com/terraform/language/functions/lookup").withFix();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        ctx.forEachExpression((site, e) -> {
            if (e instanceof Expression.FunctionCall call && call.name().equals("lookup") && call.args().size() == 2
                    && TflintRules.nativeSyntax(site.file().name())) {
                ctx.report(call, "lookup with 2 arguments is deprecated: write "
                    + SourceSnippets.shorten(ctx.text(call.args().get(0))) + "["
                    + SourceSnippets.shorten(ctx.text(call.args().get(1))) + "]");
            }
        });
    }
}
