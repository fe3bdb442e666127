package io.templint.terraform;

import io.templint.hcl.Expression;
import java.math.BigDecimal;

/**
 * Reads constant values out of expressions without evaluating them.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class Literals {

    private Literals() { }

    /** The string an expression denotes when it is a literal string or a template without interpolation. */
    public static String string(Expression e) {
        Expression x = unwrap(e);
        if (x instanceof Expression.LiteralValue l && l.value() instanceof String s) {
            return s;
        }
        if (x instanceof Expression.Template t) {
            return t.literalString();
        }
        return null;
    }

    /**
     * The boolean an expression denotes: a literal {@code true}/{@code false}, or a literal string
     * that converts to one as Terraform converts strings; null otherwise.
     */
    public static Boolean bool(Expression e) {
        Expression x = unwrap(e);
        if (x instanceof Expression.LiteralValue l && l.value() instanceof Boolean b) {
            return b;
        }
        String s = string(x);
        if ("true".equals(s)) {
            return Boolean.TRUE;
        }
        if ("false".equals(s)) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** Whether the expression is the literal {@code null}. */
    public static boolean isNull(Expression e) {
        return unwrap(e) instanceof Expression.LiteralValue l && l.value() == null;
    }

    /** The number an expression denotes when it is a numeric literal (or a negated one), else null. */
    public static BigDecimal number(Expression e) {
        Expression x = unwrap(e);
        if (x instanceof Expression.LiteralValue l && l.value() instanceof BigDecimal d) {
            return d;
        }
        if (x instanceof Expression.UnaryOp u && u.op() == io.templint.hcl.Operator.NEGATE) {
            BigDecimal d = number(u.operand());
            return d == null ? null : d.negate();
        }
        return null;
    }

    /** The single root name of a bare keyword such as {@code string} or {@code destroy}, else null. */
    public static String keyword(Expression e) {
        Expression x = unwrap(e);
        if (x instanceof Expression.ScopeTraversal t && t.traversal().size() == 1) {
            return t.rootName();
        }
        return null;
    }

    /** The literal key of an object constructor item ({@code name} or {@code "name"}), or null when computed. */
    public static String objectKey(Expression key) {
        if (key instanceof Expression.ObjectConsKey k) {
            String bare = k.bareName();
            return bare != null ? bare : string(k.wrapped());
        }
        return string(key);
    }

    /** Strips parentheses and single-interpolation template wrappers. */
    public static Expression unwrap(Expression e) {
        Expression x = e;
        while (true) {
            if (x instanceof Expression.Parentheses p) {
                x = p.expression();
            } else if (x instanceof Expression.TemplateWrap w) {
                x = w.wrapped();
            } else {
                return x;
            }
        }
    }
}
