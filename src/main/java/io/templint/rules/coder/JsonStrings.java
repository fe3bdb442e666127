package io.templint.rules.coder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** A JSON-encoded list of strings, as the provider decodes a {@code list(string)} parameter value. */
final class JsonStrings {

    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonStrings() { }

    /** The strings of {@code text}, empty for JSON {@code null}, or null when it is not a list of strings. */
    static List<String> list(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (node == null || node.isMissingNode()) {
            return null;
        }
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : node) {
            if (e.isNull()) {
                out.add(""); // Go leaves a string it decodes null into as it was
            } else if (e.isTextual()) {
                out.add(e.textValue());
            } else {
                return null;
            }
        }
        return out;
    }
}
