package io.templint.eval.functions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.templint.eval.Numbers;
import io.templint.eval.Type;
import io.templint.eval.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON as Terraform's {@code jsonencode} writes it and {@code jsondecode} reads it. */
final class Json {

    private Json() { }

    /** The factory {@code jsondecode} reads with, made on its first call ({@code jsonencode} needs none). */
    private static final class Decoder {
        static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Value.MAX_DEPTH + 10).maxNumberLength(10_000).build())
            .build();
    }

    /** Encodes a wholly known value: keys sorted, {@code <>&} escaped as Go's encoder does. */
    static String encode(Value v) {
        StringBuilder sb = new StringBuilder();
        encode(sb, v);
        return sb.toString();
    }

    private static void encode(StringBuilder sb, Value v) {
        if (v.isNull()) {
            sb.append("null");
            return;
        }
        Object c = v.content();
        if (c instanceof String s) {
            sb.append(quote(s, true));
        } else if (c instanceof BigDecimal n) {
            sb.append(Numbers.format(n));
        } else if (c instanceof Boolean b) {
            sb.append(b);
        } else if (c instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                encode(sb, (Value) l.get(i));
            }
            sb.append(']');
        } else if (c instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",").append(quote((String) e.getKey(), true)).append(':');
                encode(sb, (Value) e.getValue());
                first = false;
            }
            sb.append('}');
        }
    }

    /** A JSON string literal; with {@code html}, {@code < > &} and U+2028/9 are escaped too. */
    static String quote(String s, boolean html) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    boolean escape = ch < 0x20 || (html && (ch == '<' || ch == '>' || ch == '&'))
                        || ch == '\u2028' || ch == '\u2029';
                    if (escape) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Decodes JSON: objects to objects, arrays to tuples, numbers exactly. */
    static Value decode(String text, CallContext ctx) throws FunctionException {
        try (JsonParser p = Decoder.FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new FunctionException(0, "the string is not valid JSON: no value.");
            }
            Value v = read(p, t, ctx, 0);
            if (p.nextToken() != null) {
                throw new FunctionException(0, "the string is not valid JSON: extra data after the value.");
            }
            return v;
        } catch (IOException e) {
            String msg = e.getMessage() == null ? "invalid JSON" : e.getMessage().split("\n")[0];
            throw new FunctionException(0, "the string is not valid JSON: " + msg);
        }
    }

    /**
     * Reads one value. Terraform's decoder (cty's, on Go's token stream) has no nesting limit, so
     * nesting deeper than templint's values may ({@link Value#MAX_DEPTH}) is a limit reached, an
     * unknown value with a warning, not an invalid JSON error.
     */
    private static Value read(JsonParser p, JsonToken t, CallContext ctx, int depth) throws IOException, FunctionException {
        ctx.step(1);
        if (depth >= Value.MAX_DEPTH && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
            throw ctx.limitReached("The JSON document nests arrays and objects more than " + Value.MAX_DEPTH
                + " levels deep, the deepest value templint evaluates.");
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Value> m = new LinkedHashMap<>();
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Value v = read(p, p.nextToken(), ctx, depth + 1);
                    if (m.put(name, v) != null) {
                        throw new FunctionException(0, "the string is not valid JSON: duplicate key \"" + name + "\".");
                    }
                }
                ctx.checkCollection(m.size());
                return Value.object(m);
            }
            case START_ARRAY: {
                List<Value> l = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    l.add(read(p, t, ctx, depth + 1));
                    ctx.checkCollection(l.size());
                }
                return Value.tuple(l);
            }
            case VALUE_STRING:
                return Value.string(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return Value.number(p.getDecimalValue());
            case VALUE_TRUE:
                return Value.TRUE;
            case VALUE_FALSE:
                return Value.FALSE;
            case VALUE_NULL:
                return Value.nullOf(Type.DYNAMIC);
            default:
                throw new FunctionException(0, "the string is not valid JSON.");
        }
    }
}
