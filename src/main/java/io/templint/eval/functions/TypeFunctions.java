package io.templint.eval.functions;

import static io.templint.eval.functions.Defs.fn;

import io.templint.eval.ConversionException;
import io.templint.eval.Convert;
import io.templint.eval.Marks;
import io.templint.eval.Type;
import io.templint.eval.Value;
import java.util.List;
import java.util.Map;

/** Terraform's type conversion functions and the sensitivity functions. */
final class TypeFunctions {

    private TypeFunctions() { }

    static List<Function> all() {
        return Defs.typed(List.of(
                conversion("tostring", Type.STRING),
                conversion("tonumber", Type.NUMBER),
                conversion("tobool", Type.BOOL),
                conversion("tolist", Type.list(Type.DYNAMIC)),
                conversion("toset", Type.set(Type.DYNAMIC)),
                conversion("tomap", Type.map(Type.DYNAMIC)),
                fn("sensitive", (a, c) -> a.get(0).mark(Marks.sensitive("sensitive()")), raw("value")),
                fn("nonsensitive", (a, c) -> a.get(0).withMarks(a.get(0).marks().withoutSensitive()), raw("value")),
                fn("issensitive", (a, c) -> Value.bool(a.get(0).isSensitive()), raw("value")),
                fn("ephemeralasnull", (a, c) -> a.get(0), raw("value"))
            ), Type.DYNAMIC,
            Map.of("issensitive", Type.BOOL));
    }

    private static Param raw(String name) {
        return new Param(name, Type.DYNAMIC, true, Param.Unknowns.ANY, Param.MarkMode.RAW);
    }

    private static Function conversion(String name, Type target) {
        Param p = new Param("v", Type.DYNAMIC, true, Param.Unknowns.ANY, Param.MarkMode.TOP);
        return fn(name, (a, c) -> {
            Value v = a.get(0);
            if (!Convert.typeConvertible(v.type(), target)) {
                // Terraform checks the type before the value, so this holds for nulls and unknowns too
                throw new FunctionException(0, "cannot convert " + v.type().friendlyName() + " to "
                    + (target.hasDynamic() ? target.friendlyName().replace("dynamic", "any single type")
                    : target.friendlyName()) + ".");
            }
            if (v.isNull() || v.isUnknown()) {
                Type t = Convert.dynamicReplace(v.type(), target);
                return v.isNull() ? Value.nullOf(t) : Value.unknown(t, v.unknownReason());
            }
            try {
                return Convert.convert(v, target);
            } catch (ConversionException e) {
                String detail = target.isPrimitive() && !v.type().isPrimitive()
                    ? "cannot convert " + v.type().friendlyName() + " to " + target.friendlyName() + "."
                    : (v.type() == Type.STRING && target == Type.NUMBER
                        ? "cannot convert \"" + v.asString() + "\" to number; given string must be a decimal"
                            + " representation of a number."
                        : e.getMessage() + ".");
                throw new FunctionException(0, detail);
            }
        }, p).returning(target.hasDynamic() ? Type.DYNAMIC : target);
    }
}
