package io.templint.hcl.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Label;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import java.math.BigDecimal;
import java.util.List;

/**
 * Converts templint's syntax tree into the JSON shape of the reference verdicts (see the corpus
 * README): bodies list their attributes, then their blocks; expressions are objects with a kind
 * {@code "k"} and a range {@code "r"} written as {@code [sl, sc, sb, el, ec, eb]}.
 *
 * <p>Only what the reference records is written: templint's extra ranges (brackets, parentheses,
 * the equals sign) have no counterpart there.
 */
public final class OracleShape {

    private static final JsonNodeFactory JSON = new JsonNodeFactory(true);

    private OracleShape() { }

    /** A body: {@code {"attrs": [...], "blocks": [...], "r": RANGE}}. */
    public static ObjectNode body(Body body) {
        ObjectNode out = JSON.objectNode();
        ArrayNode attrs = out.putArray("attrs");
        for (Attribute a : body.attributes()) {
            attrs.add(attribute(a));
        }
        ArrayNode blocks = out.putArray("blocks");
        for (Block b : body.blocks()) {
            blocks.add(block(b));
        }
        out.set("r", range(body.range()));
        return out;
    }

    /** An attribute: {@code {"name", "nameR", "expr", "r"}}. */
    public static ObjectNode attribute(Attribute a) {
        ObjectNode out = JSON.objectNode();
        out.put("name", a.name());
        out.set("nameR", range(a.nameRange()));
        out.set("expr", expression(a.expression()));
        out.set("r", range(a.range()));
        return out;
    }

    /** A block: {@code {"type", "typeR", "labels", "labelR", "openR", "closeR", "body"}}. */
    public static ObjectNode block(Block b) {
        ObjectNode out = JSON.objectNode();
        out.put("type", b.type());
        out.set("typeR", range(b.typeRange()));
        ArrayNode labels = out.putArray("labels");
        ArrayNode labelRanges = out.putArray("labelR");
        for (Label l : b.labels()) {
            labels.add(l.value());
            labelRanges.add(range(l.range()));
        }
        out.set("openR", range(b.openBraceRange()));
        out.set("closeR", range(b.closeBraceRange()));
        out.set("body", body(b.body()));
        return out;
    }

