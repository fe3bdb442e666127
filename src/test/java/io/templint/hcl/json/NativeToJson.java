package io.templint.hcl.json;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Expression;
import io.templint.hcl.Expression.LiteralValue;
import io.templint.hcl.Expression.ObjectCons;
import io.templint.hcl.Expression.ObjectConsKey;
import io.templint.hcl.Expression.ObjectItem;
import io.templint.hcl.Expression.Template;
import io.templint.hcl.Expression.TupleCons;
import io.templint.hcl.HclFile;
import io.templint.hcl.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: writes a native-syntax file as Terraform JSON syntax, following the same rules the
 * reader applies (blocks of the schema table as blocks, other nested blocks as arrays of objects,
 * references and keywords as plain strings, literal settings as JSON values, everything else as a
 * {@code "${...}"} template).
 */
final class NativeToJson {

    private final HclFile file;

    private NativeToJson(HclFile file) {
        this.file = file;
    }

    /** {@code file} (native syntax, read without errors) as JSON text. */
    static String convert(HclFile file) {
        StringBuilder out = new StringBuilder();
        new NativeToJson(file).body(file.body(), TerraformJsonSchema.CONFIGURATION, out);
        return out.toString();
    }

    private void body(Body body, BodySchema schema, StringBuilder out) {
        // Blocks unknown to the schema become one attribute holding an array, at their first place.
        Map<String, List<Block>> unknown = new LinkedHashMap<>();
        for (Block b : body.blocks()) {
            if (schema.block(b.type()) == null) {
                unknown.computeIfAbsent(b.type(), k -> new ArrayList<>()).add(b);
            }
        }
        out.append('{');
        boolean first = true;
        for (BodyItem item : body.items()) {
            if (item instanceof Block b && schema.block(b.type()) == null && unknown.get(b.type()).get(0) != b) {
                continue;
            }
            if (!first) {
                out.append(",\n");
            }
            first = false;
            if (item instanceof Attribute a) {
                string(a.name(), out);
                out.append(": ");
                value(a.expression(), schema.modeOf(a.name()), out);
            } else if (item instanceof Block b) {
                string(b.type(), out);
                out.append(": ");
                BlockSchema known = schema.block(b.type());
                if (known == null) {
                    out.append('[');
                    List<Block> all = unknown.get(b.type());
                    for (int i = 0; i < all.size(); i++) {
                        if (i > 0) {
                            out.append(", ");
                        }
                        body(all.get(i).body(), TerraformJsonSchema.OPAQUE.toBuilder().dynamicBlocks().build(), out);
                    }
                    out.append(']');
                } else {
                    for (Label l : b.labels()) {
                        out.append('{');
                        string(l.value(), out);
                        out.append(": ");
                    }
                    body(b.body(), known.bodyFor(b.labelValues(), schema), out);
                    out.append("}".repeat(b.labels().size()));
                }
            }
        }
        out.append('}');
    }

    private void value(Expression e, ValueMode mode, StringBuilder out) {
        switch (mode.strings()) {
            case EXPRESSION -> {
                if (e instanceof TupleCons t) {
                    out.append('[');
                    for (int i = 0; i < t.items().size(); i++) {
                        if (i > 0) {
                            out.append(", ");
                        }
                        value(t.items().get(i), mode, out);
                    }
                    out.append(']');
                } else if (e instanceof ObjectCons o) {
                    object(o, mode, out);
                } else {
                    string(file.text(e), out);
                }
            }
            case LITERAL -> {
                if (!literal(e, mode, out)) {
                    template(e, out);
                }
            }
            default -> template(e, out);
        }
    }

    private void object(ObjectCons o, ValueMode mode, StringBuilder out) {
        out.append('{');
        for (int i = 0; i < o.items().size(); i++) {
            ObjectItem it = o.items().get(i);
            if (i > 0) {
                out.append(", ");
            }
            String key = keyName(it.key());
            string(key, out);
            out.append(": ");
            value(it.value(), mode.property(key), out);
        }
        out.append('}');
    }

    private String keyName(Expression key) {
        if (key instanceof ObjectConsKey k) {
            if (k.bareName() != null) {
                return k.bareName();
            }
            if (k.wrapped() instanceof Template t && t.isStringLiteral()) {
                return t.literalString();
            }
            return file.text(k.wrapped());
        }
        return file.text(key);
    }

    /** Writes a literal value as JSON; false when {@code e} is not a literal. */
    private boolean literal(Expression e, ValueMode mode, StringBuilder out) {
        if (e instanceof LiteralValue l) {
            Object v = l.value();
            out.append(v instanceof BigDecimal d ? d.toString() : String.valueOf(v));
            return true;
        }
        if (e instanceof Template t && t.isStringLiteral()) {
            string(t.literalString(), out);
            return true;
        }
        if (e instanceof TupleCons || e instanceof ObjectCons) {
            StringBuilder sb = new StringBuilder();
            boolean ok = e instanceof TupleCons t ? literalTuple(t, mode, sb) : literalObject((ObjectCons) e, mode, sb);
            if (ok) {
                out.append(sb);
            }
            return ok;
        }
        return false;
    }

    private boolean literalTuple(TupleCons t, ValueMode mode, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < t.items().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            if (!literal(t.items().get(i), mode, out)) {
                return false;
            }
        }
        out.append(']');
        return true;
    }

    private boolean literalObject(ObjectCons o, ValueMode mode, StringBuilder out) {
        out.append('{');
        for (int i = 0; i < o.items().size(); i++) {
            ObjectItem it = o.items().get(i);
            if (i > 0) {
                out.append(", ");
            }
            String key = keyName(it.key());
            string(key, out);
            out.append(": ");
            ValueMode m = mode.property(key);
            if (m.strings() == ValueMode.Strings.EXPRESSION) {
                value(it.value(), m, out);
            } else if (!literal(it.value(), m, out)) {
                return false;
            }
        }
        out.append('}');
        return true;
    }

    private void template(Expression e, StringBuilder out) {
        if (e instanceof Template t && t.isStringLiteral()) {
            string(t.literalString().replace("${", "$${").replace("%{", "%%{"), out);
        } else if (e instanceof LiteralValue l) {
            literal(l, ValueMode.Strings.LITERAL, out);
        } else {
            string("${" + file.text(e) + "\n}", out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
