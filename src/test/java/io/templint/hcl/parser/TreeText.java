package io.templint.hcl.parser;

import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders expressions as compact text for assertions, e.g. {@code Binary(+, 1, Binary(*, 2, 3))}.
 * Traversals print as source-like paths: {@code var.list[0]["k"]}; strings are quoted.
 */
final class TreeText {

    private TreeText() { }

    static String of(Expression e) {
        if (e instanceof Expression.LiteralValue l) {
            return literal(l.value());
        } else if (e instanceof Expression.ScopeTraversal t) {
            return path(t.traversal());
        } else if (e instanceof Expression.RelativeTraversal t) {
            return "Rel(" + of(t.source()) + ", " + path(t.traversal()) + ")";
        } else if (e instanceof Expression.FunctionCall c) {
            return "Call " + c.name() + "(" + list(c.args()) + (c.expandFinal() ? "..." : "") + ")";
        } else if (e instanceof Expression.Conditional c) {
            return "Cond(" + of(c.condition()) + ", " + of(c.trueResult()) + ", " + of(c.falseResult()) + ")";
        } else if (e instanceof Expression.Index i) {
            return "Index(" + of(i.collection()) + ", " + of(i.key()) + ")";
        } else if (e instanceof Expression.TupleCons t) {
            return "[" + list(t.items()) + "]";
        } else if (e instanceof Expression.ObjectCons o) {
            return "{" + o.items().stream().map(it -> of(it.key()) + " = " + of(it.value()))
                .collect(Collectors.joining(", ")) + "}";
        } else if (e instanceof Expression.ObjectConsKey k) {
            return (k.forceNonLiteral() ? "Key!(" : "Key(") + of(k.wrapped()) + ")";
        } else if (e instanceof Expression.For f) {
            return "For(" + (f.keyVar() == null ? "" : f.keyVar() + ", ") + f.valueVar() + " in " + of(f.collection())
                + " : " + (f.keyExpr() == null ? "" : of(f.keyExpr()) + " => ") + of(f.valueExpr())
                + (f.group() ? "..." : "") + (f.condition() == null ? "" : " if " + of(f.condition())) + ")";
        } else if (e instanceof Expression.Splat s) {
            return "Splat(" + of(s.source()) + ", " + of(s.each()) + ")";
        } else if (e instanceof Expression.AnonSymbol) {
            return "*";
        } else if (e instanceof Expression.BinaryOp b) {
            return "Binary(" + b.op().symbol() + ", " + of(b.lhs()) + ", " + of(b.rhs()) + ")";
        } else if (e instanceof Expression.UnaryOp u) {
            return "Unary(" + u.op().symbol() + ", " + of(u.operand()) + ")";
        } else if (e instanceof Expression.Template t) {
            return "Template(" + list(t.parts()) + ")";
        } else if (e instanceof Expression.TemplateWrap w) {
            return "Wrap(" + of(w.wrapped()) + ")";
        } else if (e instanceof Expression.TemplateJoin j) {
            return "Join(" + of(j.tuple()) + ")";
        } else if (e instanceof Expression.Parentheses p) {
            return "(" + of(p.expression()) + ")";
        }
        return "SyntaxError";
    }

    private static String list(List<Expression> es) {
        return es.stream().map(TreeText::of).collect(Collectors.joining(", "));
    }

    private static String path(List<Traverser> steps) {
        StringBuilder sb = new StringBuilder();
        for (Traverser t : steps) {
            if (t instanceof Traverser.Root r) {
                sb.append(r.name());
            } else if (t instanceof Traverser.Attr a) {
                sb.append('.').append(a.name());
            } else if (t instanceof Traverser.Index i) {
                sb.append('[').append(literal(i.key())).append(']');
            }
        }
        return sb.toString();
    }

    private static String literal(Object v) {
        if (v instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + '"';
        } else if (v instanceof BigDecimal d) {
            return d.toString();
        }
        return String.valueOf(v);
    }

    /** A range as {@code line:col-line:col}. */
    static String range(Range r) {
        return r.startLine() + ":" + r.startColumn() + "-" + r.endLine() + ":" + r.endColumn();
    }
}
