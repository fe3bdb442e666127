package io.templint.hcl.json;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Expression;
import io.templint.hcl.Label;

/** Renders a body as indented lines ({@code block type "l1" "l2"}, {@code attr = Kind}) for assertions. */
final class TreeDump {

    private TreeDump() { }

    /** Block headers and attributes with a short form of their values. */
    static String render(Body body) {
        StringBuilder sb = new StringBuilder();
        render(body, "", true, sb);
        return sb.toString();
    }

    /** Block headers and attribute names only: what the schema decides, independent of expression parsing. */
    static String structure(Body body) {
        StringBuilder sb = new StringBuilder();
        render(body, "", false, sb);
        return sb.toString();
    }

    private static void render(Body body, String indent, boolean values, StringBuilder sb) {
        for (BodyItem item : body.items()) {
            if (item instanceof Attribute a) {
                sb.append(indent).append(a.name());
                if (values) {
                    sb.append(" = ").append(kind(a.expression()));
                }
                sb.append('\n');
            } else if (item instanceof Block b) {
                sb.append(indent).append(b.type());
                for (Label l : b.labels()) {
                    sb.append(" \"").append(l.value()).append('"');
                }
                sb.append('\n');
                render(b.body(), indent + "  ", values, sb);
            }
        }
    }

    /** A short description of an expression's kind (and literal value). */
    static String kind(Expression e) {
        if (e instanceof Expression.Template t && t.isStringLiteral()) {
            return "\"" + t.literalString() + "\"";
        }
        if (e instanceof Expression.LiteralValue l) {
            return String.valueOf(l.value());
        }
        if (e instanceof Expression.TupleCons t) {
            return "Tuple(" + t.items().size() + ")";
        }
        if (e instanceof Expression.ObjectCons o) {
            return "Object(" + o.items().size() + ")";
        }
        return e.getClass().getSimpleName();
    }
}
