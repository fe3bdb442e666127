package io.templint.eval.functions;

import io.templint.eval.Type;

/**
 * One parameter of a {@link Function}: its name, the type arguments are converted to, and what the
 * function accepts without help from the calling machinery.
 *
 * @param name      the name used in messages ({@code Invalid value for "str" parameter})
 * @param type      arguments are converted to this type; {@link Type#DYNAMIC} takes any value
 * @param allowNull whether null arguments reach the function (otherwise they are an error)
 * @param unknowns  how unknown arguments are handled
 * @param marks     how marked (sensitive) arguments are handled
 */
public record Param(String name, Type type, boolean allowNull, Unknowns unknowns, MarkMode marks) {

    /** How a parameter treats unknown values. */
    public enum Unknowns {
        /** Any unknown value, at any depth, makes the result unknown without calling the function. */
        WHOLLY_KNOWN,
        /** An unknown argument makes the result unknown; unknown elements reach the function. */
        KNOWN,
        /** The function receives unknown arguments and decides itself. */
        ANY
    }

    /** How a parameter treats marks. */
    public enum MarkMode {
        /** All marks, at any depth, are removed and put on the result (strings, encodings, hashes). */
        DEEP,
        /** The argument's own marks are moved to the result; elements keep theirs (collections). */
        TOP,
        /** The function receives the marked argument and sets the result's marks itself. */
        RAW
    }

    /** A parameter of {@code type}: no nulls, wholly known values, deep marks. */
    public static Param of(String name, Type type) {
        return new Param(name, type, false, Unknowns.WHOLLY_KNOWN, MarkMode.DEEP);
    }

    /** A collection parameter: no nulls, unknown elements allowed, elements keep their marks. */
    public static Param collection(String name, Type type) {
        return new Param(name, type, false, Unknowns.KNOWN, MarkMode.TOP);
    }

    public Param allowingNull() {
        return new Param(name, type, true, unknowns, marks);
    }

    public Param withUnknowns(Unknowns u) {
        return new Param(name, type, allowNull, u, marks);
    }

    public Param withMarks(MarkMode m) {
        return new Param(name, type, allowNull, unknowns, m);
    }
}
