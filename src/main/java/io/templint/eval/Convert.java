package io.templint.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Terraform's (cty's) automatic type conversions: between string, number and bool, tuple to list
 * and set, object to map and object, list and set to tuple; and the unification of element types
 * that decides, for example, that {@code [1, "a"]} converts to a list of strings.
 *
 * <p>Marks are kept: the converted value carries the original's marks, each converted element its
 * element's marks. Unknown and null values convert to unknown and null values of the target type.
 */
public final class Convert {

    private Convert() { }

    /** Converts {@code v} to {@code want}. */
    public static Value convert(Value v, Type want) throws ConversionException {
        return convert(v, want, "");
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

    private static Value convert(Value v, Type want, String path) throws ConversionException {
        if (want == Type.DYNAMIC || v.type().equals(want) && !want.hasDynamic()) {
            return v;
        }
        if (v.isUnknown()) {
            if (v.type() != Type.DYNAMIC && !typeConvertible(v.type(), want)) {
                throw error(path, want.friendlyName() + " required, but have " + v.type().friendlyName());
            }
            return Value.unknown(want.hasDynamic() ? v.type() : want, v.unknownReason()).withMarks(v.marks());
        }
        if (v.isNull()) {
            return Value.nullOf(want.hasDynamic() ? v.type() : want).withMarks(v.marks());
        }
        Value out;
        if (want instanceof Type.Primitive p) {
            out = primitive(v, p, path);
        } else if (want instanceof Type.ListType lt) {
            List<Value> elems = sequence(v, want, path);
            Type et = elementTypeFor(lt.element(), elems, path);
            out = Value.list(et, convertAll(elems, et, path));
        } else if (want instanceof Type.SetType st) {
            List<Value> elems = sequence(v, want, path);
            Type et = elementTypeFor(st.element(), elems, path);
            out = Value.set(et, convertAll(elems, et, path));
        } else if (want instanceof Type.MapType mt) {
            if (!v.isMapping()) {
                throw error(path, mt.friendlyName() + " required, but have " + v.type().friendlyName());
            }
            Map<String, Value> attrs = v.attributes();
            Type et = elementTypeFor(mt.element(), new ArrayList<>(attrs.values()), path);
            Map<String, Value> m = new TreeMap<>();
            for (Map.Entry<String, Value> e : attrs.entrySet()) {
                m.put(e.getKey(), convert(e.getValue(), et, path + "[\"" + e.getKey() + "\"]"));
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
                m.put(a.getKey(), convert(av, a.getValue(), path + "." + a.getKey()));
            }
            out = Value.object(m);
        } else {
            Type.TupleType tt = (Type.TupleType) want;
            if (!v.isSequence() || v.type() instanceof Type.MapType) {
                throw error(path, "tuple required, but have " + v.type().friendlyName());
            }
            List<Value> elems = v.elements();
            if (elems.size() != tt.elements().size()) {
                throw error(path, "tuple required with exactly " + tt.elements().size() + " elements");
            }
            List<Value> l = new ArrayList<>(elems.size());
            for (int i = 0; i < elems.size(); i++) {
                l.add(convert(elems.get(i), tt.elements().get(i), path + "[" + i + "]"));
            }
            out = Value.tuple(l);
        }
        return out.withMarks(v.marks());
    }

    private static List<Value> sequence(Value v, Type want, String path) throws ConversionException {
        if (v.isSequence()) {
            return v.elements();
        }
        throw error(path, want.friendlyName() + " required, but have " + v.type().friendlyName());
    }

    private static Type elementTypeFor(Type declared, List<Value> elems, String path) throws ConversionException {
        if (!declared.hasDynamic()) {
            return declared;
        }
        if (elems.isEmpty()) {
            return declared;
        }
        List<Type> types = new ArrayList<>(elems.size());
        for (Value e : elems) {
            types.add(e.type());
        }
        Type u = unify(types);
        if (u == null) {
            throw error(path, "all elements must have the same type");
        }
        return u;
    }

    private static List<Value> convertAll(List<Value> elems, Type elementType, String path)
            throws ConversionException {
        List<Value> out = new ArrayList<>(elems.size());
        for (int i = 0; i < elems.size(); i++) {
            out.add(convert(elems.get(i), elementType, path + "[" + i + "]"));
        }
        return out;
    }

    private static Value primitive(Value v, Type.Primitive want, String path) throws ConversionException {
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

    private static ConversionException error(String path, String message) {
        return new ConversionException(path.isEmpty() ? message : path.replaceFirst("^\\.", "") + ": " + message);
    }

    /** Whether values of type {@code have} can possibly convert to {@code want} (ignoring content). */
    public static boolean typeConvertible(Type have, Type want) {
        if (have == Type.DYNAMIC || want == Type.DYNAMIC || have.equals(want)) {
            return true;
        }
        if (have instanceof Type.Primitive && want instanceof Type.Primitive) {
            return have == Type.STRING || want == Type.STRING;
        }
        if (want instanceof Type.ListType || want instanceof Type.SetType) {
            Type we = want.elementType();
            if (have instanceof Type.ListType || have instanceof Type.SetType) {
                return typeConvertible(have.elementType(), we);
            }
            if (have instanceof Type.TupleType t) {
                return t.elements().stream().allMatch(e -> typeConvertible(e, we));
            }
            return false;
        }
        if (want instanceof Type.MapType mt) {
            if (have instanceof Type.MapType hm) {
                return typeConvertible(hm.element(), mt.element());
            }
            if (have instanceof Type.ObjectType o) {
                return o.attributes().values().stream().allMatch(e -> typeConvertible(e, mt.element()));
            }
            return false;
        }
        if (want instanceof Type.ObjectType wo) {
            if (have instanceof Type.MapType hm) {
                return wo.attributes().values().stream().allMatch(t -> typeConvertible(hm.element(), t));
            }
            if (have instanceof Type.ObjectType ho) {
                for (Map.Entry<String, Type> a : wo.attributes().entrySet()) {
                    Type h = ho.attributes().get(a.getKey());
                    if (h == null ? !wo.optional().contains(a.getKey()) : !typeConvertible(h, a.getValue())) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }
        if (want instanceof Type.TupleType wt) {
            if (have instanceof Type.TupleType ht) {
                if (ht.elements().size() != wt.elements().size()) {
                    return false;
                }
                for (int i = 0; i < ht.elements().size(); i++) {
                    if (!typeConvertible(ht.elements().get(i), wt.elements().get(i))) {
                        return false;
                    }
                }
                return true;
            }
            return have instanceof Type.ListType || have instanceof Type.SetType;
        }
        return false;
    }

    /**
     * The type all of {@code types} convert to, as cty unifies: equal types stay; string wins over
     * number and bool; tuples and lists unify to lists, objects and maps to maps (objects of one
     * shape stay objects); {@link Type#DYNAMIC} makes the result dynamic. Null if none exists.
     */
    public static Type unify(List<Type> types) {
        if (types.isEmpty()) {
            return Type.DYNAMIC;
        }
        Type first = types.get(0);
        boolean allSame = true;
        for (Type t : types) {
            if (t == Type.DYNAMIC) {
                return Type.DYNAMIC;
            }
            allSame &= t.equals(first);
        }
        if (allSame) {
            return first;
        }
        if (types.stream().allMatch(t -> t instanceof Type.Primitive)) {
            return types.contains(Type.STRING) ? Type.STRING : null;
        }
        if (types.stream().allMatch(t -> t instanceof Type.ObjectType)) {
            Set<String> names = ((Type.ObjectType) first).attributes().keySet();
            boolean sameShape = types.stream().allMatch(t -> ((Type.ObjectType) t).attributes().keySet().equals(names));
            if (sameShape) {
                Map<String, Type> attrs = new TreeMap<>();
                for (String n : names) {
                    List<Type> ts = new ArrayList<>();
                    for (Type t : types) {
                        ts.add(((Type.ObjectType) t).attributes().get(n));
                    }
                    Type u = unify(ts);
                    if (u == null) {
                        return null;
                    }
                    attrs.put(n, u);
                }
                return new Type.ObjectType(attrs);
            }
        }
        if (types.stream().allMatch(t -> t instanceof Type.TupleType)) {
            int n = ((Type.TupleType) first).elements().size();
            if (types.stream().allMatch(t -> ((Type.TupleType) t).elements().size() == n)) {
                List<Type> elems = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    List<Type> ts = new ArrayList<>();
                    for (Type t : types) {
                        ts.add(((Type.TupleType) t).elements().get(i));
                    }
                    Type u = unify(ts);
                    if (u == null) {
                        return null;
                    }
                    elems.add(u);
                }
                return new Type.TupleType(elems);
            }
        }
        if (types.stream().allMatch(t -> t instanceof Type.MapType || t instanceof Type.ObjectType)) {
            Type e = unify(memberTypes(types));
            return e == null ? null : new Type.MapType(e);
        }
        if (types.stream().allMatch(t -> t instanceof Type.ListType || t instanceof Type.TupleType)) {
            Type e = unify(memberTypes(types));
            return e == null ? null : new Type.ListType(e);
        }
        if (types.stream().allMatch(t -> t instanceof Type.SetType)) {
            Type e = unify(memberTypes(types));
            return e == null ? null : new Type.SetType(e);
        }
        return null;
    }

    private static List<Type> memberTypes(List<Type> types) {
        List<Type> out = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Type t : types) {
            List<Type> members = t instanceof Type.ObjectType o ? new ArrayList<>(o.attributes().values())
                : t instanceof Type.TupleType tt ? tt.elements() : List.of(t.elementType());
            for (Type m : members) {
                if (seen.add(m)) {
                    out.add(m);
                }
            }
        }
        return out;
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
