package io.templint.hcl.json;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Expression.LiteralValue;
import io.templint.hcl.Expression.ObjectCons;
import io.templint.hcl.Expression.ObjectConsKey;
import io.templint.hcl.Expression.ObjectItem;
import io.templint.hcl.Expression.TupleCons;
import io.templint.hcl.json.JsonValue.JsonArray;
import io.templint.hcl.json.JsonValue.JsonBool;
import io.templint.hcl.json.JsonValue.JsonNumber;
import io.templint.hcl.json.JsonValue.JsonObject;
import io.templint.hcl.json.JsonValue.JsonProperty;
import io.templint.hcl.json.JsonValue.JsonString;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns a JSON value into an expression: objects into {@link ObjectCons} (keys are
 * {@link ObjectConsKey}s), arrays into {@link TupleCons}, numbers into exact {@link BigDecimal}
 * literals, booleans and null into literals, strings as their {@link ValueMode} says.
 * Works without recursion, so values nested as deep as the JSON reader allows are safe.
 */
final class ExpressionDecoder {

    private final StringExpressions strings;
    private final List<Diagnostic> diagnostics;

    ExpressionDecoder(StringExpressions strings, List<Diagnostic> diagnostics) {
        this.strings = strings;
        this.diagnostics = diagnostics;
    }

    /** {@code value} as an expression read in {@code mode}. */
    Expression decode(JsonValue value, ValueMode mode) {
        if (!(value instanceof JsonObject || value instanceof JsonArray)) {
            return scalar(value, mode);
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(value, mode));
        while (true) {
            Frame top = stack.peek();
            if (top.hasNext()) {
                JsonValue child = top.nextChild();
                ValueMode childMode = top.childMode();
                if (child instanceof JsonObject || child instanceof JsonArray) {
                    stack.push(new Frame(child, childMode));
                } else {
                    top.done.add(scalar(child, childMode));
                }
                continue;
            }
            stack.pop();
            Expression built = top.build();
            if (stack.isEmpty()) {
                return built;
            }
            stack.peek().done.add(built);
        }
    }

    private Expression scalar(JsonValue v, ValueMode mode) {
        if (v instanceof JsonString s) {
            return strings.read(s, mode.strings());
        } else if (v instanceof JsonNumber n) {
            return number(n);
        } else if (v instanceof JsonBool b) {
            return new LiteralValue(b.value(), b.range());
        }
        return new LiteralValue(null, v.range());
    }

    private Expression number(JsonNumber n) {
        try {
            return new LiteralValue(new BigDecimal(n.text()), n.range());
        } catch (NumberFormatException | ArithmeticException e) {
            // e.g. an exponent beyond what BigDecimal represents: 1e9999999999
            diagnostics.add(Diagnostic.error("Invalid JSON number",
                "The number " + abbreviate(n.text()) + " is out of the supported range.", n.range()));
            return new Expression.SyntaxError(n.range());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** An object or array whose members are being converted. */
    private final class Frame {
        final JsonValue node;
        final ValueMode mode;
        final List<Expression> done = new ArrayList<>();
        int next;

        Frame(JsonValue node, ValueMode mode) {
            this.node = node;
            this.mode = mode;
        }

        boolean hasNext() {
            return next < size();
        }

        private int size() {
            return node instanceof JsonObject o ? o.properties().size() : ((JsonArray) node).items().size();
        }

        /** The next member, advancing; call {@link #childMode()} right after. */
        JsonValue nextChild() {
            next++;
            return node instanceof JsonObject o
                ? o.properties().get(next - 1).value()
                : ((JsonArray) node).items().get(next - 1);
        }

        /** The mode of the member last returned by {@link #nextChild()}. */
        ValueMode childMode() {
            return node instanceof JsonObject o ? mode.property(o.properties().get(next - 1).name()) : mode;
        }

        Expression build() {
            if (node instanceof JsonArray a) {
                return new TupleCons(done, a.openRange(), a.range());
            }
            JsonObject o = (JsonObject) node;
            List<ObjectItem> items = new ArrayList<>(done.size());
            for (int i = 0; i < done.size(); i++) {
                JsonProperty p = o.properties().get(i);
                JsonString keyString = new JsonString(p.name(), p.nameRange());
                Expression key = strings.read(keyString, mode.strings());
                items.add(new ObjectItem(new ObjectConsKey(key, false, p.nameRange()), done.get(i)));
            }
            return new ObjectCons(items, o.openRange(), o.range());
        }
    }
}
