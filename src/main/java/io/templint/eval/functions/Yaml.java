package io.templint.eval.functions;

import io.templint.eval.Numbers;
import io.templint.eval.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * YAML as Terraform's {@code yamlencode} writes it: block style, double-quoted strings and keys,
 * literal blocks for multi-line strings, sequences at their key's indentation, flow style only
 * for empty collections.
 */
final class Yaml {

    private Yaml() { }

    static String encode(Value v) {
        StringBuilder sb = new StringBuilder();
        if (isBlock(v)) {
            block(sb, v, 0);
        } else {
            sb.append(scalar(v, 0)).append('\n');
        }
        return sb.toString();
    }

    private static boolean isBlock(Value v) {
        return v.isKnownNonNull() && (v.isSequence() || v.isMapping()) && v.length() > 0;
    }

    private static void block(StringBuilder sb, Value v, int indent) {
        String pad = " ".repeat(indent);
        if (v.isSequence()) {
            for (Value e : v.elements()) {
                sb.append(pad).append("-");
                if (isBlock(e)) {
                    if (e.isMapping()) {
                        StringBuilder inner = new StringBuilder();
                        block(inner, e, indent + 2);
                        sb.append(' ').append(inner.substring(indent + 2));
                    } else {
                        sb.append('\n');
                        block(sb, e, indent + 2);
                    }
                } else {
                    sb.append(' ').append(scalar(e, indent + 2)).append('\n');
                }
            }
            return;
        }
        for (Map.Entry<String, Value> e : v.attributes().entrySet()) {
            sb.append(pad).append(Json.quote(e.getKey(), false)).append(':');
            Value x = e.getValue();
            if (isBlock(x)) {
                sb.append('\n');
                block(sb, x, x.isSequence() ? indent : indent + 2);
            } else {
                sb.append(' ').append(scalar(x, indent + 2)).append('\n');
            }
        }
    }

    private static String scalar(Value v, int indent) {
        if (v.isNull()) {
            return "null";
        }
        Object c = v.content();
        if (c instanceof String s) {
            if (s.contains("\n") && !s.endsWith("\n\n") && s.chars().noneMatch(ch -> ch < 0x20 && ch != '\n')) {
                String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
                StringBuilder sb = new StringBuilder(s.endsWith("\n") ? "|" : "|-");
                String pad = " ".repeat(Math.max(indent, 2));
                for (String line : body.split("\n", -1)) {
                    sb.append('\n');
                    if (!line.isEmpty()) {
                        sb.append(pad).append(line);
                    }
                }
                return sb.toString();
            }
            return Json.quote(s, false);
        }
        if (c instanceof BigDecimal n) {
            return Numbers.format(n);
        }
        if (c instanceof Boolean b) {
            return b.toString();
        }
        if (c instanceof List<?>) {
            return "[]";
        }
        return "{}";
    }
}
