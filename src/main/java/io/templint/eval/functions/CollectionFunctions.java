package io.templint.eval.functions;

import static io.templint.eval.functions.Defs.coll;
import static io.templint.eval.functions.Defs.fn;
import static io.templint.eval.functions.Defs.integer;
import static io.templint.eval.functions.Defs.num;
import static io.templint.eval.functions.Defs.variadic;

import io.templint.eval.ConversionException;
import io.templint.eval.Convert;
import io.templint.eval.Numbers;
import io.templint.eval.Type;
import io.templint.eval.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Terraform's collection functions. */
final class CollectionFunctions {

    private CollectionFunctions() { }

    private static final Type ANY = Type.DYNAMIC;

    static List<Function> all() {
        return Defs.typed(List.of(
                fn("length", CollectionFunctions::length, coll("value", ANY)),
                fn("element", CollectionFunctions::element, coll("list", ANY), num("index")),
                fn("index", CollectionFunctions::index, coll("list", ANY), Param.of("value", ANY).withMarks(Param.MarkMode.TOP)),
                variadic("lookup", Param.of("default", ANY).allowingNull().withUnknowns(Param.Unknowns.ANY)
                        .withMarks(Param.MarkMode.TOP), CollectionFunctions::lookup,
                    coll("inputMap", ANY), Param.of("key", Type.STRING)),
                variadic("merge", coll("maps", ANY).allowingNull(), CollectionFunctions::merge),
                variadic("concat", coll("seqs", ANY), CollectionFunctions::concat),
                fn("flatten", CollectionFunctions::flatten, coll("list", ANY)),
                fn("distinct", CollectionFunctions::distinct, coll("list", Type.list(ANY)).withUnknowns(Param.Unknowns.WHOLLY_KNOWN)),
                fn("contains", CollectionFunctions::contains, coll("list", ANY), Param.of("value", ANY)
                    .withMarks(Param.MarkMode.TOP)),
                fn("keys", CollectionFunctions::keys, coll("inputMap", ANY)),
                fn("values", CollectionFunctions::values, coll("mapping", ANY)),
                fn("zipmap", CollectionFunctions::zipmap, coll("keys", Type.list(Type.STRING))
                    .withUnknowns(Param.Unknowns.WHOLLY_KNOWN), coll("values", ANY)),
                variadic("coalesce", Param.of("vals", ANY).allowingNull().withUnknowns(Param.Unknowns.ANY)
                    .withMarks(Param.MarkMode.TOP), CollectionFunctions::coalesce),
                variadic("coalescelist", coll("vals", ANY).allowingNull(), CollectionFunctions::coalescelist),
                fn("compact", CollectionFunctions::compact, coll("list", Type.list(Type.STRING))),
                variadic("range", num("params"), CollectionFunctions::range),
                fn("slice", CollectionFunctions::slice, coll("list", ANY), num("start_index"), num("end_index")),
                fn("reverse", CollectionFunctions::reverse, coll("list", ANY)),
                fn("sort", CollectionFunctions::sort, coll("list", Type.list(Type.STRING))
                    .withUnknowns(Param.Unknowns.WHOLLY_KNOWN)),
                variadic("setunion", coll("sets", Type.set(ANY)).withUnknowns(Param.Unknowns.WHOLLY_KNOWN),
                    (a, c) -> setOp(a, c, 0)),
                variadic("setintersection", coll("sets", Type.set(ANY)).withUnknowns(Param.Unknowns.WHOLLY_KNOWN),
                    (a, c) -> setOp(a, c, 1)),
                fn("setsubtract", (a, c) -> setOp(a, c, 2), coll("a", Type.set(ANY)).withUnknowns(Param.Unknowns.WHOLLY_KNOWN),
                    coll("b", Type.set(ANY)).withUnknowns(Param.Unknowns.WHOLLY_KNOWN)),
                variadic("setproduct", coll("sets", ANY), CollectionFunctions::setproduct),
                fn("chunklist", CollectionFunctions::chunklist, coll("list", Type.list(ANY)), num("size")),
                fn("transpose", CollectionFunctions::transpose, Param.of("values", Type.map(Type.list(Type.STRING)))),
                fn("one", CollectionFunctions::one, coll("list", ANY)),
                fn("alltrue", (a, c) -> allAny(a, true), Param.of("list", Type.list(Type.BOOL)).withUnknowns(Param.Unknowns.ANY)),
                fn("anytrue", (a, c) -> allAny(a, false), Param.of("list", Type.list(Type.BOOL)).withUnknowns(Param.Unknowns.ANY)),
                fn("sum", CollectionFunctions::sum, Param.of("list", ANY)),
                fn("matchkeys", CollectionFunctions::matchkeys, coll("values", Type.list(ANY)),
                    coll("keys", Type.list(ANY)).withUnknowns(Param.Unknowns.WHOLLY_KNOWN),
                    coll("searchset", Type.list(ANY)).withUnknowns(Param.Unknowns.WHOLLY_KNOWN))
            ), Type.DYNAMIC,
            Map.of("length", Type.NUMBER, "index", Type.NUMBER, "sum", Type.NUMBER, "contains", Type.BOOL,
            "alltrue", Type.BOOL, "anytrue", Type.BOOL, "sort", Type.list(Type.STRING), "compact", Type.list(Type.STRING),
            "range", Type.list(Type.NUMBER), "join", Type.STRING));
    }

