package io.templint.terraform;

import io.templint.hcl.Expression;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Terraform type constraint as written in a {@code variable}'s {@code type}: {@code string},
 * {@code list(string)}, {@code object({a = optional(number, 1)})}, {@code any}, ...
 *
 * @param kind       what kind of type it is
 * @param element    the element type of a list, set or map; null otherwise
 * @param attributes the attributes of an object type, in declaration order; empty otherwise
 * @param elements   the element types of a tuple type; empty otherwise
 */
public record TypeConstraint(Kind kind, TypeConstraint element, Map<String, Attribute> attributes,
                             List<TypeConstraint> elements) {

    /** The kinds of type. */
    public enum Kind { STRING, NUMBER, BOOL, ANY, LIST, SET, MAP, OBJECT, TUPLE }

    /**
     * An object attribute's type.
     *
     * @param type         the attribute type
     * @param optional     whether it was declared with {@code optional(...)}
     * @param defaultValue the default given to {@code optional}, or null
     */
    public record Attribute(TypeConstraint type, boolean optional, Expression defaultValue) { }

    public static final TypeConstraint STRING = primitive(Kind.STRING);
    public static final TypeConstraint NUMBER = primitive(Kind.NUMBER);
    public static final TypeConstraint BOOL = primitive(Kind.BOOL);
    public static final TypeConstraint ANY = primitive(Kind.ANY);

    public TypeConstraint {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        elements = List.copyOf(elements);
    }

    private static TypeConstraint primitive(Kind k) {
        return new TypeConstraint(k, null, Map.of(), List.of());
    }

    /** A list, set or map type of {@code element}. */
    public static TypeConstraint collection(Kind kind, TypeConstraint element) {
        return new TypeConstraint(kind, element, Map.of(), List.of());
    }

    /** An object type. */
    public static TypeConstraint object(Map<String, Attribute> attributes) {
        return new TypeConstraint(Kind.OBJECT, null, attributes, List.of());
    }

    /** A tuple type. */
    public static TypeConstraint tuple(List<TypeConstraint> elements) {
        return new TypeConstraint(Kind.TUPLE, null, Map.of(), elements);
    }

    /** The evaluator's type for this constraint ({@code any} becomes the dynamic pseudo-type). */
    public io.templint.eval.Type toType() {
        return switch (kind) {
            case STRING -> io.templint.eval.Type.STRING;
            case NUMBER -> io.templint.eval.Type.NUMBER;
            case BOOL -> io.templint.eval.Type.BOOL;
            case ANY -> io.templint.eval.Type.DYNAMIC;
            case LIST -> new io.templint.eval.Type.ListType(element.toType());
            case SET -> new io.templint.eval.Type.SetType(element.toType());
            case MAP -> new io.templint.eval.Type.MapType(element.toType());
            case TUPLE -> new io.templint.eval.Type.TupleType(elements.stream().map(TypeConstraint::toType).toList());
            case OBJECT -> {
                Map<String, io.templint.eval.Type> attrs = new LinkedHashMap<>();
                java.util.Set<String> optional = new java.util.TreeSet<>();
                attributes.forEach((k, a) -> {
                    attrs.put(k, a.type().toType());
                    if (a.optional()) {
                        optional.add(k);
                    }
                });
                yield new io.templint.eval.Type.ObjectType(attrs, optional);
            }
        };
    }

    /** The type as Terraform writes it: {@code list(string)}, {@code object({a=number})}. */
    public String friendlyName() {
        return switch (kind) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOL -> "bool";
            case ANY -> "any";
            case LIST -> "list of " + element.friendlyName();
            case SET -> "set of " + element.friendlyName();
            case MAP -> "map of " + element.friendlyName();
            case OBJECT -> "object";
            case TUPLE -> "tuple";
        };
    }

    /**
     * Why a constant expression cannot convert to this type, in the words of Terraform's type
     * conversion ({@code "a number is required"}), or null when it can or when the expression is
     * not a constant that can be checked without evaluation.
     */
    public String incompatibility(Expression value) {
        Expression e = Literals.unwrap(value);
        if (kind == Kind.ANY || Literals.isNull(e)) {
            return null;
        }
        Shape shape = Shape.of(e);
        if (shape == Shape.UNKNOWN) {
            return null;
        }
        return switch (kind) {
            case STRING -> shape == Shape.PRIMITIVE ? null : "string required";
            case NUMBER -> numberProblem(e, shape);
            case BOOL -> shape == Shape.PRIMITIVE && Literals.bool(e) != null ? null
                : shape == Shape.PRIMITIVE && Literals.string(e) != null ? "a bool is required" : "bool required";
            case LIST, SET -> shape != Shape.TUPLE ? friendlyName() + " required"
                : firstProblem(((Expression.TupleCons) e).items(), element);
            case MAP -> shape != Shape.OBJECT ? friendlyName() + " required" : mapProblem((Expression.ObjectCons) e);
            case OBJECT -> shape != Shape.OBJECT ? "object required" : objectProblem((Expression.ObjectCons) e);
            case TUPLE -> tupleProblem(e, shape);
            case ANY -> null;
        };
    }

    private static String numberProblem(Expression e, Shape shape) {
        if (shape != Shape.PRIMITIVE) {
            return "number required";
        }
        if (Literals.number(e) != null) {
            return null;
        }
        String s = Literals.string(e);
        if (s != null) {
            try {
                new BigDecimal(s.trim());
                return null;
            } catch (NumberFormatException x) {
                return "a number is required";
            }
        }
        return "number required";
    }

    private static String firstProblem(List<Expression> items, TypeConstraint type) {
        for (int i = 0; i < items.size(); i++) {
            String p = type.incompatibility(items.get(i));
            if (p != null) {
                return "element " + i + ": " + p;
            }
        }
        return null;
    }

    private String mapProblem(Expression.ObjectCons o) {
        for (Expression.ObjectItem it : o.items()) {
            String p = element.incompatibility(it.value());
            if (p != null) {
                String key = keyName(it.key());
                return (key == null ? "" : "element " + Messages.quote(key) + ": ") + p;
            }
        }
        return null;
    }

    private String objectProblem(Expression.ObjectCons o) {
        Map<String, Expression> given = new LinkedHashMap<>();
        for (Expression.ObjectItem it : o.items()) {
            String key = keyName(it.key());
            if (key == null) {
                return null; // computed keys: cannot tell statically
            }
            given.put(key, it.value());
        }
        for (Map.Entry<String, Attribute> a : attributes.entrySet()) {
            Expression v = given.get(a.getKey());
            if (v == null) {
                if (!a.getValue().optional()) {
                    return "attribute " + Messages.quote(a.getKey()) + " is required";
                }
                continue;
            }
            String p = a.getValue().type().incompatibility(v);
            if (p != null) {
                return "attribute " + Messages.quote(a.getKey()) + ": " + p;
            }
        }
        return null;
    }

    private String tupleProblem(Expression e, Shape shape) {
        if (shape != Shape.TUPLE) {
            return "tuple required";
        }
        List<Expression> items = ((Expression.TupleCons) e).items();
        if (items.size() != elements.size()) {
            return "tuple required with " + elements.size() + " elements";
        }
        for (int i = 0; i < items.size(); i++) {
            String p = elements.get(i).incompatibility(items.get(i));
            if (p != null) {
                return "element " + i + ": " + p;
            }
        }
        return null;
    }

    /** The literal key of an object constructor item, or null when it is computed. */
    static String keyName(Expression key) {
        if (key instanceof Expression.ObjectConsKey k) {
            String bare = k.bareName();
            return bare != null ? bare : Literals.string(k.wrapped());
        }
        return Literals.string(key);
    }

    /** The shape of a constant expression, as far as it can be seen without evaluation. */
    private enum Shape {
        PRIMITIVE, TUPLE, OBJECT, UNKNOWN;

        static Shape of(Expression e) {
            if (e instanceof Expression.LiteralValue) {
                return PRIMITIVE;
            }
            if (e instanceof Expression.Template t) {
                return t.isStringLiteral() ? PRIMITIVE : UNKNOWN;
            }
            if (e instanceof Expression.UnaryOp u && Literals.number(u) != null) {
                return PRIMITIVE;
            }
            if (e instanceof Expression.TupleCons) {
                return TUPLE;
            }
            if (e instanceof Expression.ObjectCons) {
                return OBJECT;
            }
            return UNKNOWN;
        }
    }
}
