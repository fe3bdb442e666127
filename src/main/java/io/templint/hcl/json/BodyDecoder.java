package io.templint.hcl.json;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Comment;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Label;
import io.templint.hcl.Range;
import io.templint.hcl.Severity;
import io.templint.hcl.json.JsonValue.JsonArray;
import io.templint.hcl.json.JsonValue.JsonNull;
import io.templint.hcl.json.JsonValue.JsonObject;
import io.templint.hcl.json.JsonValue.JsonProperty;
import io.templint.hcl.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interprets JSON values as HCL bodies following a {@link BodySchema}, the way HCL's JSON syntax
 * does: a body is an object or an array of objects whose properties are visited in order; a
 * property naming a block type holds one nested object level per label and then one body or an
 * array of bodies (repeated blocks); every other property is an attribute; {@code "//"}
 * properties are comments.
 *
 * <p>Recursion follows the schema's nesting, which is bounded except through {@code dynamic}
 * blocks of unknown content; {@link #MAX_BLOCK_DEPTH} bounds that.
 */
final class BodyDecoder {

    /** Deepest nesting of blocks that is read. */
    static final int MAX_BLOCK_DEPTH = 100;

    private static final String COMMENT_KEY = "//";

    private final ExpressionDecoder expressions;
    private final List<Diagnostic> diagnostics;
    private final List<Comment> comments;

    BodyDecoder(ExpressionDecoder expressions, List<Diagnostic> diagnostics, List<Comment> comments) {
        this.expressions = expressions;
        this.diagnostics = diagnostics;
        this.comments = comments;
    }

    /** The body that {@code value} represents, with the given range and end range. */
    Body decode(JsonValue value, BodySchema schema, Range range, Range endRange) {
        return new Body(items(value, schema, 0), range, endRange);
    }

    private Body body(JsonValue value, BodySchema schema, int depth) {
        Range endRange = value instanceof JsonObject o
            ? Range.at(o.closeRange().filename(), o.closeRange().start())
            : Range.at(value.range().filename(), value.range().end());
        return new Body(items(value, schema, depth), value.range(), endRange);
    }

    private List<BodyItem> items(JsonValue value, BodySchema schema, int depth) {
        List<BodyItem> items = new ArrayList<>();
        Map<String, Attribute> attributes = new HashMap<>();
        for (JsonProperty p : bodyProperties(value, schema)) {
            if (p.name().equals(COMMENT_KEY)) {
                comment(p);
                continue;
            }
            BlockSchema block = schema.block(p.name());
            if (block == null && schema.unknownObjectsAreBlocks() && holdsObjects(p.value())) {
                block = BlockSchema.of(p.name(), TerraformJsonSchema.OPAQUE);
            }
            if (block != null) {
                if (depth >= MAX_BLOCK_DEPTH) {
                    diagnostics.add(Diagnostic.error("Blocks nested too deeply",
                        "Blocks are nested more than " + MAX_BLOCK_DEPTH + " levels deep here; the inner ones are not read.",
                        p.nameRange()));
                    continue;
                }
                unpackBlock(p.value(), block, schema, p.nameRange(), new ArrayList<>(), items, depth + 1);
                continue;
            }
            Attribute previous = attributes.get(p.name());
            if (previous != null) {
                diagnostics.add(new Diagnostic(Severity.ERROR,
                    schema.attributesOnly() ? "Duplicate attribute definition" : "Duplicate argument",
                    "The argument \"" + p.name() + "\" was already set at " + previous.nameRange() + ".",
                    p.nameRange(), p.range()));
                continue;
            }
            Attribute a = new Attribute(p.name(), p.nameRange(),
                expressions.decode(p.value(), schema.modeOf(p.name())), p.colonRange(), p.range());
            attributes.put(p.name(), a);
            items.add(a);
        }
        return items;
    }

    /** The properties of a body: of one object, or of each object of an array in turn. */
    private List<JsonProperty> bodyProperties(JsonValue value, BodySchema schema) {
        if (value instanceof JsonObject o) {
            return o.properties();
        }
        if (value instanceof JsonNull) {
            return List.of();
        }
        if (schema.attributesOnly()) {
            diagnostics.add(Diagnostic.error("Incorrect JSON value type",
                "A JSON object is required here, setting the arguments for this block; found "
                    + value.kindName() + ".", startOf(value)));
            return List.of();
        }
        return flatten(value, "to define arguments and child blocks");
    }

    /**
     * The properties of an object, or of each object element of an array (other elements are
     * reported); {@code purpose} completes the messages.
     */
    private List<JsonProperty> flatten(JsonValue value, String purpose) {
        if (value instanceof JsonObject o) {
            return o.properties();
        }
        if (value instanceof JsonNull) {
            return List.of();
        }
        if (value instanceof JsonArray a) {
            List<JsonProperty> out = new ArrayList<>();
            for (JsonValue item : a.items()) {
                if (item instanceof JsonObject o) {
                    out.addAll(o.properties());
                } else {
                    diagnostics.add(Diagnostic.error("Incorrect JSON value type",
                        "A JSON object is required here, " + purpose + "; found " + item.kindName() + ".",
                        startOf(item)));
                }
            }
            return out;
        }
        diagnostics.add(Diagnostic.error("Incorrect JSON value type",
            "Either a JSON object or a JSON array of objects is required here, " + purpose + "; found "
                + value.kindName() + ".", startOf(value)));
        return List.of();
    }

    /**
     * Reads the blocks that {@code value} defines for block type {@code schema}: first one object
     * level per label still missing, then one body or an array of bodies.
     */
    private void unpackBlock(JsonValue value, BlockSchema schema, BodySchema parent, Range typeRange,
                             List<Label> labels, List<BodyItem> out, int depth) {
        if (labels.size() < schema.labelNames().size()) {
            String labelName = schema.labelNames().get(labels.size());
            List<JsonProperty> props = flatten(value,
                "to specify " + labelName + " labels for this " + schema.type() + " block");
            if (props.isEmpty() && isComplete(value) && !isPrimitive(value)) {
                diagnostics.add(Diagnostic.error("Missing block label",
                    "At least one object property is required, whose name represents the " + schema.type()
                        + " block's " + labelName + ".", startOf(value)));
            }
            for (JsonProperty p : props) {
                List<Label> more = new ArrayList<>(labels);
                more.add(new Label(p.name(), p.nameRange(), true));
                unpackBlock(p.value(), schema, parent, typeRange, more, out, depth);
            }
            return;
        }
        List<String> labelValues = labels.stream().map(Label::value).toList();
        BodySchema bodySchema = schema.bodyFor(labelValues, parent);
        if (value instanceof JsonObject o) {
            Range start = labels.isEmpty() ? typeRange : labels.get(labels.size() - 1).range();
            out.add(block(schema, typeRange, labels, value, bodySchema, depth,
                Range.between(start, value.range()), o.openRange()));
        } else if (value instanceof JsonArray a) {
            for (JsonValue item : a.items()) {
                if (item instanceof JsonObject || item instanceof JsonNull
                        || item instanceof JsonArray && !bodySchema.attributesOnly()) {
                    // HCL defines every block of an array at the array's opening bracket
                    out.add(block(schema, typeRange, labels, item, bodySchema, depth, item.range(), a.openRange()));
                } else {
                    bodyProperties(item, bodySchema); // reports the wrong kind
                }
            }
        } else if (!(value instanceof JsonNull)) {
            diagnostics.add(Diagnostic.error("Incorrect JSON value type",
                "Either a JSON object or a JSON array is required, representing the contents of one or more \""
                    + schema.type() + "\" blocks; found " + value.kindName() + ".", startOf(value)));
        }
    }

    /**
     * A block whose body is {@code value}; {@code range} covers the block (from its last label, or
     * the element of an array) and {@code defRange} is where HCL defines it: the opening brace of
     * its object, or the opening bracket of its array.
     */
    private Block block(BlockSchema schema, Range typeRange, List<Label> labels, JsonValue value,
                        BodySchema bodySchema, int depth, Range range, Range defRange) {
        Body body = body(value, bodySchema, depth);
        Range open;
        Range close;
        if (value instanceof JsonObject o) {
            open = o.openRange();
            close = o.closeRange();
        } else {
            open = Range.at(value.range().filename(), value.range().start());
            close = Range.at(value.range().filename(), value.range().end());
        }
        return new Block(schema.type(), typeRange, labels, body, open, close, range, defRange);
    }

    private void comment(JsonProperty p) {
        if (p.value() instanceof JsonString s) {
            comments.add(new Comment(p.range(), s.value(), Comment.Style.DOUBLE_SLASH));
        }
    }

    private static boolean holdsObjects(JsonValue v) {
        if (v instanceof JsonObject) {
            return true;
        }
        if (v instanceof JsonArray a && !a.items().isEmpty()) {
            return a.items().stream().allMatch(i -> i instanceof JsonObject);
        }
        return false;
    }

    /** A string, number or boolean: already reported where an object is needed. */
    private static boolean isPrimitive(JsonValue v) {
        return v instanceof JsonString || v instanceof JsonValue.JsonNumber || v instanceof JsonValue.JsonBool;
    }

    private static boolean isComplete(JsonValue v) {
        if (v instanceof JsonObject o) {
            return o.complete();
        }
        return !(v instanceof JsonArray a) || a.complete();
    }

    /** The first character of a value: where HCL points for a value of the wrong kind. */
    private static Range startOf(JsonValue v) {
        if (v instanceof JsonObject o) {
            return o.openRange();
        }
        return v instanceof JsonArray a ? a.openRange() : v.range();
    }
}
