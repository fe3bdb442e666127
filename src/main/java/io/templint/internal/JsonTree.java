package io.templint.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * Reads a JSON document into Jackson's tree ({@link JsonNode}) with Jackson's streaming parser
 * alone, as {@code ObjectMapper.readTree} reads it (a repeated key keeps its last value, numbers as
 * int, long, big integer or double nodes, anything after the first value ignored), without making an
 * {@code ObjectMapper}: creating one sets up its date formats, locale data and type factory, about
 * 50 ms of a command-line run that reads {@code .terraform/modules/modules.json} or the module
 * catalog. Iterative, so deep nesting (up to the parser's own limit) needs no stack.
 *
 * <p>Internal helper, not part of templint's supported API.
 */
public final class JsonTree {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() { }

    /**
     * The document in {@code json}, or null when it holds no value at all.
     *
     * @throws IOException when it is not valid JSON (Jackson's parse exception and message)
     */
    public static JsonNode read(byte[] json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            return read(p);
        }
    }

    /**
     * The document read from {@code in}, or null when it holds no value at all.
     *
     * @throws IOException when it cannot be read or is not valid JSON
     */
    public static JsonNode read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            return read(p);
        }
    }

    private static JsonNode read(JsonParser p) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayDeque<JsonNode> open = new ArrayDeque<>();
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            JsonNode node;
            switch (t) {
                case FIELD_NAME -> {
                    continue;
                }
                case END_OBJECT, END_ARRAY -> {
                    JsonNode done = open.pop();
                    if (open.isEmpty()) {
                        return done;
                    }
                    continue;
                }
                case START_OBJECT -> node = nodes.objectNode();
                case START_ARRAY -> node = nodes.arrayNode();
                case VALUE_STRING -> node = nodes.textNode(p.getText());
                case VALUE_NUMBER_INT -> node = switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> node = nodes.numberNode(p.getDoubleValue());
                case VALUE_TRUE -> node = nodes.booleanNode(true);
                case VALUE_FALSE -> node = nodes.booleanNode(false);
                case VALUE_NULL -> node = nodes.nullNode();
                default -> throw new IOException("unexpected JSON token " + t);
            }
            JsonNode parent = open.peek();
            if (parent instanceof ObjectNode o) {
                o.set(p.currentName(), node);
            } else if (parent instanceof ArrayNode a) {
                a.add(node);
            }
            if (node.isContainerNode()) {
                open.push(node);
            } else if (parent == null) {
                return node;   // a document that is one scalar
            }
        }
        if (!open.isEmpty()) {
            throw new IOException("the JSON document ends before its last value is closed");
        }
        return null;
    }
}
