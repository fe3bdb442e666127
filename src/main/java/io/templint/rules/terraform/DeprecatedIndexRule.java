package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.eval.Numbers;
import io.templint.hcl.Expression;
import io.templint.hcl.ExpressionResult;
import io.templint.hcl.Hcl;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.hcl.Traverser;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import java.math.BigDecimal;
import java.util.List;

/** The legacy {@code list.0} index and {@code list.*.attr} splat forms. */
public final class DeprecatedIndexRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_deprecated_index", Severity.WARNING,
        "Legacy index (.0) and splat (.*) syntax is deprecated",
        """
        Terraform 0.11 indexed lists with a dot: `aws_instance.web.0.id`, and splatted with \
        `.*`: `aws_instance.web.*.id`. Both are kept only for compatibility. Write \
        `aws_instance.web[0].id` and `aws_instance.web[*].id` instead.

        Note that the two splats differ when index steps follow: in `a.*.b[0]` the `[0]` applies to \
        the resulting list, in `a[*].b[0]` to each element. Rewrite `a.*.b[0]` as `a[*].b` followed \
        by `[0]` on the whole, e.g. `(a[*].b)[0]`.
        """,
        "https://developer.hashicorp.com/terraform/language/expressions/references").withFix();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        ctx.forEachExpression((site, e) -> {
            if (e instanceof Expression.ScopeTraversal t) {
                checkSteps(ctx, t.traversal());
            } else if (e instanceof Expression.RelativeTraversal t) {
                checkSteps(ctx, t.traversal());
            } else if (e instanceof Expression.Splat s && s.markerRange() != null
                    && ctx.text(s.markerRange()).startsWith(".")) {
                ctx.report(s.markerRange(), "legacy splat " + ctx.text(s.markerRange()) + " is deprecated: write [*]");
            }
        });
    }

    private static void checkSteps(RuleContext ctx, List<Traverser> steps) {
        for (Traverser step : steps) {
            if (step instanceof Traverser.Index i && ctx.text(i.range()).startsWith(".")) {
                if (!(i.key() instanceof BigDecimal d)) {
                    continue; // chained legacy indexes (.0.0): a syntax error, reported as such with its fix
                }
                String hint = hint(d);
                ctx.report(i.range(), "legacy index " + ctx.text(i.range()) + " is deprecated"
                    + (hint == null ? ": write the index in brackets" : ": write " + hint));
            }
        }
    }

    /** The bracketed index for a legacy one, built from its key, or null when that text would not parse. */
    static String hint(BigDecimal key) {
        String hint = "[" + Numbers.format(key) + "]";
        ExpressionResult r = Hcl.parseExpression(SourceFile.of("hint.tf", "x" + hint), ParseOptions.DEFAULTS);
        return r.diagnostics().isEmpty() && r.expression() instanceof Expression.ScopeTraversal t
            && t.traversal().size() == 2 ? hint : null;
    }
}
