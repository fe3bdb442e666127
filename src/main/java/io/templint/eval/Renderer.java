package io.templint.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Renders values as HCL-like text for messages: {@code ["a", 1]}, <code>{ a = true }</code>,
 * {@code (unknown string)}, {@code (sensitive value)}. Output is cut at a maximum length.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class Renderer {

    private Renderer() { }

    /** Renders {@code v}, showing sensitive content. */
    public static String render(Value v, int maxChars) {
        StringBuilder sb = new StringBuilder();
        append(sb, v, maxChars, false);
        return cut(sb, maxChars);
    }

    /** Renders {@code v} with every sensitive part replaced by {@code (sensitive value)}. */
    public static String redacted(Value v, int maxChars) {
        StringBuilder sb = new StringBuilder();
        append(sb, v, maxChars, true);
        return cut(sb, maxChars);
    }

    private static String cut(StringBuilder sb, int maxChars) {
        return sb.length() <= maxChars ? sb.toString() : sb.substring(0, Math.max(0, maxChars)) + "...";
    }

    private static void append(StringBuilder sb, Value v, int max, boolean redact) {
        if (sb.length() > max) {
            return;
        }
        if (redact && v.isSensitive()) {
            sb.append("(sensitive value)");
            return;
        }
        if (v.isUnknown()) {
            sb.append("(unknown ").append(v.type().friendlyName()).append(')');
            return;
        }
        if (v.isNull()) {
            sb.append("null");
            return;
        }
        Object c = v.content();
        if (c instanceof String s) {
            quote(sb, s, max);
        } else if (c instanceof BigDecimal n) {
            sb.append(Numbers.format(n));
        } else if (c instanceof Boolean b) {
            sb.append(b);
        } else if (c instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size() && sb.length() <= max; i++) {
                sb.append(i == 0 ? "" : ", ");
                append(sb, (Value) l.get(i), max, redact);
            }
            sb.append(']');
        } else if (c instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{ ");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (sb.length() > max) {
                    break;
                }
                sb.append(first ? "" : ", ");
                String k = (String) e.getKey();
                if (k.matches("[A-Za-z_][A-Za-z0-9_-]*") && !k.equals("null") && !k.equals("true")
                        && !k.equals("false")) {
                    sb.append(k);
                } else {
                    quote(sb, k, max);
                }
                sb.append(" = ");
                append(sb, (Value) e.getValue(), max, redact);
                first = false;
            }
            sb.append(" }");
        }
    }

    /** Appends {@code s} as an HCL quoted string. */
    static void quote(StringBuilder sb, String s, int max) {
        sb.append('"');
        for (int i = 0; i < s.length() && sb.length() <= max; i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }
}
