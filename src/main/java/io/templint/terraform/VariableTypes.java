package io.templint.terraform;

import io.templint.eval.Type;
import io.templint.eval.TypeConstraint;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import java.util.List;

/**
 * Reads a variable's {@code type} argument the way Terraform's variable decoder does: the legacy
 * forms first (bare {@code list} and {@code map}, quoted type names), then a type constraint
 * expression read by {@link TypeConstraint#parse}.
 */
final class VariableTypes {

    private VariableTypes() { }

    /** The constraint; {@link TypeConstraint#ANY} with diagnostics when the expression is not a valid type. */
    static TypeConstraint read(Expression expr, List<Diagnostic> diags) {
        String quoted = Literals.string(expr);
        if (quoted != null) {
            diags.add(quotedType(quoted, expr));
            return TypeConstraint.ANY;
        }
        String kw = Literals.keyword(expr);
        if ("list".equals(kw)) {
            return new TypeConstraint(new Type.ListType(Type.DYNAMIC), null);
        }
        if ("map".equals(kw)) {
            return new TypeConstraint(new Type.MapType(Type.DYNAMIC), null);
        }
        int before = diags.size();
        TypeConstraint tc = TypeConstraint.parse(expr, diags);
        return diags.size() > before ? TypeConstraint.ANY : tc;
    }

    private static Diagnostic quotedType(String quoted, Expression expr) {
        String prefix = "Terraform 0.11 and earlier required type constraints to be given in quotes, but that form"
            + " is now deprecated and will be removed in a future version of Terraform. ";
        return switch (quoted) {
            case "string" -> Diagnostic.error("Invalid quoted type constraints",
                prefix + "Remove the quotes around \"string\".", expr.range());
            case "list", "map" -> Diagnostic.error("Invalid quoted type constraints", prefix + "Remove the quotes"
                + " around \"" + quoted + "\" and write " + quoted + "(string) instead to explicitly indicate that"
                + " the " + quoted + " elements are strings.", expr.range());
            default -> Diagnostic.error("Invalid legacy variable type hint",
                "Must be a known type: string, list, or map.", expr.range());
        };
    }
}
