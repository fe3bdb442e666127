package io.templint.eval;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Range;
import java.util.List;

/**
 * The traversal steps of HCL over values: attribute access ({@code v.name}) and indexing
 * ({@code v[key]}, legacy {@code v.0}), with HCL's errors. Results carry the marks of the
 * collection (and of the key).
 */
final class Traversals {

    private Traversals() { }

    private static Value fail(List<Diagnostic> sink, String summary, String detail, Range where) {
        sink.add(Diagnostic.error(summary, detail, where));
        return null;
    }

    /** {@code v.name}; null after reporting an error. */
    static Value attribute(Value v, String name, Range where, List<Diagnostic> sink) {
        Type t = v.type();
        if (v.isNull()) {
            return fail(sink, "Attempt to get attribute from null value", "This value is null, so it does not have any attributes.",
                where);
        }
        if (t instanceof Type.ObjectType o) {
            if (!o.attributes().containsKey(name)) {
                return fail(sink, "Unsupported attribute", "This object does not have an attribute named \"" + name + "\".", where);
            }
            if (v.isUnknown()) {
                return Value.unknown(o.attributes().get(name), v.unknownReason()).mark(v.marks());
            }
            return v.attributes().get(name).mark(v.marks());
        }
        if (t instanceof Type.MapType m) {
            if (v.isUnknown()) {
                return Value.unknown(m.element(), v.unknownReason()).mark(v.marks());
            }
            Value e = v.attributes().get(name);
            if (e == null) {
                return fail(sink, "Missing map element", "This map does not have an element with the key \"" + name + "\".", where);
            }
            return e.mark(v.marks());
        }
        if (t == Type.DYNAMIC && v.isUnknown()) {
            return Value.unknown(v.unknownReason()).mark(v.marks());
        }
        if (t instanceof Type.ListType || t instanceof Type.SetType || t instanceof Type.TupleType) {
            return fail(sink, "Unsupported attribute", "Can't access attributes on a " + t.friendlyName()
                + ". Did you mean to access an attribute for a specific element of the list, or across all"
                + " elements of the list?", where);
        }
        return fail(sink, "Unsupported attribute", "Can't access attributes on a primitive-typed value (" + t.friendlyName() + ").",
            where);
    }

    /** {@code coll[key]}; null after reporting an error. */
    static Value index(Value coll, Value key, Range where, List<Diagnostic> sink) {
        Marks marks = coll.marks().union(key.marks());
        if (key.isNull()) {
            return fail(sink, "Invalid index", "Can't use a null value as an indexing key.", where);
        }
        if (coll.isNull()) {
            return fail(sink, "Attempt to index null value", "This value is null, so it does not have any indices.", where);
        }
        Type t = coll.type();
        if (t instanceof Type.SetType) {
            return fail(sink, "Invalid index", "Elements of a set are identified only by their value and don't have any separate"
                + " index or key to select with, so it's only possible to perform operations across all elements"
                + " of the set.", where);
        }
        boolean sequence = t instanceof Type.ListType || t instanceof Type.TupleType;
        boolean mapping = t instanceof Type.MapType || t instanceof Type.ObjectType;
        if (!sequence && !mapping && t != Type.DYNAMIC) {
            return fail(sink, "Invalid index", "This value does not have any indices.", where);
        }
        Value k;
        try {
            k = Convert.convert(key.unmark(), sequence ? Type.NUMBER : mapping ? Type.STRING : Type.DYNAMIC);
        } catch (ConversionException e) {
            return fail(sink, "Invalid index", "The given key does not identify an element in this collection value: "
                + e.getMessage() + ".", where);
        }
        if (coll.isUnknown() || k.isUnknown()) {
            Type et = t.elementType() != null ? t.elementType() : Type.DYNAMIC;
            if (t instanceof Type.ObjectType o && k.isKnown()) {
                Type at = o.attributes().get(k.asString());
                if (at == null) {
                    return fail(sink, "Invalid index", "The given key does not identify an element in this collection value.",
                        where);
                }
                et = at;
            } else if (t instanceof Type.TupleType tt && k.isKnown()) {
                Integer i = Numbers.intValue(k.asNumber());
                if (i == null || i < 0 || i >= tt.elements().size()) {
                    return fail(sink, "Invalid index", "The given key does not identify an element in this collection value.",
                        where);
                }
                et = tt.elements().get(i);
            }
            return Value.unknown(et, (coll.isUnknown() ? coll : k).unknownReason()).mark(marks);
        }
        if (sequence) {
            Integer i = Numbers.intValue(k.asNumber());
            List<Value> elems = coll.elements();
            if (i == null || i < 0 || i >= elems.size()) {
                String detail = i != null && i < 0
                    ? "The given key does not identify an element in this collection value: a negative number is"
                        + " not a valid index for a sequence."
                    : "The given key does not identify an element in this collection value.";
                return fail(sink, "Invalid index", detail, where);
            }
            return elems.get(i).mark(marks);
        }
        Value e = coll.attributes().get(k.asString());
        if (e == null) {
            return fail(sink, "Invalid index", "The given key does not identify an element in this collection value.", where);
        }
        return e.mark(marks);
    }
}
