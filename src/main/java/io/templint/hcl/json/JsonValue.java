package io.templint.hcl.json;

import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import java.util.List;

/**
 * A JSON value as read from a file, with the source range of every token. This is the first stage
 * of the JSON reader: it keeps duplicate property names and property order, which HCL's JSON
 * syntax needs and ordinary JSON object models lose.
 */
sealed interface JsonValue {

    /** The value's full range (for containers from the opening to the closing bracket). */
    Range range();

    /** A short name of the value's kind for messages ("a string", "an array"). */
    String kindName();

    /**
     * An object.
     *
     * @param complete false when the file ended or broke before the closing brace was read
     */
    record JsonObject(List<JsonProperty> properties, Range openRange, Range closeRange, Range range,
                      boolean complete) implements JsonValue {
        public JsonObject {
            properties = List.copyOf(properties);
        }

        @Override
        public String kindName() {
            return "an object";
        }
    }

    /** One {@code "name": value} member of an object. */
    record JsonProperty(String name, Range nameRange, Range colonRange, JsonValue value) {
        /** From the start of the name to the end of the value. */
        Range range() {
            return Range.between(nameRange, value.range());
        }
    }

    /**
     * An array.
     *
     * @param complete false when the file ended or broke before the closing bracket was read
     */
    record JsonArray(List<JsonValue> items, Range openRange, Range range, boolean complete) implements JsonValue {
        public JsonArray {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "an array";
        }
    }

    /** A string; {@code range} includes the quotes, {@code value} has escapes decoded. */
    record JsonString(String value, Range range) implements JsonValue {
        /** Where the characters between the quotes start (strings never span lines). */
        Pos contentStart() {
            Pos s = range.start();
            return new Pos(s.line(), s.column() + 1, s.byteOffset() + 1);
        }

        /** The range between the quotes. */
        Range contentRange() {
            Pos e = range.end();
            Pos end = new Pos(e.line(), e.column() - 1, e.byteOffset() - 1);
            return new Range(range.filename(), contentStart(), end);
        }

        @Override
        public String kindName() {
            return "a string";
        }
    }

    /** A number, with its text exactly as written. */
    record JsonNumber(String text, Range range) implements JsonValue {
        @Override
        public String kindName() {
            return "a number";
        }
    }

    /** {@code true} or {@code false}. */
    record JsonBool(boolean value, Range range) implements JsonValue {
        @Override
        public String kindName() {
            return "a boolean";
        }
    }

    /** {@code null}. */
    record JsonNull(Range range) implements JsonValue {
        @Override
        public String kindName() {
            return "null";
        }
    }
}
