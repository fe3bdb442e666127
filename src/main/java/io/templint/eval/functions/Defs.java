package io.templint.eval.functions;

import io.templint.eval.Numbers;
import io.templint.eval.Type;
import io.templint.eval.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Shorthands for declaring built-in functions. */
final class Defs {

    private Defs() { }

    static Function fn(String name, Function.Impl impl, Param... params) {
        return new Function(name, Arrays.asList(params), null, impl);
    }

    static Function variadic(String name, Param var, Function.Impl impl, Param... params) {
        return new Function(name, Arrays.asList(params), var, impl);
    }

    /**
     * The functions with their result types declared: {@code usual} unless {@code exceptions} names
     * another type; functions that already declare a type keep it.
     */
    static List<Function> typed(List<Function> functions, Type usual, Map<String, Type> exceptions) {
        return functions.stream()
            .map(f -> f.returns() != Type.DYNAMIC ? f : f.returning(exceptions.getOrDefault(f.name(), usual)))
            .toList();
    }

    /** A function whose result can never be known statically. */
    static Function unknownResult(String name, Type result, String why, Param... params) {
        return fn(name, (a, c) -> Value.unknown(result, "function " + name + "() " + why), params).returning(result);
    }

    static Param str(String name) {
        return Param.of(name, Type.STRING);
    }

    static Param num(String name) {
        return Param.of(name, Type.NUMBER);
    }

    static Param any(String name) {
        return Param.of(name, Type.DYNAMIC);
    }

    static Param coll(String name, Type t) {
        return Param.collection(name, t);
    }

    static String s(List<Value> args, int i) {
        return args.get(i).asString();
    }

    static BigDecimal n(List<Value> args, int i) {
        return args.get(i).asNumber();
    }

    /** Argument {@code i} as an int, failing on fractions and out-of-range values. */
    static int integer(List<Value> args, int i) throws FunctionException {
        Integer v = Numbers.intValue(args.get(i).asNumber());
        if (v == null) {
            throw new FunctionException(i, "a whole number within range is required.");
        }
        return v;
    }

    static Value strings(List<String> l) {
        return Value.list(Type.STRING, l.stream().map(Value::string).toList());
    }
}