    // ----------------------------------------------------------------- helpers

    private static boolean isSeq(Value v) {
        Type t = v.type();
        return t instanceof Type.ListType || t instanceof Type.SetType || t instanceof Type.TupleType;
    }

    private static boolean isMapping(Type t) {
        return t instanceof Type.MapType || t instanceof Type.ObjectType;
    }

    private static List<Value> seq(Value v, int arg) throws FunctionException {
        if (!isSeq(v) || v.isUnknown()) {
            throw new FunctionException(arg, "a list, set or tuple is required, but have " + v.type().friendlyName() + ".");
        }
        return v.elements();
    }

    /** A list of {@code elems} if their types unify, else a tuple. */
    static Value listOrTuple(List<Value> elems, Type elementTypeIfEmpty, boolean preferList) {
        if (elems.isEmpty()) {
            return preferList ? Value.list(elementTypeIfEmpty, List.of()) : Value.EMPTY_TUPLE;
        }
        if (preferList) {
            List<Value> u = Convert.unifyValues(elems);
            if (u != null) {
                return Value.list(u.get(0).type(), u);
            }
        }
        return Value.tuple(elems);
    }

    /** Whether {@code a} equals {@code b} ignoring marks; null when unknown. */
    private static Boolean same(Value a, Value b) {
        if (!a.isWhollyKnown() || !b.isWhollyKnown()) {
            return null;
        }
        if (a.type().equals(b.type())) {
            return a.unmarkDeep().sameContent(b.unmarkDeep());
        }
        List<Value> u = Convert.unifyValues(List.of(a.unmarkDeep(), b.unmarkDeep()));
        return u != null && u.get(0).sameContent(u.get(1));
    }

    // ----------------------------------------------------------------- functions

    private static Value length(List<Value> a, CallContext c) throws FunctionException {
        Value v = a.get(0);
        if (v.isKnownNonNull() && v.type() == Type.STRING) {
            return Value.number(Graphemes.count(v.asString()));
        }
        if (v.isSequence() || v.isMapping()) {
            return Value.number(v.length());
        }
        throw new FunctionException(0, "argument must be a string, a collection type, or a structural type.");
    }

    private static Value element(List<Value> a, CallContext c) throws FunctionException {
        List<Value> l = seq(a.get(0), 0);
        if (a.get(0).type() instanceof Type.SetType) {
            throw new FunctionException(0, "cannot use element function with a set.");
        }
        int i = integer(a, 1);
        if (l.isEmpty()) {
            throw new FunctionException(0, "cannot use element function with an empty list.");
        }
        // Terraform 1.8+: indexes wrap around, negative ones count from the end
        return l.get(Math.floorMod(i, l.size()));
    }