    /** A diagnostic: {@code {"severity", "summary", "detail", "subject"}}. */
    public static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode out = JSON.objectNode();
        out.put("severity", d.severity().label());
        out.put("summary", d.summary());
        out.put("detail", d.detail());
        out.set("subject", range(d.subject()));
        return out;
    }

    /** A range as {@code [sl, sc, sb, el, ec, eb]}, or JSON null. */
    public static JsonNode range(Range r) {
        if (r == null) {
            return JSON.nullNode();
        }
        ArrayNode out = JSON.arrayNode(6);
        out.add(r.startLine()).add(r.startColumn()).add(r.startByte());
        out.add(r.endLine()).add(r.endColumn()).add(r.endByte());
        return out;
    }

    /** An expression node, or JSON null for an absent optional child. */
    public static JsonNode expression(Expression e) {
        if (e == null) {
            return JSON.nullNode();
        }
        ObjectNode out = JSON.objectNode();
        out.put("k", kind(e));
        if (e instanceof Expression.LiteralValue l) {
            out.set("v", value(l.value()));
        } else if (e instanceof Expression.ScopeTraversal t) {
            out.set("t", traversal(t.traversal()));
        } else if (e instanceof Expression.RelativeTraversal t) {
            out.set("src", expression(t.source()));
            out.set("t", traversal(t.traversal()));
        } else if (e instanceof Expression.FunctionCall c) {
            out.put("name", c.name());
            out.set("nameR", range(c.nameRange()));
            out.set("args", expressions(c.args()));
            out.put("expand", c.expandFinal());
        } else if (e instanceof Expression.Conditional c) {
            out.set("c", expression(c.condition()));
            out.set("t", expression(c.trueResult()));
            out.set("f", expression(c.falseResult()));
        } else if (e instanceof Expression.Index i) {
            out.set("coll", expression(i.collection()));
            out.set("key", expression(i.key()));
        } else if (e instanceof Expression.TupleCons t) {
            out.set("items", expressions(t.items()));
        } else if (e instanceof Expression.ObjectCons o) {
            ArrayNode items = out.putArray("items");
            for (Expression.ObjectItem item : o.items()) {
                ObjectNode pair = items.addObject();
                pair.set("key", expression(item.key()));
                pair.set("value", expression(item.value()));
            }
        } else if (e instanceof Expression.ObjectConsKey k) {
            out.set("wrapped", expression(k.wrapped()));
            out.put("forceNonLiteral", k.forceNonLiteral());
        } else if (e instanceof Expression.For f) {
            // the reference writes an absent key variable as the empty string
            out.put("keyVar", f.keyVar() == null ? "" : f.keyVar());
            out.put("valVar", f.valueVar());
            out.set("coll", expression(f.collection()));
            out.set("keyExpr", expression(f.keyExpr()));
            out.set("valExpr", expression(f.valueExpr()));
            out.set("cond", expression(f.condition()));
            out.put("group", f.group());
        } else if (e instanceof Expression.Splat s) {
            out.set("src", expression(s.source()));
            out.set("each", expression(s.each()));
            out.set("marker", range(s.markerRange()));
        } else if (e instanceof Expression.BinaryOp b) {
            out.put("op", b.op().oracleName());
            out.set("lhs", expression(b.lhs()));
            out.set("rhs", expression(b.rhs()));
        } else if (e instanceof Expression.UnaryOp u) {
            out.put("op", u.op().oracleName());
            out.set("val", expression(u.operand()));
        } else if (e instanceof Expression.Template t) {
            out.set("parts", expressions(t.parts()));
        } else if (e instanceof Expression.TemplateWrap w) {
            out.set("wrapped", expression(w.wrapped()));
        } else if (e instanceof Expression.TemplateJoin j) {
            out.set("tuple", expression(j.tuple()));
        } else if (e instanceof Expression.Parentheses p) {
            out.set("e", expression(p.expression()));
        }
        // AnonSymbol and SyntaxError have a kind and a range only
        out.set("r", range(e.range()));
        return out;
    }

    /** The reference's name for the kind of {@code e}. */
    public static String kind(Expression e) {
        if (e instanceof Expression.LiteralValue) {
            return "Literal";
        } else if (e instanceof Expression.ScopeTraversal) {
            return "Traversal";
        } else if (e instanceof Expression.RelativeTraversal) {
            return "RelTraversal";
        } else if (e instanceof Expression.FunctionCall) {
            return "Call";
        } else if (e instanceof Expression.Conditional) {
            return "Cond";
        } else if (e instanceof Expression.Index) {
            return "Index";
        } else if (e instanceof Expression.TupleCons) {
            return "Tuple";
        } else if (e instanceof Expression.ObjectCons) {
            return "Object";
        } else if (e instanceof Expression.ObjectConsKey) {
            return "ObjKey";
        } else if (e instanceof Expression.For) {
            return "For";
        } else if (e instanceof Expression.Splat) {
            return "Splat";
        } else if (e instanceof Expression.AnonSymbol) {
            return "AnonSymbol";
        } else if (e instanceof Expression.BinaryOp) {
            return "Binary";
        } else if (e instanceof Expression.UnaryOp) {
            return "Unary";
        } else if (e instanceof Expression.Template) {
            return "Template";
        } else if (e instanceof Expression.TemplateWrap) {
            return "TemplateWrap";
        } else if (e instanceof Expression.TemplateJoin) {
            return "TemplateJoin";
        } else if (e instanceof Expression.Parentheses) {
            return "Parens";
        } else if (e instanceof Expression.SyntaxError) {
            return "SyntaxError";
        }
        throw new IllegalArgumentException("unknown expression kind " + e.getClass());
    }

    private static ArrayNode expressions(List<Expression> list) {
        ArrayNode out = JSON.arrayNode(list.size());
        for (Expression e : list) {
            out.add(expression(e));
        }
        return out;
    }

    private static ArrayNode traversal(List<Traverser> steps) {
        ArrayNode out = JSON.arrayNode(steps.size());
        for (Traverser step : steps) {
            ObjectNode s = out.addObject();
            if (step instanceof Traverser.Root r) {
                s.put("root", r.name());
            } else if (step instanceof Traverser.Attr a) {
                s.put("attr", a.name());
            } else if (step instanceof Traverser.Index i) {
                s.set("index", value(i.key()));
            }
            s.set("r", range(step.range()));
        }
        return out;
    }

    /** A literal value or index key: string, number (exact), bool or null. */
    private static JsonNode value(Object v) {
        if (v == null) {
            return JSON.nullNode();
        }
        if (v instanceof String s) {
            return JSON.textNode(s);
        }
        if (v instanceof BigDecimal d) {
            return JSON.numberNode(d);
        }
        if (v instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        // not a value of the documented kinds: make it visible in the comparison
        return JSON.textNode("<" + v.getClass().getSimpleName() + ": " + v + ">");
    }
}
