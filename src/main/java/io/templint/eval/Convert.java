package io.templint.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Terraform's (cty's) automatic type conversions: between string, number and bool, tuple to list
 * and set, object to map and object, list and set to tuple; and the unification of element types
 * that decides, for example, that {@code [1, "a"]} converts to a list of strings.
 *
 * <p>Marks are kept: the converted value carries the original's marks, each converted element its
 * element's marks. Unknown and null values convert to unknown and null values of the target type.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class Convert {

    private Convert() { }

    /** Converts {@code v} to {@code want}. */
    public static Value convert(Value v, Type want) throws ConversionException {
        return convert(v, want, Where.TOP);
    }

    /**
     * The text of a known primitive as Terraform converts it to a string (numbers in their canonical
     * form, see {@link Numbers#format}; bools as {@code true}/{@code false}); null when {@code v} is
     * null, unknown, a null value or not a primitive.
     */
    public static String toText(Value v) {
        if (v == null || !v.isKnown()) {
            return null;
        }
        Object c = v.content();
        if (c instanceof String s) {
            return s;
        }
        if (c instanceof BigDecimal n) {
            return Numbers.format(n);
        }
        if (c instanceof Boolean b) {
            return b.toString();
        }
        return null;
    }

    /** Whether {@code v} converts to {@code want}. */
    public static boolean canConvert(Value v, Type want) {
        try {
            convert(v, want);
            return true;
        } catch (ConversionException e) {
            return false;
        }
    }

    private static Value convert(Value v, Type want, Where path) throws ConversionException {
        if (want == Type.DYNAMIC || v.type().equals(want) && !want.hasDynamic()) {
            return v;
        }
        if (v.isUnknown()) {
            if (v.type() != Type.DYNAMIC && !typeConvertible(v.type(), want)) {
                throw error(path, want.friendlyName() + " required, but have " + v.type().friendlyName());
            }
            return Value.unknown(dynamicReplace(v.type(), want), v.unknownReason()).withMarks(v.marks());
        }
        if (v.isNull()) {
            return Value.nullOf(dynamicReplace(v.type(), want)).withMarks(v.marks());
        }
        Value out;
        if (want instanceof Type.Primitive p) {
            out = primitive(v, p, path);
        } else if (want instanceof Type.ListType lt) {
            List<Value> elems = sequence(v, want, path);
            Type et = elementTypeFor(lt.element(), v, elems, "list", path);
            out = Value.list(et, convertAll(elems, et, path));
        } else if (want instanceof Type.SetType st) {
            List<Value> elems = sequence(v, want, path);
            Type et = elementTypeFor(st.element(), v, elems, "set", path);
            out = Value.set(et, convertAll(elems, et, path));
        } else if (want instanceof Type.MapType mt) {
            if (!v.isMapping()) {
                throw error(path, mt.friendlyName() + " required, but have " + v.type().friendlyName());
            }
            Map<String, Value> attrs = v.attributes();
            Type et = elementTypeFor(mt.element(), v, new ArrayList<>(attrs.values()), "map", path);
            Map<String, Value> m = new TreeMap<>();
            for (Map.Entry<String, Value> e : attrs.entrySet()) {
                m.put(e.getKey(), convert(e.getValue(), et, path.key(e.getKey())));
            }
            out = Value.map(et, m);
        } else if (want instanceof Type.ObjectType ot) {
            if (!v.isMapping()) {
                throw error(path, "object required, but have " + v.type().friendlyName());
            }
            Map<String, Value> attrs = v.attributes();
            Map<String, Value> m = new LinkedHashMap<>();
            for (Map.Entry<String, Type> a : ot.attributes().entrySet()) {
                Value av = attrs.get(a.getKey());
                if (av == null) {
                    if (!ot.optional().contains(a.getKey())) {
                        throw error(path, "attribute \"" + a.getKey() + "\" is required");
                    }
                    av = Value.nullOf(a.getValue());
                }
                m.put(a.getKey(), convert(av, a.getValue(), path.attribute(a.getKey())));
            }
            out = Value.object(m);
        } else {
            Type.TupleType tt = (Type.TupleType) want;
            if (!(v.type() instanceof Type.TupleType)) {
                // cty converts only a tuple to a tuple type, not a list or a set
                throw error(path, "tuple required, but have " + v.type().friendlyName());
            }
            List<Value> elems = v.elements();
            if (elems.size() != tt.elements().size()) {
                throw error(path, "tuple required with exactly " + tt.elements().size() + " elements");
            }
            List<Value> l = new ArrayList<>(elems.size());
            for (int i = 0; i < elems.size(); i++) {
                l.add(convert(elems.get(i), tt.elements().get(i), path.index(i)));
            }
            out = Value.tuple(l);
        }
        return out.withMarks(v.marks());
    }

    /**
     * The type an unknown or null value of type {@code in} has once converted to {@code out}:
     * {@code out} with the dynamic parts that {@code in} tells filled in (cty's dynamicReplace).
     */
    public static Type dynamicReplace(Type in, Type out) {
        if (in == Type.DYNAMIC) {
            return out;
        }
        if (out == Type.DYNAMIC) {
            return in;
        }
        if (out instanceof Type.MapType mt) {
            if (in instanceof Type.MapType) {
                return Type.map(dynamicReplace(in.elementType(), mt.element()));
            }
            if (in instanceof Type.ObjectType o) {
                Type u = Unify.unify(new ArrayList<>(o.attributes().values()));
                return Type.map(u == null ? mt.element() : dynamicReplace(u, mt.element()));
            }
            return out;
        }
        if (out instanceof Type.ListType || out instanceof Type.SetType) {
            Type e = out.elementType();
            Type replaced = e;
            if (in instanceof Type.ListType || in instanceof Type.SetType) {
                replaced = dynamicReplace(in.elementType(), e);
            } else if (in instanceof Type.TupleType t) {
                Type u = Unify.unify(t.elements());
                replaced = u == null ? e : dynamicReplace(u, e);
            }
            return out instanceof Type.ListType ? Type.list(replaced) : Type.set(replaced);
        }
        if (out instanceof Type.ObjectType ot) {
            Map<String, Type> attrs = new TreeMap<>();
            for (Map.Entry<String, Type> a : ot.attributes().entrySet()) {
                Type from = in instanceof Type.MapType ? in.elementType()
                    : in instanceof Type.ObjectType io ? io.attributes().get(a.getKey()) : null;
                attrs.put(a.getKey(), from == null ? a.getValue() : dynamicReplace(from, a.getValue()));
            }
            return new Type.ObjectType(attrs);
        }
        if (out instanceof Type.TupleType tt && in instanceof Type.TupleType it
                && it.elements().size() == tt.elements().size()) {
            List<Type> elems = new ArrayList<>();
            for (int i = 0; i < tt.elements().size(); i++) {
                elems.add(dynamicReplace(it.elements().get(i), tt.elements().get(i)));
            }
            return Type.tuple(elems);
        }
        return out;
    }

    private static List<Value> sequence(Value v, Type want, Where path) throws ConversionException {
        if (v.isSequence() && !(v.type() instanceof Type.MapType)) {
            return v.elements();
        }
        throw error(path, want.friendlyName() + " required, but have " + v.type().friendlyName());
    }

    /**
     * The element type a collection conversion produces: the declared one, or when it is dynamic
     * (as in {@code list(any)}) the source collection's element type, or the type a tuple's elements
     * (an object's attributes) unify to.
     */
    private static Type elementTypeFor(Type declared, Value source, List<Value> elems, String kind, Where path)
            throws ConversionException {
        if (!declared.hasDynamic()) {
            return declared;
        }
        if (declared == Type.DYNAMIC && source.type().isCollection()) {
            return source.type().elementType();
        }
        if (elems.isEmpty()) {
            return declared;
        }
        List<Type> types = new ArrayList<>(elems.size());
        for (Value e : elems) {
            types.add(e.type());
        }
        Type u = Unify.unify(types);
        if (u == null || u == Type.DYNAMIC && !kind.equals("map") && types.stream().anyMatch(t -> t != Type.DYNAMIC)) {
            throw error(path, "all " + kind + " elements must have the same type");
        }
        return u;
    }

    private static List<Value> convertAll(List<Value> elems, Type elementType, Where path)
            throws ConversionException {
        List<Value> out = new ArrayList<>(elems.size());
        for (int i = 0; i < elems.size(); i++) {
            out.add(convert(elems.get(i), elementType, path.index(i)));
        }
        return out;
    }

    private static Value primitive(Value v, Type.Primitive want, Where path) throws ConversionException {
        Object c = v.content();
        switch (want) {
            case STRING:
                if (c instanceof BigDecimal n) {
                    return Value.string(Numbers.format(n));
                } else if (c instanceof Boolean b) {
                    return Value.string(b.toString());
                } else if (c instanceof String) {
                    return v;
                }
                throw error(path, "string required, but have " + v.type().friendlyName());
            case NUMBER:
                if (c instanceof String s) {
                    BigDecimal n = Numbers.parse(s);
                    if (n == null) {
                        throw error(path, "a number is required");
                    }
                    return Value.number(n);
                } else if (c instanceof BigDecimal) {
                    return v;
                }
                throw error(path, "number required, but have " + v.type().friendlyName());
            case BOOL:
                if (c instanceof String s) {
                    switch (s) {
                        case "true", "1":
                            return Value.TRUE;
                        case "false", "0":
                            return Value.FALSE;
                        default:
                            if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                                throw error(path, "a bool is required; to convert from string, use lowercase \""
                                    + s.toLowerCase() + "\"");
                            }
                            throw error(path, "a bool is required");
                    }
                } else if (c instanceof Boolean) {
                    return v;
                }
                throw error(path, "bool required, but have " + v.type().friendlyName());
            default:
                return v;
        }
    }

    private static ConversionException error(Where where, String message) {
        String path = where.toString();
        return new ConversionException(path.isEmpty() ? message : path.replaceFirst("^\\.", "") + ": " + message);
    }

    /**
     * Where in the value being converted a conversion stands ({@code .a["k"][0]}), spelt out only
     * when an error message needs it: most conversions succeed, and a large value would otherwise
     * build a string for each of its elements.
     */
    private static final class Where {
        static final Where TOP = new Where(null, ' ', null, 0);

        private final Where parent;
        /** {@code i}: an index, {@code k}: a map key, {@code a}: an attribute name; {@code ' '}: the top. */
        private final char kind;
        private final String name;
        private final int index;

        private Where(Where parent, char kind, String name, int index) {
            this.parent = parent;
            this.kind = kind;
            this.name = name;
            this.index = index;
        }

        Where index(int i) {
            return new Where(this, 'i', null, i);
        }

        Where key(String key) {
            return new Where(this, 'k', key, 0);
        }

        Where attribute(String attribute) {
            return new Where(this, 'a', attribute, 0);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String above = parent.toString();
            return switch (kind) {
                case 'i' -> above + "[" + index + "]";
                case 'k' -> above + "[\"" + name + "\"]";
                default -> above + "." + name;
            };
        }
    }

    /** Whether values of type {@code have} can possibly convert to {@code want} (ignoring content); see {@link Unify#convertible}. */
    public static boolean typeConvertible(Type have, Type want) {
        return Unify.convertible(have, want);
    }

    /** The type all of {@code types} convert to, as cty unifies; null if none exists. See {@link Unify#unify}. */
    public static Type unify(List<Type> types) {
        return Unify.unify(types);
    }

    /** Unifies the types of {@code values} and converts them all to it; null when they do not unify. */
    public static List<Value> unifyValues(List<Value> values) {
        List<Type> ts = new ArrayList<>(values.size());
        for (Value v : values) {
            ts.add(v.type());
        }
        Type u = unify(ts);
        if (u == null) {
            return null;
        }
        List<Value> out = new ArrayList<>(values.size());
        try {
            for (Value v : values) {
                out.add(convert(v, u));
            }
        } catch (ConversionException e) {
            return null;
        }
        return out;
    }
}
