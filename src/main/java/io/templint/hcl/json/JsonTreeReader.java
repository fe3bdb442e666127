package io.templint.hcl.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.Severity;
import io.templint.hcl.json.JsonValue.JsonArray;
import io.templint.hcl.json.JsonValue.JsonBool;
import io.templint.hcl.json.JsonValue.JsonNull;
import io.templint.hcl.json.JsonValue.JsonNumber;
import io.templint.hcl.json.JsonValue.JsonObject;
import io.templint.hcl.json.JsonValue.JsonProperty;
import io.templint.hcl.json.JsonValue.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON bytes into a {@link JsonValue} tree with Jackson's streaming parser, without
 * recursion: nesting is bounded only by {@link ParseOptions#maxNestingDepth()}, and deeper input
 * is a diagnostic.
 *
 * <p>A syntax error becomes one diagnostic. The values read before it are kept (containers still
 * open are closed at the error and marked incomplete) so that later stages can still see what
 * the readable part of a broken file declares.
 */
final class JsonTreeReader {

    /** Longest number literal read; longer ones are reported (decoding them exactly would be slow). */
    static final int MAX_NUMBER_LENGTH = 10_000;

    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Pattern SOURCE_NOTE =
        Pattern.compile("\\s*\\(start marker at \\[Source:.*?\\]\\)", Pattern.DOTALL);

    /** The factory for the default options; Jackson factories are thread-safe and worth reusing. */
    private static final JsonFactory DEFAULT_FACTORY = factory(ParseOptions.DEFAULTS.maxNestingDepth());

    private final byte[] bytes;
    private final SourcePositions positions;
    private final ParseOptions options;
    private final List<Diagnostic> diagnostics;
    private final Deque<Container> open = new ArrayDeque<>();

    private JsonTreeReader(byte[] bytes, SourcePositions positions, ParseOptions options,
                           List<Diagnostic> diagnostics) {
        this.bytes = bytes;
        this.positions = positions;
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /**
     * Reads the single JSON value of {@code bytes}, which must be well-formed UTF-8 without NUL
     * bytes in the first four (Jackson would take those for UTF-16 or UTF-32). Returns null when
     * there is no value at all; problems are added to {@code diagnostics}.
     */
    static JsonValue read(byte[] bytes, SourcePositions positions, ParseOptions options,
                          List<Diagnostic> diagnostics) {
        return new JsonTreeReader(bytes, positions, options, diagnostics).read();
    }

    private static JsonFactory factory(int maxNestingDepth) {
        return JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                // strings and names are bounded by the file size, which the caller has checked
                .maxStringLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build())
            // Canonicalized names keep Jackson on its byte-based parser, which reports byte offsets;
            // a flood of colliding names must slow it down, not make it throw.
            .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();
    }

    private JsonValue read() {
        JsonFactory factory = options.maxNestingDepth() == ParseOptions.DEFAULTS.maxNestingDepth()
            ? DEFAULT_FACTORY
            : factory(options.maxNestingDepth());
        JsonParser parser = null;
        JsonValue root = null;
        try {
            parser = factory.createParser(bytes);
            root = readValue(parser);
            if (root != null && parser.nextToken() != null) {
                int at = (int) parser.currentTokenLocation().getByteOffset();
                diagnostics.add(Diagnostic.error("Extraneous data after value",
                    "Extra characters appear after the JSON value; a file holds exactly one JSON value.",
                    positions.range(at, at + 1)));
            }
            return root;
        } catch (JsonProcessingException e) {
            reportSyntaxError(e, parser);
        } catch (IOException e) {
            // Reading a byte array does not fail with I/O errors; keep it a diagnostic all the same.
            diagnostics.add(Diagnostic.error("Invalid JSON", String.valueOf(e.getMessage()),
                Range.at(positions.filename(), positions.end())));
        } finally {
            closeQuietly(parser);
        }
        // after a complete value only the trailing data was broken: keep the value
        return root != null ? root : closeOpenContainers();
    }

    /** Reads one whole value; null at the end of input. */
    private JsonValue readValue(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            int start = (int) p.currentTokenLocation().getByteOffset();
            switch (t) {
                case FIELD_NAME -> {
                    Container c = open.peek();
                    c.pendingName = p.getText();
                    c.pendingNameRange = positions.range(start, stringEnd(start));
                }
                case START_OBJECT, START_ARRAY -> {
                    Range colon = colonBefore(start);
                    open.push(new Container(t == JsonToken.START_OBJECT, colon, positions.range(start, start + 1)));
                }
                case END_OBJECT, END_ARRAY -> {
                    Container c = open.pop();
                    JsonValue v = c.close(positions.range(start, start + 1), true);
                    if (open.isEmpty()) {
                        return v;
                    }
                    open.peek().add(v, c.colon);
                }
                default -> {
                    Range colon = colonBefore(start);
                    JsonValue v = scalar(p, t, start);
                    if (open.isEmpty()) {
                        return v;
                    }
                    open.peek().add(v, colon);
                }
            }
        }
        return null;
    }

    private JsonValue scalar(JsonParser p, JsonToken t, int start) throws IOException {
        return switch (t) {
            case VALUE_STRING -> {
                String text = p.getText();
                yield new JsonString(text, positions.range(start, stringEnd(start)));
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String text = p.getText();
                yield new JsonNumber(text, positions.range(start, start + text.length()));
            }
            case VALUE_TRUE -> new JsonBool(true, positions.range(start, start + 4));
            case VALUE_FALSE -> new JsonBool(false, positions.range(start, start + 5));
            default -> new JsonNull(positions.range(start, start + 4));
        };
    }

    /** The end offset (after the closing quote) of the string token starting at {@code start}. */
    private int stringEnd(int start) {
        int i = start + 1;
        while (i < bytes.length) {
            byte b = bytes[i];
            if (b == '\\') {
                i += 2;
            } else if (b == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return bytes.length;
    }

    /** The colon between a property name and the value starting at {@code valueStart}, if any. */
    private Range colonBefore(int valueStart) {
        Container parent = open.peek();
        if (parent == null || !parent.object) {
            return null;
        }
        int i = valueStart - 1;
        while (i >= 0 && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i--;
        }
        return i >= 0 && bytes[i] == ':' ? positions.range(i, i + 1) : null;
    }

    private void reportSyntaxError(JsonProcessingException e, JsonParser parser) {
        int at = errorOffset(e, parser);
        String message = SOURCE_NOTE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
        message = message.replace('\n', ' ').trim();
        int length = 1;
        Matcher unrecognized = UNRECOGNIZED_TOKEN.matcher(message);
        if (unrecognized.find()) {
            // Jackson reports a position somewhat after the bad token; point at the token itself.
            byte[] token = unrecognized.group(1).getBytes(StandardCharsets.UTF_8);
            int found = lastIndexOf(token, at);
            if (found >= 0) {
                at = found;
                length = token.length;
                if (isFirstToken(found)) {
                    message += ". A JSON file must start with \"{\"; this looks like native HCL syntax,"
                        + " which belongs in a file ending in .tf, not .tf.json";
                }
            }
        }
        if (at >= bytes.length) {
            length = 0;
        }
        Range subject = positions.range(at, Math.min(bytes.length, at + length));
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                diagnostics.add(Diagnostic.error("Nesting too deep",
                    "Objects and arrays are nested more than " + options.maxNestingDepth()
                        + " levels deep here; the rest of the file is not read.", subject));
            } else if (message.contains("Number value length")) {
                diagnostics.add(Diagnostic.error("Number too long",
                    "A JSON number of more than " + MAX_NUMBER_LENGTH + " characters is not supported.", subject));
            } else {
                diagnostics.add(Diagnostic.error("Invalid JSON", message, subject));
            }
            return;
        }
        if (e instanceof JsonEOFException && !open.isEmpty()) {
            Container unclosed = open.peek();
            String what = unclosed.object ? "object" : "array";
            diagnostics.add(new Diagnostic(Severity.ERROR, "Unclosed " + what,
                "The file ends before this JSON " + what + " is closed (" + message + ").",
                unclosed.openRange, subject));
            return;
        }
        diagnostics.add(Diagnostic.error("Invalid JSON", message, subject));
    }

    private int errorOffset(JsonProcessingException e, JsonParser parser) {
        JsonLocation loc = e.getLocation();
        long at = loc == null ? -1 : loc.getByteOffset();
        if (at < 0 && parser != null) {
            at = parser.currentLocation().getByteOffset();
        }
        return (int) Math.max(0, Math.min(at, bytes.length));
    }

    private boolean isFirstToken(int offset) {
        for (int i = 0; i < offset; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
                    && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code token} last starts at or shortly before {@code before}, or -1. */
    private int lastIndexOf(byte[] token, int before) {
        if (token.length == 0) {
            return -1;
        }
        int lowest = Math.max(0, before - token.length - 16);
        outer:
        for (int from = Math.min(before, bytes.length) - token.length; from >= lowest; from--) {
            for (int i = 0; i < token.length; i++) {
                if (bytes[from + i] != token[i]) {
                    continue outer;
                }
            }
            return from;
        }
        return -1;
    }

    /** After a syntax error: closes the containers still open, innermost first. */
    private JsonValue closeOpenContainers() {
        JsonValue done = null;
        Range doneColon = null;
        while (!open.isEmpty()) {
            Container c = open.pop();
            if (done != null) {
                c.add(done, doneColon);
            }
            done = c.close(Range.at(positions.filename(), c.lastEnd()), false);
            doneColon = c.colon;
        }
        return done;
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // nothing to release for a byte array
            }
        }
    }

    /** An object or array whose closing bracket has not been read yet. */
    private static final class Container {
        final boolean object;
        final Range colon;
        final Range openRange;
        final List<JsonProperty> properties = new ArrayList<>();
        final List<JsonValue> items = new ArrayList<>();
        String pendingName;
        Range pendingNameRange;

        Container(boolean object, Range colon, Range openRange) {
            this.object = object;
            this.colon = colon;
            this.openRange = openRange;
        }

        void add(JsonValue v, Range colonRange) {
            if (object) {
                if (pendingName != null) {
                    properties.add(new JsonProperty(pendingName, pendingNameRange, colonRange, v));
                    pendingName = null;
                }
            } else {
                items.add(v);
            }
        }

        /** The end of the last complete thing read inside this container. */
        Pos lastEnd() {
            if (object) {
                return properties.isEmpty() ? openRange.end() : properties.get(properties.size() - 1).value().range().end();
            }
            return items.isEmpty() ? openRange.end() : items.get(items.size() - 1).range().end();
        }

        JsonValue close(Range closeRange, boolean complete) {
            Range whole = Range.between(openRange, closeRange);
            return object
                ? new JsonObject(properties, openRange, closeRange, whole, complete)
                : new JsonArray(items, openRange, whole, complete);
        }
    }
}
