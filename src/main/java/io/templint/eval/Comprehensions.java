package io.templint.eval;

import io.templint.hcl.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code for} expressions and splats for the {@link Interpreter}, with HCL's semantics: key and
 * value variables bound per element, {@code if} filters, grouping with {@code ...}, duplicate
 * keys, splats over null (an empty tuple) and non-sequences (a one-element tuple).
 */
final class Comprehensions {

    private final Interpreter in;

    Comprehensions(Interpreter in) {
        this.in = in;
    }

    /** {@code [for ...]} and <code>{for ...}</code>. */
    Value forExpr(Expression.For x) {
        Value coll = in.eval(x.collection());
        Type resultType = Type.DYNAMIC;
        if (coll.isNull()) {
            in.error("Iteration over null value", "A null value cannot be used as the collection in a 'for' expression.",
                x.collection().range());
            return Interpreter.invalid();
        }
        Type ct = coll.type();
        boolean iterable = ct instanceof Type.ListType || ct instanceof Type.SetType || ct instanceof Type.TupleType
            || ct instanceof Type.MapType || ct instanceof Type.ObjectType || ct == Type.DYNAMIC;
        if (!iterable) {
            in.error("Iteration over non-iterable value", "A value of type " + ct.friendlyName()
                + " cannot be used as the collection in a 'for' expression.", x.collection().range());
            return Interpreter.invalid();
        }
        if (coll.isUnknown()) {
            return Value.unknown(resultType, coll.unknownReason()).mark(coll.marks());
        }
        List<Value[]> entries = new ArrayList<>();
        if (coll.isSequence()) {
            List<Value> elems = coll.elements();
            boolean set = ct instanceof Type.SetType;
            for (int i = 0; i < elems.size(); i++) {
                entries.add(new Value[] {set ? elems.get(i) : Value.number(i), elems.get(i)});
            }
        } else {
            for (Map.Entry<String, Value> e : coll.attributes().entrySet()) {
                entries.add(new Value[] {Value.string(e.getKey()), e.getValue()});
            }
        }
        in.checkSize(entries.size(), x.collection().range());
        Interpreter.Frame saved = in.bindings();
        List<Value> items = new ArrayList<>();
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        Map<String, Value> object = new LinkedHashMap<>();
        Marks marks = coll.marks();
        Value unknown = null;
        boolean failed = false;
        try {
            for (Value[] kv : entries) {
                in.step(1);
                Interpreter.Frame f = saved;
                if (x.keyVar() != null) {
                    f = new Interpreter.Frame(x.keyVar(), kv[0], f);
                }
                in.bindings(new Interpreter.Frame(x.valueVar(), kv[1], f));
                if (x.condition() != null) {
                    Value c = in.eval(x.condition());
                    marks = marks.union(c.marks());
                    if (c.isNull()) {
                        in.error("Invalid 'for' condition", "The value of the 'if' clause must not be null.",
                            x.condition().range());
                        failed = true;
                        break;
                    }
                    Value b;
                    try {
                        b = Convert.convert(c.unmark(), Type.BOOL);
                    } catch (ConversionException e) {
                        in.error("Invalid 'for' condition", "The 'if' clause value is invalid: " + e.getMessage() + ".",
                            x.condition().range());
                        failed = true;
                        break;
                    }
                    if (b.isUnknown()) {
                        unknown = unknown == null ? b : unknown;
                        continue;
                    }
                    if (!b.asBoolean()) {
                        continue;
                    }
                }
                if (!x.isObject()) {
                    items.add(in.eval(x.valueExpr()));
                    continue;
                }
                Value k = in.eval(x.keyExpr());
                Value v = in.eval(x.valueExpr());
                if (k.isNull()) {
                    in.error("Invalid object key", "Key expression in 'for' expression must not produce a null value.",
                        x.keyExpr().range());
                    failed = true;
                    break;
                }
                Value ks;
                try {
                    ks = Convert.convert(k, Type.STRING);
                } catch (ConversionException e) {
                    in.error("Invalid object key", "The key expression produced an invalid result: " + e.getMessage() + ".",
                        x.keyExpr().range());
                    failed = true;
                    break;
                }
                marks = marks.union(ks.marks());
                if (ks.isUnknown()) {
                    unknown = unknown == null ? ks : unknown;
                    continue;
                }
                String key = ks.asString();
                if (x.group()) {
                    groups.computeIfAbsent(key, kk -> new ArrayList<>()).add(v);
                } else if (object.containsKey(key)) {
                    in.error("Duplicate object key", "Two different items produced the key \"" + key + "\" in this 'for'"
                        + " expression. If duplicates are expected, use the ellipsis (...) after the value expression"
                        + " to enable grouping by key.", x.keyExpr().range());
                    failed = true;
                    break;
                } else {
                    object.put(key, v);
                }
            }
        } finally {
            in.bindings(saved);
        }
        if (failed) {
            return Interpreter.invalid();
        }
        if (unknown != null) {
            return Value.unknown(resultType, unknown.unknownReason()).mark(marks);
        }
        if (!x.isObject()) {
            return Value.tuple(items).mark(marks);
        }
        if (x.group()) {
            groups.forEach((k, vs) -> object.put(k, Value.tuple(vs)));
        }
        return Value.object(object).mark(marks);
    }

    /** {@code source[*].each} and {@code source.*.each}. */
    Value splat(Expression.Splat x) {
        Value src = in.eval(x.source());
        Type st = src.type();
        boolean upgrade = !(st instanceof Type.ListType || st instanceof Type.SetType || st instanceof Type.TupleType);
        if (src.isNull()) {
            if (upgrade) {
                return Value.EMPTY_TUPLE.mark(src.marks());
            }
            in.error("Splat of null value", "Splat expressions (with the * symbol) cannot be applied to null sequences.",
                x.source().range());
            return Interpreter.invalid();
        }
        if (src.isUnknown()) {
            return Value.unknown(st instanceof Type.ListType || st instanceof Type.SetType
                ? new Type.ListType(Type.DYNAMIC) : Type.DYNAMIC, src.unknownReason()).mark(src.marks());
        }
        List<Value> elems = upgrade ? List.of(src.unmark()) : src.elements();
        in.checkSize(elems.size(), x.range());
        List<Value> out = new ArrayList<>(elems.size());
        Value saved = in.bindSplatItem(x.item(), null);
        try {
            for (Value e : elems) {
                in.step(1);
                in.bindSplatItem(x.item(), e);
                out.add(in.eval(x.each()));
            }
        } finally {
            in.bindSplatItem(x.item(), saved);
        }
        Marks marks = src.marks();
        if (!upgrade && !(st instanceof Type.TupleType)) {
            if (out.isEmpty()) {
                return Value.list(Type.DYNAMIC, List.of()).mark(marks);
            }
            List<Value> unified = Convert.unifyValues(out);
            if (unified != null) {
                return Value.list(unified.get(0).type(), unified).mark(marks);
            }
        }
        return Value.tuple(out).mark(marks);
    }
}