    private static Value index(List<Value> a, CallContext c) throws FunctionException {
        List<Value> l = seq(a.get(0), 0);
        Value want = a.get(1);
        for (int i = 0; i < l.size(); i++) {
            Boolean eq = same(l.get(i), want);
            if (eq == null) {
                return Value.unknown(Type.NUMBER, "an element of the list is unknown");
            }
            if (eq) {
                return Value.number(i);
            }
        }
        throw new FunctionException("item not found.");
    }

    private static Value lookup(List<Value> a, CallContext c) throws FunctionException {
        if (a.size() > 3) {
            throw new FunctionException(3, "lookup() takes no more than three arguments.");
        }
        Value m = a.get(0);
        if (!isMapping(m.type())) {
            throw new FunctionException(0, "the first argument must be a map or an object, but have "
                + m.type().friendlyName() + ".");
        }
        String key = a.get(1).asString();
        Value v = m.attributes().get(key);
        if (v != null) {
            return v;
        }
        if (a.size() == 3) {
            Value def = a.get(2);
            if (m.type() instanceof Type.MapType mt && !def.isNull()) {
                try {
                    return Convert.convert(def, mt.element());
                } catch (ConversionException e) {
                    return def;
                }
            }
            return def;
        }
        throw new FunctionException(1, "the given key \"" + key + "\" does not exist in the map.");
    }

    /**
     * {@code merge}: arguments all of one map type give that map type; otherwise an object. A
     * dynamic argument (a literal {@code null}) makes the type unknown, so the result is an object,
     * as in cty.
     */
    private static Value merge(List<Value> a, CallContext c) throws FunctionException {
        Map<String, Value> out = new LinkedHashMap<>();
        Type first = null;
        boolean matching = true;
        for (int i = 0; i < a.size(); i++) {
            Value m = a.get(i);
            Type t = m.type();
            if (t == Type.DYNAMIC) {
                matching = false;
            } else if (!isMapping(t)) {
                throw new FunctionException(i, "arguments must be maps or objects, got \"" + t.friendlyName()
                    + "\".");
            }
            if (t instanceof Type.ObjectType && m.isNull()) {
                t = Type.ObjectType.EMPTY;
            }
            if (first == null) {
                first = t;
            } else if (!first.equals(t)) {
                matching = false;
            }
            if (m.isNull()) {
                continue;
            }
            for (Map.Entry<String, Value> e : m.attributes().entrySet()) {
                out.remove(e.getKey());
                out.put(e.getKey(), e.getValue());
            }
            c.checkCollection(out.size());
        }
        if (matching && first instanceof Type.MapType mt) {
            return Value.map(mt.element(), out);
        }
        return Value.object(out);
    }

