package io.templint.hcl.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares a reference tree with templint's, both in the reference's JSON shape, and reports every
 * difference with its JSON path ({@code body.blocks[2].body.attrs[0].expr.parts[1].r}). Numbers are
 * compared by value ({@code 1e3} equals {@code 1000}, and 60-digit decimals keep all their digits).
 */
public final class JsonDiff {

    /** What differs at a path. */
    public enum Kind {
        /** Both sides have a scalar (or range) but with different values. */
        VALUE,
        /** The two sides have different JSON types (object vs null, number vs string, ...). */
        TYPE,
        /** Two lists have different lengths. */
        LENGTH,
        /** The reference has a field templint's tree lacks. */
        MISSING,
        /** templint's tree has a field the reference lacks. */
        EXTRA
    }

    /**
     * One difference.
     *
     * @param path      where, e.g. {@code body.attrs[0].expr.r}
     * @param kind      what differs
     * @param expected  the reference's node there (null when missing)
     * @param actual    templint's node there (null when missing)
     * @param construct the innermost syntax construct around it: an expression kind ({@code Template}),
     *                  or {@code Attribute}, {@code Block}, {@code Body}, {@code Traverser}, {@code ObjectItem}
     * @param line      the source line of that construct in the reference (0 when unknown)
     */
    public record Difference(String path, Kind kind, JsonNode expected, JsonNode actual, String construct,
                             int line) {

        /** The field name at the end of the path, without indexes ({@code r}, {@code parts}, {@code k}). */
        public String field() {
            String p = path;
            while (p.endsWith("]")) {
                p = p.substring(0, p.lastIndexOf('['));
            }
            int dot = p.lastIndexOf('.');
            return dot < 0 ? p : p.substring(dot + 1);
        }

        @Override
        public String toString() {
            if (kind == Kind.LENGTH) {
                return path + ": expected " + expected.size() + " elements, got " + actual.size();
            }
            return path + ": expected " + shorten(expected) + ", got " + shorten(actual);
        }
    }

    private final int limit;
    private final List<Difference> out = new ArrayList<>();

    private JsonDiff(int limit) {
        this.limit = limit;
    }

    /**
     * The differences between {@code expected} and {@code actual}, at most {@code limit}, in document
     * order.
     */
    public static List<Difference> compare(JsonNode expected, JsonNode actual, String rootPath, int limit) {
        JsonDiff diff = new JsonDiff(limit);
        diff.node(expected, actual, rootPath, rootConstruct(rootPath), 0);
        return diff.out;
    }

    private static String rootConstruct(String rootPath) {
        return rootPath.equals("body") ? "Body" : rootPath;
    }

    private void node(JsonNode e, JsonNode a, String path, String construct, int line) {
        if (out.size() >= limit) {
            return;
        }
        if (e.isObject()) {
            String kind = e.path("k").asText(null);
            String here = kind != null ? kind : construct;
            int hereLine = lineOf(e, line);
            if (!a.isObject()) {
                add(path, Kind.TYPE, e, a, here, hereLine);
                return;
            }
            if (kind != null && !e.get("k").equals(a.get("k"))) {
                // a different kind of node: its fields cannot be compared one by one
                add(path + ".k", Kind.VALUE, e.get("k"), a.get("k"), here, hereLine);
                return;
            }
            object(e, a, path, here, hereLine);
        } else if (e.isArray()) {
            if (!a.isArray()) {
                add(path, Kind.TYPE, e, a, construct, line);
            } else if (isRange(e) && isRange(a)) {
                if (!e.equals(a)) {
                    add(path, Kind.VALUE, e, a, construct, line);
                }
            } else {
                array(e, a, path, construct, line);
            }
        } else if (e.isNumber()) {
            if (!a.isNumber()) {
                add(path, Kind.TYPE, e, a, construct, line);
            } else if (e.decimalValue().compareTo(a.decimalValue()) != 0) {
                add(path, Kind.VALUE, e, a, construct, line);
            }
        } else if (e.getNodeType() != a.getNodeType()) {
            add(path, Kind.TYPE, e, a, construct, line);
        } else if (!e.equals(a)) {
            add(path, Kind.VALUE, e, a, construct, line);
        }
    }

    private void object(JsonNode e, JsonNode a, String path, String construct, int line) {
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String childPath = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
            JsonNode av = a.get(f.getKey());
            if (av == null) {
                add(childPath, Kind.MISSING, f.getValue(), null, construct, line);
            } else {
                node(f.getValue(), av, childPath, childConstruct(f.getKey(), construct), line);
            }
        }
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!e.has(name)) {
                add(path + "." + name, Kind.EXTRA, null, a.get(name), construct, line);
            }
        }
    }

    private void array(JsonNode e, JsonNode a, String path, String construct, int line) {
        if (e.size() != a.size()) {
            add(path, Kind.LENGTH, e, a, construct, line);
        }
        int n = Math.min(e.size(), a.size());
        for (int i = 0; i < n; i++) {
            node(e.get(i), a.get(i), path + "[" + i + "]", elementConstruct(path, construct), line);
        }
    }

    /** The construct an object under field {@code field} stands for, when it has no kind of its own. */
    private static String childConstruct(String field, String parent) {
        return field.equals("body") ? "Body" : parent;
    }

    private static String elementConstruct(String arrayPath, String parent) {
        if (arrayPath.endsWith("attrs")) {
            return "Attribute";
        } else if (arrayPath.endsWith("blocks")) {
            return "Block";
        } else if (arrayPath.endsWith(".t")) {
            return "Traverser";
        } else if (arrayPath.endsWith(".items") && parent.equals("Object")) {
            return "ObjectItem";
        }
        return parent;
    }

    private static boolean isRange(JsonNode n) {
        if (!n.isArray() || n.size() != 6) {
            return false;
        }
        for (JsonNode x : n) {
            if (!x.isIntegralNumber()) {
                return false;
            }
        }
        return true;
    }

    private static int lineOf(JsonNode obj, int fallback) {
        JsonNode r = obj.get("r");
        if (r == null) {
            r = obj.get("nameR");
        }
        if (r == null) {
            r = obj.get("typeR");
        }
        return r != null && isRange(r) ? r.get(0).asInt() : fallback;
    }

    private void add(String path, Kind kind, JsonNode e, JsonNode a, String construct, int line) {
        if (out.size() < limit) {
            out.add(new Difference(path, kind, e, a, construct, line));
        }
    }

    private static final ObjectWriter ASCII = new ObjectMapper().writer()
        .with(JsonWriteFeature.ESCAPE_NON_ASCII);

    /**
     * A node as compact JSON with non-ASCII characters escaped (so that strings which look alike, such
     * as composed and decomposed accents, show their difference), cut to 120 characters.
     */
    static String shorten(JsonNode n) {
        if (n == null) {
            return "(absent)";
        }
        String s;
        try {
            s = ASCII.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            s = n.toString();
        }
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
