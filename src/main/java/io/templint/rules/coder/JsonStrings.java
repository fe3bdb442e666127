package io.templint.rules.coder;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON-encoded list of strings, as the provider decodes a {@code list(string)} parameter value.
 * Read token by token: a data-binding {@code ObjectMapper} would cost a command-line run tens of
 * milliseconds of class loading for a list of names.
 */
final class JsonStrings {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonStrings() { }

    /** The strings of {@code text}, empty for JSON {@code null}, or null when it is not a list of strings. */
    static List<String> list(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken t = p.nextToken();
            List<String> out;
            if (t == JsonToken.VALUE_NULL) {
                out = List.of();
            } else if (t == JsonToken.START_ARRAY) {
                out = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == JsonToken.VALUE_NULL) {
                        out.add(""); // Go leaves a string it decodes null into as it was
                    } else if (t == JsonToken.VALUE_STRING) {
                        out.add(p.getText());
                    } else {
                        return null; // a number, a nested list or object, or the end of the text
                    }
                }
            } else {
                return null; // no value at all, or one that is not a list
            }
            return p.nextToken() == null ? out : null; // one value, nothing after it
        } catch (IOException e) {
            return null;
        }
    }
}
