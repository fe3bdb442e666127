package io.templint.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Type unification and type convertibility as cty computes them ({@code convert.UnifyUnsafe} and
 * {@code convert.GetConversionUnsafe}), the rules HCL and Terraform use wherever several values
 * must end up with one type: the two results of a conditional, the arguments of {@code coalesce},
 * the elements of a tuple converted to {@code list(any)} or {@code set(any)}, the attributes of
 * an object converted to {@code map(any)}.
 *
 * <p>Unification first tries to build a type from the given types' common kind:
 * <ul>
 * <li>maps (and {@link Type#DYNAMIC}): a map of the unified element types;
 * <li>maps and objects: the objects unified as a map, then with the maps;
 * <li>lists (and dynamic): a list of the unified element types;
 * <li>lists and tuples: the tuples unified as a list, then with the lists;
 * <li>sets (and dynamic): a set of the unified element types;
 * <li>objects with the same attribute names: an object of the attributes unified one by one,
 *     else a map of all attribute types unified;
 * <li>tuples of one length: a tuple of the elements unified position by position, else a list
 *     of all element types unified;
 * <li>objects and tuples together never unify.
 * </ul>
 * A collection or structural kind mixed with {@link Type#DYNAMIC} unifies to dynamic: its shape is
 * not known before the dynamic value is. Otherwise (primitives, a set with a tuple, ...) the
 * given types are tried as the result, most general first (string before number and bool, any
 * other type before dynamic, a list before a tuple, a map before an object), and the first one
 * that every given type converts to wins: {@code [string, number]} unifies to string,
 * {@code [set(string), tuple([])]} to {@code set(string)}, {@code [dynamic, bool]} to bool.
 *
 * <p>Conversions are the unsafe ones Terraform's {@code convert.Convert} uses: string to number or
 * bool (which may fail on the value), list to set, map to object, and from dynamic to anything.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class Unify {

    private Unify() { }

    /**
     * The type all of {@code types} convert to, or null when there is none. No types unify to
     * {@link Type#DYNAMIC}.
     */
    public static Type unify(List<Type> types) {
        return types.isEmpty() ? Type.DYNAMIC : unifyTypes(types);
    }

    /** Whether cty has a conversion (possibly unsafe: it may still fail on a value) from {@code in} to {@code out}. */
    public static boolean convertible(Type in, Type out) {
        if (out == Type.DYNAMIC || in == Type.DYNAMIC || in.equals(out)) {
            return true;
        }
        if (in instanceof Type.Primitive && out instanceof Type.Primitive) {
            return in == Type.STRING || out == Type.STRING;
        }
        if (out instanceof Type.ObjectType oo && in instanceof Type.ObjectType io) {
            for (Map.Entry<String, Type> a : oo.attributes().entrySet()) {
                Type have = io.attributes().get(a.getKey());
                if (have == null ? !oo.optional().contains(a.getKey()) : !convertible(have, a.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (out instanceof Type.TupleType ot && in instanceof Type.TupleType it) {
            if (ot.elements().size() != it.elements().size()) {
                return false;
            }
            for (int i = 0; i < ot.elements().size(); i++) {
                if (!convertible(it.elements().get(i), ot.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if ((out instanceof Type.ListType || out instanceof Type.SetType)
                && (in instanceof Type.ListType || in instanceof Type.SetType)) {
            return convertible(in.elementType(), out.elementType());
        }
        if (out instanceof Type.MapType && in instanceof Type.MapType) {
            return convertible(in.elementType(), out.elementType());
        }
        if ((out instanceof Type.ListType || out instanceof Type.SetType) && in instanceof Type.TupleType t) {
            return allConvertTo(t.elements(), out.elementType(), true);
        }
        if (out instanceof Type.MapType && in instanceof Type.ObjectType o) {
            return allConvertTo(new ArrayList<>(o.attributes().values()), out.elementType(), false);
        }
        if (out instanceof Type.ObjectType oo && in instanceof Type.MapType) {
            for (Map.Entry<String, Type> a : oo.attributes().entrySet()) {
                if (!convertible(in.elementType(), a.getValue()) && !oo.optional().contains(a.getKey())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether the elements of a tuple (or attributes of an object) convert to one element type:
     * {@code element} itself, or when it is dynamic the type they unify to (for a sequence, a
     * dynamic result only when every element is dynamic).
     */
    private static boolean allConvertTo(List<Type> members, Type element, boolean sequence) {
        if (members.isEmpty()) {
            return true;
        }
        Type want = element;
        if (want == Type.DYNAMIC) {
            want = unifyTypes(members);
            if (want == null) {
                return false;
            }
            if (sequence && want == Type.DYNAMIC && members.stream().anyMatch(m -> m != Type.DYNAMIC)) {
                return false;
            }
        }
        for (Type m : members) {
            if (!convertible(m, want)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Unification of a non-empty list; null for an empty one (as cty's NilType). Duplicates are
     * dropped first: the result depends only on which types are given (the preference order of
     * equal types does not matter), and a tuple of 100,000 strings must not cost 10^10 comparisons.
     */
    private static Type unifyTypes(List<Type> given) {
        if (given.isEmpty()) {
            return null;
        }
        List<Type> types = new ArrayList<>(new LinkedHashSet<>(given));
        if (types.size() == 1 && types.get(0) instanceof Type.Primitive) {
            return types.get(0);
        }
        int maps = 0;
        int lists = 0;
        int sets = 0;
        int objects = 0;
        int tuples = 0;
        int dynamics = 0;
        for (Type t : types) {
            if (t instanceof Type.MapType) {
                maps++;
            } else if (t instanceof Type.ListType) {
                lists++;
            } else if (t instanceof Type.SetType) {
                sets++;
            } else if (t instanceof Type.ObjectType) {
                objects++;
            } else if (t instanceof Type.TupleType) {
                tuples++;
            } else if (t == Type.DYNAMIC) {
                dynamics++;
            }
        }
        int n = types.size();
        if (maps > 0 && maps + dynamics == n) {
            return collections(KIND_MAP, types, dynamics > 0);
        } else if (maps > 0 && maps + objects + dynamics == n) {
            Type t = structuralAs(types, true);
            if (t instanceof Type.MapType) {
                return t;
            }
        } else if (lists > 0 && lists + dynamics == n) {
            return collections(KIND_LIST, types, dynamics > 0);
        } else if (lists > 0 && lists + tuples + dynamics == n) {
            Type t = structuralAs(types, false);
            if (t instanceof Type.ListType) {
                return t;
            }
        } else if (sets > 0 && sets + dynamics == n) {
            return collections(KIND_SET, types, dynamics > 0);
        } else if (objects > 0 && objects + dynamics == n) {
            return dynamics > 0 ? Type.DYNAMIC : objectTypes(types);
        } else if (tuples > 0 && tuples + dynamics == n) {
            return dynamics > 0 ? Type.DYNAMIC : tupleTypes(types);
        } else if (objects > 0 && tuples > 0) {
            return null;
        }
        for (int want : preferenceOrder(types)) {
            Type w = types.get(want);
            boolean all = true;
            for (Type t : types) {
                if (!convertible(t, w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return w;
            }
        }
        return null;
    }

    private static final int KIND_LIST = 0;
    private static final int KIND_SET = 1;
    private static final int KIND_MAP = 2;

    private static Type collection(int kind, Type element) {
        return switch (kind) {
            case KIND_LIST -> Type.list(element);
            case KIND_SET -> Type.set(element);
            default -> Type.map(element);
        };
    }

    /** Collections of one kind: that kind of the unified element types; dynamic when one is dynamic. */
    private static Type collections(int kind, List<Type> types, boolean hasDynamic) {
        if (hasDynamic) {
            return Type.DYNAMIC;
        }
        List<Type> elements = new ArrayList<>(types.size());
        for (Type t : types) {
            elements.add(t.elementType());
        }
        Type e = unifyTypes(elements);
        if (e == null) {
            return null;
        }
        Type result = collection(kind, e);
        return allConvert(types, result) ? result : null;
    }

    /**
     * Maps with objects ({@code asMap}) or lists with tuples: the structural types are unified to
     * a map (list) first, which then unifies with the collections; null when either step fails.
     */
    private static Type structuralAs(List<Type> types, boolean asMap) {
        List<Type> structural = new ArrayList<>();
        for (Type t : types) {
            if (asMap ? t instanceof Type.ObjectType : t instanceof Type.TupleType) {
                structural.add(t);
            }
        }
        Type collection = asMap ? objectsToMap(structural) : tuplesToList(structural);
        if (collection == null) {
            return null;
        }
        List<Type> replaced = new ArrayList<>(types.size());
        for (Type t : types) {
            replaced.add(asMap ? t instanceof Type.ObjectType ? collection : t
                : t instanceof Type.TupleType ? collection : t);
        }
        Type u = unifyTypes(replaced);
        return asMap ? u instanceof Type.MapType ? u : null : u instanceof Type.ListType ? u : null;
    }

    /** Objects: an object type when they have the same attribute names, else a map. */
    private static Type objectTypes(List<Type> types) {
        Map<String, Type> first = ((Type.ObjectType) types.get(0)).attributes();
        for (Type t : types) {
            if (!((Type.ObjectType) t).attributes().keySet().equals(first.keySet())) {
                return objectsToMap(types);
            }
        }
        Map<String, Type> attrs = new TreeMap<>();
        for (String name : first.keySet()) {
            List<Type> across = new ArrayList<>(types.size());
            for (Type t : types) {
                across.add(((Type.ObjectType) t).attributes().get(name));
            }
            Type u = unifyTypes(across);
            if (u == null) {
                return null;
            }
            attrs.put(name, u);
        }
        Type result = new Type.ObjectType(attrs);
        return allConvert(types, result) ? result : objectsToMap(types);
    }

    /** Objects as a map of all their attribute types unified; null when those do not unify. */
    private static Type objectsToMap(List<Type> objects) {
        List<Type> members = new ArrayList<>();
        for (Type t : objects) {
            members.addAll(((Type.ObjectType) t).attributes().values());
        }
        Type e = unifyTypes(members);
        if (e == null) {
            return null;
        }
        Type result = Type.map(e);
        return allConvert(objects, result) ? result : null;
    }

    /** Tuples: a tuple type when they have the same length, else a list. */
    private static Type tupleTypes(List<Type> types) {
        int n = ((Type.TupleType) types.get(0)).elements().size();
        for (Type t : types) {
            if (((Type.TupleType) t).elements().size() != n) {
                return tuplesToList(types);
            }
        }
        List<Type> elements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Type> across = new ArrayList<>(types.size());
            for (Type t : types) {
                across.add(((Type.TupleType) t).elements().get(i));
            }
            Type u = unifyTypes(across);
            if (u == null) {
                return null;
            }
            elements.add(u);
        }
        Type result = Type.tuple(elements);
        return allConvert(types, result) ? result : tuplesToList(types);
    }

    /** Tuples as a list of all their element types unified; null when those do not unify. */
    private static Type tuplesToList(List<Type> tuples) {
        List<Type> members = new ArrayList<>();
        for (Type t : tuples) {
            members.addAll(((Type.TupleType) t).elements());
        }
        Type e = unifyTypes(members);
        if (e == null) {
            return null;
        }
        Type result = Type.list(e);
        return allConvert(tuples, result) ? result : null;
    }

    private static boolean allConvert(List<Type> types, Type to) {
        for (Type t : types) {
            if (!convertible(t, to)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The indexes of {@code types}, most general first (a topological order of cty's
     * "more general than" relation, ties in the given order).
     */
    private static List<Integer> preferenceOrder(List<Type> types) {
        int n = types.size();
        List<List<Integer>> edges = new ArrayList<>(n);
        int[] inDegree = new int[n];
        for (int i = 0; i < n; i++) {
            edges.add(new ArrayList<>());
        }
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                int c = compare(types.get(i), types.get(j));
                if (c < 0) {
                    edges.get(i).add(j);
                    inDegree[j]++;
                } else if (c > 0) {
                    edges.get(j).add(i);
                    inDegree[i]++;
                }
            }
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (inDegree[i] == 0) {
                order.add(i);
            }
        }
        for (int k = 0; k < order.size(); k++) {
            for (int j : edges.get(order.get(k))) {
                if (--inDegree[j] == 0) {
                    order.add(j);
                }
            }
        }
        return order;
    }

    /**
     * Negative when {@code a} is the more general type (preferred as a unification result),
     * positive when {@code b} is, zero when neither (cty's {@code compareTypes}).
     */
    static int compare(Type a, Type b) {
        if (a == Type.DYNAMIC || b == Type.DYNAMIC) {
            return a == b ? 0 : a != Type.DYNAMIC ? -1 : 1;
        }
        if (a instanceof Type.Primitive && b instanceof Type.Primitive) {
            if (a == Type.STRING || b == Type.STRING) {
                return a == b ? 0 : a != Type.STRING ? 1 : -1;
            }
        }
        if (a instanceof Type.ListType && b instanceof Type.ListType
                || a instanceof Type.SetType && b instanceof Type.SetType
                || a instanceof Type.MapType && b instanceof Type.MapType) {
            return compare(a.elementType(), b.elementType());
        }
        int swap = 1;
        if (a instanceof Type.TupleType && b instanceof Type.ListType
                || a instanceof Type.ObjectType && b instanceof Type.MapType
                || a instanceof Type.SetType && b instanceof Type.TupleType
                || a instanceof Type.SetType && b instanceof Type.ListType) {
            Type t = a;
            a = b;
            b = t;
            swap = -1;
        }
        if (b instanceof Type.SetType && (a instanceof Type.TupleType || a instanceof Type.ListType)) {
            return -swap;
        }
        if (a instanceof Type.ListType && b instanceof Type.TupleType) {
            return -swap;
        }
        if (a instanceof Type.MapType && b instanceof Type.ObjectType) {
            return -swap;
        }
        if (a instanceof Type.ObjectType oa && b instanceof Type.ObjectType ob) {
            if (oa.attributes().size() != ob.attributes().size()) {
                return 0;
            }
            List<Type> as = new ArrayList<>();
            List<Type> bs = new ArrayList<>();
            for (Map.Entry<String, Type> e : oa.attributes().entrySet()) {
                Type other = ob.attributes().get(e.getKey());
                if (other == null) {
                    return 0;
                }
                as.add(e.getValue());
                bs.add(other);
            }
            return swap * supertypeOf(as, bs);
        }
        if (a instanceof Type.TupleType ta && b instanceof Type.TupleType tb) {
            if (ta.elements().size() != tb.elements().size()) {
                return 0;
            }
            return swap * supertypeOf(ta.elements(), tb.elements());
        }
        return 0;
    }

    /** -1 when {@code as} are pairwise more general than {@code bs}, 1 for the reverse, 0 when mixed or equal. */
    private static int supertypeOf(List<Type> as, List<Type> bs) {
        boolean aSuper = false;
        boolean bSuper = false;
        for (int i = 0; i < as.size(); i++) {
            int c = compare(as.get(i), bs.get(i));
            aSuper |= c < 0;
            bSuper |= c > 0;
        }
        return aSuper == bSuper ? 0 : aSuper ? -1 : 1;
    }
}
