package io.templint.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A Terraform value as templint knows it statically: a known value of some {@link Type}, a typed
 * {@code null}, or an unknown value that says why it is unknown ({@code "resource attribute
 * coder_agent.main.id"}). Every value carries {@link Marks} (sensitivity and origins).
 *
 * <p>Known collections hold their elements as values, each with its own marks: a list built from a
 * sensitive variable and a literal only marks the one element, {@link #deepMarks()} sees both.
 * Sets are kept sorted and free of duplicates, maps and objects sorted by key, like cty's.
 *
 * <p>Immutable and thread-safe. {@link #equals} compares type, content and marks;
 * {@link #sameContent} ignores marks.
 */
public final class Value {

    /** The three states of a value. */
    public enum Kind { KNOWN, NULL, UNKNOWN }

    /** {@code null} of the dynamic pseudo-type, what the literal {@code null} evaluates to. */
    public static final Value NULL = new Value(Type.DYNAMIC, Kind.NULL, null, null, Marks.NONE);
    public static final Value TRUE = new Value(Type.BOOL, Kind.KNOWN, Boolean.TRUE, null, Marks.NONE);
    public static final Value FALSE = new Value(Type.BOOL, Kind.KNOWN, Boolean.FALSE, null, Marks.NONE);
    public static final Value EMPTY_STRING = new Value(Type.STRING, Kind.KNOWN, "", null, Marks.NONE);
    public static final Value EMPTY_TUPLE = new Value(Type.TupleType.EMPTY, Kind.KNOWN, List.of(), null, Marks.NONE);
    public static final Value EMPTY_OBJECT = new Value(Type.ObjectType.EMPTY, Kind.KNOWN, Map.of(), null, Marks.NONE);

    private final Type type;
    private final Kind kind;
    /** String, BigDecimal, Boolean, List of Value (list, set, tuple) or Map of String to Value (map, object). */
    private final Object content;
    private final String unknownReason;
    private final Marks marks;
    private final int depth;
    /** Estimated bytes of this value and everything nested in it ({@link #weight()}). */
    private final long weight;
    private int hash;

    /**
     * The deepest nesting of collections the evaluator builds. Deeper values are an evaluation
     * error, so that the recursive walks of values ({@link #deepMarks()}, rendering, equality)
     * are safe on any thread's stack.
     */
    public static final int MAX_DEPTH = 1000;

    private Value(Type type, Kind kind, Object content, String unknownReason, Marks marks) {
        this.type = type;
        this.kind = kind;
        this.content = content;
        this.unknownReason = unknownReason;
        this.marks = marks;
        int max = -1;
        long w = NODE_BYTES;
        if (content instanceof List<?> l) {
            for (Object o : l) {
                Value v = (Value) o;
                max = Math.max(max, v.depth);
                w = plus(w, v.weight);
            }
            this.depth = Math.max(max, 0) + 1;
        } else if (content instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Value v = (Value) e.getValue();
                max = Math.max(max, v.depth);
                w = plus(w, plus(v.weight, ENTRY_BYTES + ((String) e.getKey()).length()));
            }
            this.depth = Math.max(max, 0) + 1;
        } else {
            if (content instanceof String s) {
                w += s.length();
            }
            this.depth = 0;
        }
        this.weight = w;
    }

    /** The sum of two weights, saturating: values that share elements can have astronomical weights. */
    private static long plus(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    /** Estimated bytes of one value (the object, its number or string header, its slot in a collection). */
    public static final long NODE_BYTES = 64;
    /** Estimated bytes of one map or object entry besides its key's characters and its value. */
    public static final long ENTRY_BYTES = 40;

    // ---------------------------------------------------------------- factories

    public static Value string(String s) {
        Objects.requireNonNull(s, "s");
        return s.isEmpty() ? EMPTY_STRING : new Value(Type.STRING, Kind.KNOWN, s, null, Marks.NONE);
    }

    public static Value number(BigDecimal n) {
        Objects.requireNonNull(n, "n");
        return new Value(Type.NUMBER, Kind.KNOWN, n, null, Marks.NONE);
    }

    public static Value number(long n) {
        return number(BigDecimal.valueOf(n));
    }

    public static Value bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** A typed null. */
    public static Value nullOf(Type type) {
        return type == Type.DYNAMIC ? NULL : new Value(type, Kind.NULL, null, null, Marks.NONE);
    }

    /**
     * An unknown value of {@code type} ({@link Type#DYNAMIC} when even the type is unknown).
     *
     * @param reason why it is unknown, for people: {@code "data source data.coder_workspace.me"}
     */
    public static Value unknown(Type type, String reason) {
        return new Value(type, Kind.UNKNOWN, null, reason == null ? "unknown" : reason, Marks.NONE);
    }

    /** An unknown value of unknown type. */
    public static Value unknown(String reason) {
        return unknown(Type.DYNAMIC, reason);
    }

    /** A list; the caller guarantees that every element conforms to {@code elementType}. */
    public static Value list(Type elementType, List<Value> elements) {
        return new Value(new Type.ListType(elementType), Kind.KNOWN, List.copyOf(elements), null, Marks.NONE);
    }

    /** A set: duplicates (by content) merge their marks, elements are sorted as cty sorts them. */
    public static Value set(Type elementType, Collection<Value> elements) {
        List<Value> sorted = new ArrayList<>(elements);
        sorted.sort(ORDER);
        List<Value> out = new ArrayList<>(sorted.size());
        for (Value v : sorted) {
            int last = out.size() - 1;
            if (last >= 0 && v.isKnown() && out.get(last).sameContent(v)) {
                out.set(last, out.get(last).mark(v.deepMarks()));
            } else {
                out.add(v);
            }
        }
        return new Value(new Type.SetType(elementType), Kind.KNOWN, List.copyOf(out), null, Marks.NONE);
    }

    /** A map; the caller guarantees that every element conforms to {@code elementType}. */
    public static Value map(Type elementType, Map<String, Value> elements) {
        return new Value(new Type.MapType(elementType), Kind.KNOWN, sortedCopy(elements), null, Marks.NONE);
    }

    /** A tuple of the given elements. */
    public static Value tuple(List<Value> elements) {
        if (elements.isEmpty()) {
            return EMPTY_TUPLE;
        }
        List<Value> copy = List.copyOf(elements);
        List<Type> types = new ArrayList<>(copy.size());
        for (Value v : copy) {
            types.add(v.type);
        }
        return new Value(new Type.TupleType(types), Kind.KNOWN, copy, null, Marks.NONE);
    }

    /** An object with the given attributes. */
    public static Value object(Map<String, Value> attributes) {
        if (attributes.isEmpty()) {
            return EMPTY_OBJECT;
        }
        Map<String, Value> copy = sortedCopy(attributes);
        Map<String, Type> types = new LinkedHashMap<>();
        copy.forEach((k, v) -> types.put(k, v.type));
        return new Value(new Type.ObjectType(types), Kind.KNOWN, copy, null, Marks.NONE);
    }

    private static Map<String, Value> sortedCopy(Map<String, Value> m) {
        return Collections.unmodifiableMap(new TreeMap<>(m));
    }

    // ---------------------------------------------------------------- state

    public Type type() {
        return type;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isKnown() {
        return kind != Kind.UNKNOWN;
    }

    public boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** Known and not null. */
    public boolean isKnownNonNull() {
        return kind == Kind.KNOWN;
    }

    /** How deeply collections nest in this value: 0 for primitives, 1 for a list of primitives. */
    public int depth() {
        return depth;
    }

    /**
     * An estimate of the memory this value and everything nested in it take, in bytes:
     * {@value #NODE_BYTES} per value, a byte per character of strings and keys, {@value #ENTRY_BYTES}
     * per map or object entry. Elements shared with other values are counted in each. Computed
     * when the value is made, so that evaluation can charge the work and memory a value stands for
     * without walking it.
     */
    public long weight() {
        return weight;
    }

    /** Why this value is unknown; null for known values. */
    public String unknownReason() {
        return unknownReason;
    }

    /** Whether this value and everything inside it are known. */
    public boolean isWhollyKnown() {
        return firstUnknown() == null;
    }

    /** This value if unknown, else the first unknown value nested in it, else null. */
    public Value firstUnknown() {
        if (kind == Kind.UNKNOWN) {
            return this;
        }
        if (content instanceof List<?> l) {
            for (Object o : l) {
                Value u = ((Value) o).firstUnknown();
                if (u != null) {
                    return u;
                }
            }
        } else if (content instanceof Map<?, ?> m) {
            for (Object o : m.values()) {
                Value u = ((Value) o).firstUnknown();
                if (u != null) {
                    return u;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- marks

    /** The marks on this value itself (not those of nested elements). */
    public Marks marks() {
        return marks;
    }

    /** Whether this value itself is marked sensitive. */
    public boolean isSensitive() {
        return marks.isSensitive();
    }

    /** The union of this value's marks and those of everything nested in it. */
    public Marks deepMarks() {
        Marks m = marks;
        if (content instanceof List<?> l) {
            for (Object o : l) {
                m = m.union(((Value) o).deepMarks());
            }
        } else if (content instanceof Map<?, ?> mm) {
            for (Object o : mm.values()) {
                m = m.union(((Value) o).deepMarks());
            }
        }
        return m;
    }

    /** Whether this value or anything nested in it is sensitive. */
    public boolean isDeepSensitive() {
        return deepMarks().isSensitive();
    }

    /** This value with {@code more} marks added. */
    public Value mark(Marks more) {
        Marks u = marks.union(more);
        return u == marks ? this : new Value(type, kind, content, unknownReason, u);
    }

    /** This value with exactly the given marks on itself (nested marks unchanged). */
    public Value withMarks(Marks m) {
        return m.equals(marks) ? this : new Value(type, kind, content, unknownReason, m);
    }

    /** This value without its own marks (nested elements keep theirs). */
    public Value unmark() {
        return marks.isEmpty() ? this : new Value(type, kind, content, unknownReason, Marks.NONE);
    }

    /** This value without any marks, at any depth. */
    public Value unmarkDeep() {
        Object c = content;
        if (content instanceof List<?> l) {
            List<Value> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(((Value) o).unmarkDeep());
            }
            c = Collections.unmodifiableList(out);
        } else if (content instanceof Map<?, ?> m) {
            Map<String, Value> out = new TreeMap<>();
            m.forEach((k, v) -> out.put((String) k, ((Value) v).unmarkDeep()));
            c = Collections.unmodifiableMap(out);
        } else if (marks.isEmpty()) {
            return this;
        }
        return new Value(type, kind, c, unknownReason, Marks.NONE);
    }

    // ---------------------------------------------------------------- content

    private void requireKnown(String what) {
        if (kind != Kind.KNOWN) {
            throw new IllegalStateException("not a known " + what + ": " + this);
        }
    }

    /** The string of a known string value. */
    public String asString() {
        requireKnown("string");
        return (String) content;
    }

    /** The number of a known number value. */
    public BigDecimal asNumber() {
        requireKnown("number");
        return (BigDecimal) content;
    }

    /** The boolean of a known bool value. */
    public boolean asBoolean() {
        requireKnown("bool");
        return (Boolean) content;
    }

    /** Whether this is a known list, set or tuple. */
    public boolean isSequence() {
        return kind == Kind.KNOWN && content instanceof List;
    }

    /** Whether this is a known map or object. */
    public boolean isMapping() {
        return kind == Kind.KNOWN && content instanceof Map;
    }

    /** The elements of a known list, set (in order) or tuple. */
    @SuppressWarnings("unchecked")
    public List<Value> elements() {
        requireKnown("list, set or tuple");
        return (List<Value>) content;
    }

    /** The entries of a known map or object, sorted by key. */
    @SuppressWarnings("unchecked")
    public Map<String, Value> attributes() {
        requireKnown("map or object");
        return (Map<String, Value>) content;
    }

    /** The number of elements of a known collection or structure, or the characters of a string. */
    public int length() {
        if (content instanceof List<?> l) {
            return l.size();
        } else if (content instanceof Map<?, ?> m) {
            return m.size();
        }
        throw new IllegalStateException("no length: " + this);
    }

    /** The raw content (String, BigDecimal, Boolean, List, Map), or null. For renderers. */
    public Object content() {
        return content;
    }

    // ---------------------------------------------------------------- equality

    /** Whether both values have the same type, state and content, ignoring marks at any depth. */
    public boolean sameContent(Value o) {
        if (this == o) {
            return true;
        }
        if (kind != o.kind || !type.equals(o.type)) {
            return false;
        }
        if (kind == Kind.UNKNOWN) {
            return Objects.equals(unknownReason, o.unknownReason);
        }
        return contentEquals(content, o.content, true);
    }

    private static boolean contentEquals(Object a, Object b, boolean ignoreMarks) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                Value p = (Value) x.get(i);
                Value q = (Value) y.get(i);
                if (ignoreMarks ? !p.sameContent(q) : !p.equals(q)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                Value p = (Value) e.getValue();
                Value q = (Value) y.get(e.getKey());
                if (ignoreMarks ? !p.sameContent(q) : !p.equals(q)) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Value o) || kind != o.kind || !type.equals(o.type) || !marks.equals(o.marks)) {
            return false;
        }
        if (kind == Kind.UNKNOWN) {
            return Objects.equals(unknownReason, o.unknownReason);
        }
        return contentEquals(content, o.content, false);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = contentHash() * 31 + marks.hashCode();
            hash = h == 0 ? 1 : h;
        }
        return h;
    }

    /** A hash of type, state and content that ignores marks (consistent with {@link #sameContent}). */
    public int contentHash() {
        int h = type.hashCode() * 31 + kind.hashCode();
        if (content instanceof BigDecimal n) {
            h = h * 31 + (n.signum() == 0 ? 0 : n.stripTrailingZeros().hashCode());
        } else if (content instanceof List<?> l) {
            for (Object o : l) {
                h = h * 31 + ((Value) o).contentHash();
            }
        } else if (content instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                h = h * 31 + e.getKey().hashCode() * 17 + ((Value) e.getValue()).contentHash();
            }
        } else if (content != null) {
            h = h * 31 + content.hashCode();
        } else if (unknownReason != null) {
            h = h * 31 + unknownReason.hashCode();
        }
        return h;
    }

    /**
     * The order of set elements: known before unknown; numbers numerically; strings by code point;
     * false before true; other values by their rendering.
     */
    public static final Comparator<Value> ORDER = (a, b) -> {
        if (a.isUnknown() || b.isUnknown()) {
            return Boolean.compare(a.isUnknown(), b.isUnknown());
        }
        if (a.isNull() || b.isNull()) {
            return Boolean.compare(a.isNull(), b.isNull());
        }
        if (a.content instanceof BigDecimal x && b.content instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (a.content instanceof String x && b.content instanceof String y) {
            return x.compareTo(y);
        }
        if (a.content instanceof Boolean x && b.content instanceof Boolean y) {
            return x.compareTo(y);
        }
        return Renderer.render(a, 4096).compareTo(Renderer.render(b, 4096));
    };

    /** An HCL-like rendering for messages and debugging: {@code ["a", 1]}, {@code (unknown string)}. */
    @Override
    public String toString() {
        return Renderer.render(this, 2000);
    }
}
