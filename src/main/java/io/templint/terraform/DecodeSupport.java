package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import java.util.List;

/** Small helpers the block decoders share: reading constant arguments with Terraform's diagnostics. */
final class DecodeSupport {

    private DecodeSupport() { }

    /** The expression of argument {@code name}, or null when absent. */
    static Expression expr(Block b, String name) {
        Attribute a = b.body().attribute(name);
        return a == null ? null : a.expression();
    }

    /** A constant boolean argument; a diagnostic and {@code dflt} when it is not one. */
    static boolean bool(Block b, String name, boolean dflt, List<Diagnostic> diags) {
        Expression e = expr(b, name);
        if (e == null) {
            return dflt;
        }
        Boolean v = Literals.bool(e);
        if (v != null) {
            return v;
        }
        if (Literals.isNull(e)) {
            return dflt;
        }
        diags.add(constantProblem(e, "a bool is required"));
        return dflt;
    }

    /** A constant string argument; null (with a diagnostic when present but not constant) otherwise. */
    static String string(Block b, String name, List<Diagnostic> diags) {
        Expression e = expr(b, name);
        if (e == null || Literals.isNull(e)) {
            return null;
        }
        String s = Literals.string(e);
        if (s == null) {
            java.math.BigDecimal n = Literals.number(e);
            Boolean bool = Literals.bool(e);
            if (n != null) {
                return io.templint.eval.Numbers.format(n);
            }
            if (bool != null) {
                return bool.toString();
            }
            diags.add(constantProblem(e, "a string is required"));
        }
        return s;
    }

    /** Terraform's diagnostic for a non-constant or wrongly typed value where a constant is needed. */
    static Diagnostic constantProblem(Expression e, String requirement) {
        if (ExpressionFacts.hasReferences(e)) {
            return Diagnostic.error("Variables not allowed", "Variables may not be used here.", e.range());
        }
        if (!ExpressionFacts.isConstant(e)) {
            return Diagnostic.error("Function calls not allowed", "Functions may not be called here.", e.range());
        }
        return Diagnostic.error("Unsuitable value type", "Unsuitable value: " + requirement, e.range());
    }

    /** The items of a list argument such as {@code depends_on}; empty when not a tuple constructor. */
    static List<Expression> items(Expression e) {
        if (e != null && Literals.unwrap(e) instanceof Expression.TupleCons t) {
            return t.items();
        }
        return List.of();
    }

    /** Reports an invalid block name (a label that is not an identifier). */
    static boolean checkName(String name, Range where, String summary, String prefix, List<Diagnostic> diags) {
        if (Identifiers.isValid(name)) {
            return true;
        }
        diags.add(Diagnostic.error(summary, prefix + " must start with a letter or underscore and may contain only"
            + " letters, digits, underscores, and dashes.", where));
        return false;
    }

    /** Reports {@code count} together with {@code for_each}. */
    static void checkCountForEach(Block b, String what, List<Diagnostic> diags) {
        Attribute count = b.body().attribute("count");
        Attribute forEach = b.body().attribute("for_each");
        if (count != null && forEach != null) {
            diags.add(Diagnostic.error("Invalid combination of \"count\" and \"for_each\"",
                "The \"count\" and \"for_each\" meta-arguments are mutually-exclusive, only one should be used to be"
                    + " explicit about the number of " + what + " to be created.", forEach.nameRange()));
        }
    }
}
