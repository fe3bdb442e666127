package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Expression;
import io.templint.hcl.Operator;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;

/** {@code x == []} or {@code x != []}, which compare types as well as contents. */
public final class EmptyListEqualityRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_empty_list_equality", Severity.WARNING,
        "A collection is compared with an empty list",
        """
        `var.list == []` compares with an empty *tuple*: a list, set or map is never equal to it, \
        even when it is empty, so such a condition is always false (and `!= []` always true). \
        Check the length instead.

        ```hcl
        count = var.names == [] ? 0 : 1          # finding: always 1
        count = length(var.names) == 0 ? 0 : 1   # fixed
        ```

        Matches tflint's `terraform_empty_list_equality`: only a literal `[]` written directly on \
        one side of `==` or `!=` is reported, in every module folder of the template; files in JSON \
        syntax are not checked (tflint does not check them either).
        """,
        "https://developer.hashicorp.com/terraform/language/expressions/operators#equality-operators");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        ctx.forEachExpression((site, e) -> {
            if (!(e instanceof Expression.BinaryOp op) || op.op() != Operator.EQUAL && op.op() != Operator.NOT_EQUAL
                    || !TflintRules.nativeSyntax(site.file().name())) {
                return;
            }
            Expression other = isEmptyTuple(op.lhs()) ? op.rhs() : isEmptyTuple(op.rhs()) ? op.lhs() : null;
            if (other != null) {
                ctx.report(op, "comparing a collection with an empty list is invalid: to detect an empty collection,"
                    + " write length(" + SourceSnippets.shorten(ctx.text(other)) + ") " + op.op().symbol() + " 0");
            }
        });
    }

    private static boolean isEmptyTuple(Expression e) {
        return e instanceof Expression.TupleCons t && t.items().isEmpty();
    }
}