    /**
     * {@code concat}: lists only, of types that unify, give a list of the unified type (elements
     * converted); otherwise a tuple of all the elements.
     */
    private static Value concat(List<Value> a, CallContext c) throws FunctionException {
        if (a.isEmpty()) {
            throw new FunctionException("at least one argument is required.");
        }
        List<Value> out = new ArrayList<>();
        List<Type> listTypes = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Value v = a.get(i);
            if (!(v.type() instanceof Type.ListType || v.type() instanceof Type.TupleType)) {
                throw new FunctionException(i, "all arguments must be lists or tuples; got "
                    + v.type().friendlyName() + ".");
            }
            if (v.type() instanceof Type.ListType) {
                listTypes.add(v.type());
            }
            out.addAll(v.elements());
            c.checkCollection(out.size());
        }
        Type common = listTypes.size() == a.size() ? Convert.unify(listTypes) : null;
        if (common instanceof Type.ListType lt) {
            List<Value> converted = new ArrayList<>(out.size());
            for (int i = 0; i < a.size(); i++) {
                try {
                    converted.addAll(Convert.convert(a.get(i), common).elements());
                } catch (ConversionException e) {
                    throw new FunctionException(i, e.getMessage() + ".");
                }
            }
            return Value.list(lt.element(), converted);
        }
        return Value.tuple(out);
    }

    private static Value flatten(List<Value> a, CallContext c) throws FunctionException {
        List<Value> out = new ArrayList<>();
        Value u = flattenInto(a.get(0), out, c, 0);
        if (u != null) {
            return Value.unknown(u.unknownReason());
        }
        return a.get(0).type() instanceof Type.TupleType ? Value.tuple(out) : listOrTuple(out, Type.DYNAMIC, true);
    }

    private static Value flattenInto(Value v, List<Value> out, CallContext c, int depth) throws FunctionException {
        if (depth > 100) {
            throw new FunctionException(0, "the list is nested too deeply.");
        }
        List<Value> l = seq(v, 0);
        for (Value e : l) {
            c.step(1);
            if (e.isUnknown() && (e.type() == Type.DYNAMIC || isSeq(e))) {
                return e;
            }
            if (e.isKnownNonNull() && isSeq(e)) {
                Value u = flattenInto(e.mark(v.marks()), out, c, depth + 1);
                if (u != null) {
                    return u;
                }
            } else {
                out.add(e);
                c.checkCollection(out.size());
            }
        }
        return null;
    }

    private static Value distinct(List<Value> a, CallContext c) throws FunctionException {
        List<Value> out = new ArrayList<>();
        Set<ContentKey> seen = new HashSet<>();
        for (Value e : a.get(0).elements()) {
            c.step(1);
            if (seen.add(new ContentKey(e))) {
                out.add(e);
            }
        }
        return Value.list(a.get(0).type().elementType(), out);
    }

    private static Value contains(List<Value> a, CallContext c) throws FunctionException {
        List<Value> l = seq(a.get(0), 0);
        Value want = a.get(1);
        boolean unknown = false;
        for (Value e : l) {
            Boolean eq = same(e, want);
            if (eq == null) {
                unknown = true;
            } else if (eq) {
                return Value.TRUE;
            }
        }
        return unknown ? Value.unknown(Type.BOOL, "an element of the list is unknown") : Value.FALSE;
    }

    private static Value keys(List<Value> a, CallContext c) throws FunctionException {
        Value m = a.get(0);
        if (!isMapping(m.type())) {
            throw new FunctionException(0, "must have map or object type.");
        }
        List<Value> out = m.attributes().keySet().stream().map(Value::string).toList();
        return m.type() instanceof Type.ObjectType ? Value.tuple(out) : Value.list(Type.STRING, out);
    }

    private static Value values(List<Value> a, CallContext c) throws FunctionException {
        Value m = a.get(0);
        if (!isMapping(m.type())) {
            throw new FunctionException(0, "must have map or object type.");
        }
        List<Value> out = new ArrayList<>(m.attributes().values());
        if (m.type() instanceof Type.MapType mt) {
            return Value.list(mt.element(), out);
        }
        return Value.tuple(out);
    }

    private static Value zipmap(List<Value> a, CallContext c) throws FunctionException {
        List<Value> ks = a.get(0).elements();
        List<Value> vs = seq(a.get(1), 1);
        if (ks.size() != vs.size()) {
            throw new FunctionException("number of keys (" + ks.size() + ") does not match number of values ("
                + vs.size() + ").");
        }
        Map<String, Value> out = new LinkedHashMap<>();
        for (int i = 0; i < ks.size(); i++) {
            if (ks.get(i).isNull()) {
                throw new FunctionException(0, "keys list has null value at index " + i + ".");
            }
            out.put(ks.get(i).asString(), vs.get(i));
        }
        if (a.get(1).type() instanceof Type.TupleType) {
            return Value.object(out);
        }
        return Value.map(a.get(1).type().elementType(), out);
    }

    private static Value coalesce(List<Value> a, CallContext c) throws FunctionException {
        if (a.isEmpty()) {
            throw new FunctionException("at least one argument is required.");
        }
        List<Value> unified = Convert.unifyValues(a);
        if (unified == null) {
            throw new FunctionException("all arguments must have the same type.");
        }
        for (Value v : unified) {
            if (v.isUnknown()) {
                return Value.unknown(v.type(), v.unknownReason()).mark(v.marks());
            }
            if (v.isNull() || v.type() == Type.STRING && v.asString().isEmpty()) {
                continue;
            }
            return v;
        }
        throw new FunctionException("no non-null, non-empty-string arguments.");
    }

    /** {@code coalescelist}: every argument must be a list or tuple (a literal null is not), the first non-empty wins. */
    private static Value coalescelist(List<Value> a, CallContext c) throws FunctionException {
        if (a.isEmpty()) {
            throw new FunctionException("at least one argument is required.");
        }
        for (int i = 0; i < a.size(); i++) {
            Type t = a.get(i).type();
            if (!(t instanceof Type.ListType || t instanceof Type.TupleType)) {
                throw new FunctionException("coalescelist arguments must be lists or tuples.");
            }
        }
        for (Value v : a) {
            if (!v.isNull() && v.length() > 0) {
                return v;
            }
        }
        throw new FunctionException("no non-null arguments.");
    }

    private static Value compact(List<Value> a, CallContext c) throws FunctionException {
        List<Value> out = new ArrayList<>();
        for (Value e : a.get(0).elements()) {
            if (e.isUnknown()) {
                return Value.unknown(Type.list(Type.STRING), e.unknownReason());
            }
            if (!e.isNull() && !e.asString().isEmpty()) {
                out.add(e);
            }
        }
        return Value.list(Type.STRING, out);
    }

    private static Value range(List<Value> a, CallContext c) throws FunctionException {
        BigDecimal start = BigDecimal.ZERO;
        BigDecimal limit;
        BigDecimal step = BigDecimal.ONE;
        switch (a.size()) {
            case 1 -> limit = a.get(0).asNumber();
            case 2 -> {
                start = a.get(0).asNumber();
                limit = a.get(1).asNumber();
            }
            case 3 -> {
                start = a.get(0).asNumber();
                limit = a.get(1).asNumber();
                step = a.get(2).asNumber();
            }
            default -> throw new FunctionException("must have one, two, or three arguments.");
        }
        if (a.size() < 3 && limit.compareTo(start) < 0) {
            step = BigDecimal.ONE.negate();
        }
        if (step.signum() == 0) {
            throw new FunctionException(2, "step must not be zero.");
        }
        if (step.signum() < 0 && limit.compareTo(start) > 0) {
            throw new FunctionException(2, "step must be positive when limit is greater than start.");
        }
        if (step.signum() > 0 && limit.compareTo(start) < 0) {
            throw new FunctionException(2, "step must be negative when limit is less than start.");
        }
        BigDecimal count = limit.subtract(start).divide(step, Numbers.DIVISION).abs();
        if (count.compareTo(BigDecimal.valueOf(c.limits().maxCollectionSize())) > 0) {
            throw new FunctionException("more than " + c.limits().maxCollectionSize()
                + " values were generated; either decrease the difference between start and end or use a smaller"
                + " step.");
        }
        List<Value> out = new ArrayList<>(count.intValue() + 1);
        c.step(count.longValue() + 1);
        Integer from = Numbers.intValue(start);
        Integer by = Numbers.intValue(step);
        if (from != null && by != null) {
            // the common case, whole numbers: no decimal arithmetic per element
            BigDecimal end = limit;
            for (long v = from; by > 0 ? BigDecimal.valueOf(v).compareTo(end) < 0 : BigDecimal.valueOf(v).compareTo(end) > 0;
                 v += by) {
                out.add(Value.number(v));
            }
            return Value.list(Type.NUMBER, out);
        }
        for (BigDecimal v = start; step.signum() > 0 ? v.compareTo(limit) < 0 : v.compareTo(limit) > 0;
             v = v.add(step, Numbers.ARITH)) {
            out.add(Value.number(v));
        }
        return Value.list(Type.NUMBER, out);
    }

    private static Value slice(List<Value> a, CallContext c) throws FunctionException {
        Value l = a.get(0);
        if (!(l.type() instanceof Type.ListType || l.type() instanceof Type.TupleType)) {
            throw new FunctionException(0, "must be a list or tuple value.");
        }
        int start = integer(a, 1);
        int end = integer(a, 2);
        if (start < 0) {
            throw new FunctionException(1, "the starting index must be greater than or equal to 0.");
        }
        if (end > l.length()) {
            throw new FunctionException(2, "end index must be less than or equal to the length of the list.");
        }
        if (start > end) {
            throw new FunctionException(1, "the start index cannot be greater than the end index.");
        }
        List<Value> sub = l.elements().subList(start, end);
        return l.type() instanceof Type.ListType ? Value.list(l.type().elementType(), sub) : Value.tuple(sub);
    }

    private static Value reverse(List<Value> a, CallContext c) throws FunctionException {
        Value l = a.get(0);
        if (!isSeq(l)) {
            throw new FunctionException(0, "can only reverse list or tuple values, not " + l.type().friendlyName() + ".");
        }
        List<Value> out = new ArrayList<>(l.elements());
        java.util.Collections.reverse(out);
        return l.type() instanceof Type.TupleType ? Value.tuple(out) : Value.list(l.type().elementType(), out);
    }

    private static Value sort(List<Value> a, CallContext c) throws FunctionException {
        List<Value> out = new ArrayList<>(a.get(0).elements());
        for (Value v : out) {
            if (v.isNull()) {
                throw new FunctionException(0, "given list element is null; a null string cannot be sorted.");
            }
        }
        out.sort((x, y) -> x.asString().compareTo(y.asString()));
        return Value.list(Type.STRING, out);
    }

    private static Value setOp(List<Value> a, CallContext c, int op) throws FunctionException {
        if (a.isEmpty()) {
            throw new FunctionException("at least one set is required.");
        }
        List<Value> unifiedSets = Convert.unifyValues(a);
        if (unifiedSets == null) {
            throw new FunctionException("given sets must all have compatible element types.");
        }
        Type et = unifiedSets.get(0).type().elementType();
        List<Value> result = new ArrayList<>(unifiedSets.get(0).elements());
        for (int i = 1; i < unifiedSets.size(); i++) {
            List<Value> other = unifiedSets.get(i).elements();
            c.step((long) result.size() + other.size());
            if (op == 0) {
                result.addAll(other);
            } else {
                Set<ContentKey> keys = new HashSet<>();
                other.forEach(o -> keys.add(new ContentKey(o)));
                boolean keep = op == 1;
                result.removeIf(v -> keys.contains(new ContentKey(v)) != keep);
            }
            c.checkCollection(result.size());
        }
        return Value.set(et, result);
    }

    private static Value setproduct(List<Value> a, CallContext c) throws FunctionException {
        if (a.size() < 2) {
            throw new FunctionException("at least two arguments are required.");
        }
        long total = 1;
        boolean allSets = true;
        for (int i = 0; i < a.size(); i++) {
            total *= seq(a.get(i), i).size();
            allSets &= a.get(i).type() instanceof Type.SetType;
            c.checkCollection(total);
        }
        List<List<Value>> rows = new ArrayList<>();
        rows.add(List.of());
        for (Value s : a) {
            List<List<Value>> next = new ArrayList<>();
            for (List<Value> row : rows) {
                for (Value e : s.elements()) {
                    List<Value> r = new ArrayList<>(row);
                    r.add(e);
                    next.add(r);
                    c.step(1);
                }
            }
            rows = next;
        }
        List<Value> out = new ArrayList<>();
        for (List<Value> r : rows) {
            List<Value> u = Convert.unifyValues(r);
            out.add(u != null && a.stream().noneMatch(v -> v.type() instanceof Type.TupleType)
                ? Value.list(u.get(0).type(), u) : Value.tuple(r));
        }
        if (out.isEmpty()) {
            return allSets ? Value.set(Type.list(Type.DYNAMIC), out) : Value.list(Type.list(Type.DYNAMIC), out);
        }
        List<Value> uo = Convert.unifyValues(out);
        if (uo == null) {
            return Value.tuple(out);
        }
        return allSets ? Value.set(uo.get(0).type(), uo) : Value.list(uo.get(0).type(), uo);
    }

    private static Value chunklist(List<Value> a, CallContext c) throws FunctionException {
        int size = integer(a, 1);
        if (size < 0) {
            throw new FunctionException(1, "the size argument must be positive.");
        }
        Value l = a.get(0);
        Type et = l.type().elementType();
        List<Value> elems = l.elements();
        if (size == 0) {
            return Value.list(Type.list(et), List.of(l));
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < elems.size(); i += size) {
            out.add(Value.list(et, elems.subList(i, Math.min(elems.size(), i + size))));
        }
        return Value.list(Type.list(et), out);
    }

    private static Value transpose(List<Value> a, CallContext c) throws FunctionException {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Map.Entry<String, Value> e : a.get(0).attributes().entrySet()) {
            if (e.getValue().isNull()) {
                throw new FunctionException(0, "input to transpose must not contain null lists.");
            }
            for (Value v : e.getValue().elements()) {
                if (v.isNull()) {
                    throw new FunctionException(0, "input to transpose must not contain null strings.");
                }
                out.computeIfAbsent(v.asString(), k -> new LinkedHashSet<>()).add(e.getKey());
                c.step(1);
            }
        }
        Map<String, Value> m = new LinkedHashMap<>();
        out.forEach((k, vs) -> m.put(k, Defs.strings(new ArrayList<>(vs))));
        return Value.map(Type.list(Type.STRING), m);
    }

    private static Value one(List<Value> a, CallContext c) throws FunctionException {
        List<Value> l = seq(a.get(0), 0);
        if (l.isEmpty()) {
            Type t = a.get(0).type();
            return Value.nullOf(t.elementType() != null ? t.elementType() : Type.DYNAMIC);
        }
        if (l.size() > 1) {
            throw new FunctionException(0, "must be a list, set, or tuple value with either zero or one elements.");
        }
        return l.get(0);
    }

    private static Value allAny(List<Value> a, boolean all) throws FunctionException {
        Value l = a.get(0);
        if (l.isUnknown()) {
            return Value.unknown(Type.BOOL, l.unknownReason());
        }
        Value unknown = null;
        for (Value e : l.elements()) {
            if (e.isUnknown()) {
                unknown = unknown == null ? e : unknown;
                continue;
            }
            boolean b = !e.isNull() && e.asBoolean();
            if (all && !b) {
                return Value.FALSE;
            }
            if (!all && b) {
                return Value.TRUE;
            }
        }
        if (unknown != null) {
            return Value.unknown(Type.BOOL, unknown.unknownReason());
        }
        return Value.bool(all);
    }

    private static Value sum(List<Value> a, CallContext c) throws FunctionException {
        List<Value> l = seq(a.get(0), 0);
        if (l.isEmpty()) {
            throw new FunctionException(0, "cannot sum an empty list.");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Value e : l) {
            if (e.isNull()) {
                throw new FunctionException(0, "argument must be list, set, or tuple of number values; null found.");
            }
            try {
                total = total.add(Convert.convert(e, Type.NUMBER).asNumber(), Numbers.ARITH);
            } catch (ConversionException ex) {
                throw new FunctionException(0, "argument must be list, set, or tuple of number values.");
            }
        }
        return Value.number(total);
    }

    private static Value matchkeys(List<Value> a, CallContext c) throws FunctionException {
        List<Value> vals = a.get(0).elements();
        List<Value> keys = a.get(1).elements();
        List<Value> search = a.get(2).elements();
        if (vals.size() != keys.size()) {
            throw new FunctionException("length of keys and values should be equal.");
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Value k = keys.get(i);
            for (Value s : search) {
                c.step(1);
                Boolean eq = same(k, s);
                if (eq != null && eq) {
                    out.add(vals.get(i));
                    break;
                }
            }
        }
        return Value.list(a.get(0).type().elementType(), out);
    }
}
