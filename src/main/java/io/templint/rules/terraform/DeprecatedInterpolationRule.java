package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Expression;
import io.templint.hcl.Hcl;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** {@code "${var.x}"} where {@code var.x} would do. */
public final class DeprecatedInterpolationRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_deprecated_interpolation", Severity.WARNING,
        "Interpolation-only expressions such as \"${var.x}\" are deprecated",
        """
        Since Terraform 0.12 an expression is written as it is: `var.name`, not `"${var.name}"`. A \
        quoted string holding nothing but one interpolation is deprecated (Terraform 0.12.14): it \
        has exactly the value of the inner expression, so the quotes and `${ }` only add noise, and \
        `terraform fmt` removes them.

        ```hcl
        count = "${var.enabled ? 1 : 0}"   # finding
        count = var.enabled ? 1 : 0        # fixed
        ```

        An object key written `"${local.name}" = ...` is reported too: write `(local.name) = ...`. \
        Files in JSON syntax are not checked, since there every expression is written as a string.
        """,
        "https://developer.hashicorp.com/terraform/language/expressions/strings#interpolation").withFix();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        Set<Expression> keys = Collections.newSetFromMap(new IdentityHashMap<>());
        ctx.forEachExpression((site, e) -> {
            if (Hcl.isJson(site.file().name())) {
                return;
            }
            if (e instanceof Expression.ObjectConsKey k && k.wrapped() instanceof Expression.TemplateWrap w) {
                keys.add(w);
                ctx.report(w, "interpolation-only object key " + SourceSnippets.shorten(ctx.text(w))
                    + " is deprecated: write (" + SourceSnippets.shorten(ctx.text(w.wrapped())) + ")");
            } else if (e instanceof Expression.TemplateWrap w && !keys.contains(w)) {
                ctx.report(w, "interpolation-only expression " + SourceSnippets.shorten(ctx.text(w))
                    + " is deprecated: write " + SourceSnippets.shorten(ctx.text(w.wrapped())));
            }
        });
    }
}
