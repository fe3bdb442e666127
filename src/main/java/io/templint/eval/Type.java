package io.templint.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Terraform (cty) type: a primitive ({@code string}, {@code number}, {@code bool}), the dynamic
 * pseudo-type {@code any}, a collection ({@code list}, {@code set}, {@code map}) of one element
 * type, or a structural type ({@code object}, {@code tuple}).
 *
 * <p>Types are immutable values: equality is structural. Use {@link TypeConstraint#parse} to read
 * a type constraint expression such as {@code map(object({name = string}))}.
 */
public sealed interface Type {

    /** The {@code string} type. */
    Type STRING = Primitive.STRING;
    /** The {@code number} type. */
    Type NUMBER = Primitive.NUMBER;
    /** The {@code bool} type. */
    Type BOOL = Primitive.BOOL;
    /** The dynamic pseudo-type ({@code any}): the type is not known until a value is given. */
    Type DYNAMIC = Primitive.DYNAMIC;

    /** The type as Terraform writes it in a type constraint: {@code list(string)}. */
    String typeExpression();

    /** A phrase for messages, as Terraform words it: {@code list of string}. */
    String friendlyName();

    /** Whether this is, or contains, the dynamic pseudo-type. */
    default boolean hasDynamic() {
        return false;
    }

    default boolean isPrimitive() {
        return this instanceof Primitive p && p != Primitive.DYNAMIC;
    }

    default boolean isCollection() {
        return this instanceof ListType || this instanceof SetType || this instanceof MapType;
    }

    /** The element type of a list, set or map; null for other types. */
    default Type elementType() {
        return null;
    }

    /** The primitive types and the dynamic pseudo-type. */
    enum Primitive implements Type {
        STRING("string"), NUMBER("number"), BOOL("bool"), DYNAMIC("any");

        private final String keyword;

        Primitive(String keyword) {
            this.keyword = keyword;
        }

        @Override
        public String typeExpression() {
            return keyword;
        }

        @Override
        public String friendlyName() {
            return this == DYNAMIC ? "dynamic" : keyword;
        }

        @Override
        public boolean hasDynamic() {
            return this == DYNAMIC;
        }

        @Override
        public String toString() {
            return keyword;
        }
    }

    /** {@code list(T)}: an ordered sequence of values of one type. */
    record ListType(Type element) implements Type {
        public ListType {
            Objects.requireNonNull(element, "element");
        }

        @Override public Type elementType() { return element; }
        @Override public String typeExpression() { return "list(" + element.typeExpression() + ")"; }
        @Override public String friendlyName() { return "list of " + element.friendlyName(); }
        @Override public boolean hasDynamic() { return element.hasDynamic(); }
        @Override public String toString() { return typeExpression(); }
    }

    /** {@code set(T)}: an unordered collection of distinct values of one type. */
    record SetType(Type element) implements Type {
        public SetType {
            Objects.requireNonNull(element, "element");
        }

        @Override public Type elementType() { return element; }
        @Override public String typeExpression() { return "set(" + element.typeExpression() + ")"; }
        @Override public String friendlyName() { return "set of " + element.friendlyName(); }
        @Override public boolean hasDynamic() { return element.hasDynamic(); }
        @Override public String toString() { return typeExpression(); }
    }

    /** {@code map(T)}: string keys to values of one type. */
    record MapType(Type element) implements Type {
        public MapType {
            Objects.requireNonNull(element, "element");
        }

        @Override public Type elementType() { return element; }
        @Override public String typeExpression() { return "map(" + element.typeExpression() + ")"; }
        @Override public String friendlyName() { return "map of " + element.friendlyName(); }
        @Override public boolean hasDynamic() { return element.hasDynamic(); }
        @Override public String toString() { return typeExpression(); }
    }

    /**
     * {@code object({name = T, ...})}: named attributes, each with its own type.
     *
     * @param attributes attribute types, sorted by name
     * @param optional   the names of attributes declared {@code optional(...)} in a type constraint
     */
    record ObjectType(Map<String, Type> attributes, Set<String> optional) implements Type {
        /** The empty object type. */
        public static final ObjectType EMPTY = new ObjectType(Map.of(), Set.of());

        public ObjectType {
            attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
            optional = Collections.unmodifiableSet(new TreeSet<>(optional));
            if (!attributes.keySet().containsAll(optional)) {
                throw new IllegalArgumentException("optional attributes must be attributes");
            }
        }

        public ObjectType(Map<String, Type> attributes) {
            this(attributes, Set.of());
        }

        @Override
        public String typeExpression() {
            StringBuilder sb = new StringBuilder("object({");
            boolean first = true;
            for (Map.Entry<String, Type> e : attributes.entrySet()) {
                sb.append(first ? "" : ", ").append(e.getKey()).append('=');
                sb.append(optional.contains(e.getKey())
                    ? "optional(" + e.getValue().typeExpression() + ")" : e.getValue().typeExpression());
                first = false;
            }
            return sb.append("})").toString();
        }

        @Override public String friendlyName() { return "object"; }

        @Override
        public boolean hasDynamic() {
            return attributes.values().stream().anyMatch(Type::hasDynamic);
        }

        @Override public String toString() { return typeExpression(); }
    }

    /** {@code tuple([T1, T2, ...])}: a fixed-length sequence with a type per position. */
    record TupleType(List<Type> elements) implements Type {
        /** The empty tuple type. */
        public static final TupleType EMPTY = new TupleType(List.of());

        public TupleType {
            elements = List.copyOf(elements);
        }

        @Override
        public String typeExpression() {
            StringBuilder sb = new StringBuilder("tuple([");
            for (int i = 0; i < elements.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(elements.get(i).typeExpression());
            }
            return sb.append("])").toString();
        }

        @Override public String friendlyName() { return "tuple"; }

        @Override
        public boolean hasDynamic() {
            return elements.stream().anyMatch(Type::hasDynamic);
        }

        @Override public String toString() { return typeExpression(); }
    }

    static Type list(Type element) {
        return new ListType(element);
    }

    static Type set(Type element) {
        return new SetType(element);
    }

    static Type map(Type element) {
        return new MapType(element);
    }

    static Type tuple(List<Type> elements) {
        return new TupleType(elements);
    }

    static Type object(Map<String, Type> attributes) {
        return new ObjectType(attributes);
    }

    /** An object type from alternating names and types, for tests and built-in schemas. */
    static Type object(Object... namesAndTypes) {
        Map<String, Type> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndTypes.length; i += 2) {
            m.put((String) namesAndTypes[i], (Type) namesAndTypes[i + 1]);
        }
        return new ObjectType(m);
    }
}
