package io.templint.eval;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Terraform type constraint, as written in a variable's {@code type} argument: the {@link Type}
 * and the defaults of its {@code optional(T, default)} attributes.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 *
 * @param type     the type; {@link Type#DYNAMIC} for {@code any}
 * @param defaults the defaults of optional attributes, or null when there are none
 */
public record TypeConstraint(Type type, Defaults defaults) {

    /** No constraint: {@code any}. */
    public static final TypeConstraint ANY = new TypeConstraint(Type.DYNAMIC, null);

    /**
     * Default values of optional object attributes at one level of a type, as Terraform's
     * {@code typeexpr.Defaults}.
     *
     * @param type     the type these defaults apply to
     * @param values   default values by attribute name (already of the attribute's type)
     * @param children defaults of nested types: by attribute name, or {@code ""} for the elements
     *                 of a list, set or map
     */
    public record Defaults(Type type, Map<String, Value> values, Map<String, Defaults> children) {
        public Defaults {
            values = Collections.unmodifiableMap(new TreeMap<>(values));
            children = Collections.unmodifiableMap(new TreeMap<>(children));
        }
    }

    /** Reads a type constraint expression; problems are added to {@code diagnostics}. */
    public static TypeConstraint parse(Expression e, List<Diagnostic> diagnostics) {
        Parser p = new Parser(diagnostics);
        Type t = p.type(e, false, 0);
        return new TypeConstraint(t, p.defaultsFor(e, t, 0));
    }

    /**
     * Converts {@code v} to this constraint's type and fills in the defaults of optional
     * attributes that are null, as Terraform does for a variable's value.
     */
    public Value apply(Value v) throws ConversionException {
        Value converted = Convert.convert(v, type);
        return defaults == null ? converted : applyDefaults(converted, defaults);
    }

    private static Value applyDefaults(Value v, Defaults d) throws ConversionException {
        if (!v.isKnownNonNull()) {
            return v;
        }
        if (v.type() instanceof Type.ObjectType ot) {
            Map<String, Value> attrs = new LinkedHashMap<>(v.attributes());
            for (Map.Entry<String, Value> a : attrs.entrySet()) {
                Value av = a.getValue();
                Value def = d.values().get(a.getKey());
                if (av.isNull() && def != null) {
                    av = Convert.convert(def, ot.attributes().get(a.getKey()));
                }
                Defaults child = d.children().get(a.getKey());
                if (child != null) {
                    av = applyDefaults(av, child);
                }
                a.setValue(av);
            }
            return Value.object(attrs).withMarks(v.marks());
        }
        Defaults child = d.children().get("");
        if (child == null) {
            return v;
        }
        if (v.isSequence()) {
            List<Value> out = new ArrayList<>();
            for (Value e : v.elements()) {
                out.add(applyDefaults(e, child));
            }
            Type t = v.type();
            Value r = t instanceof Type.ListType ? Value.list(t.elementType(), out)
                : t instanceof Type.SetType ? Value.set(t.elementType(), out) : Value.tuple(out);
            return r.withMarks(v.marks());
        }
        if (v.isMapping()) {
            Map<String, Value> out = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : v.attributes().entrySet()) {
                out.put(e.getKey(), applyDefaults(e.getValue(), child));
            }
            return Value.map(v.type().elementType(), out).withMarks(v.marks());
        }
        return v;
    }

    /** Reads type expressions, reporting Terraform's errors. */
    private static final class Parser {
        private static final int MAX_DEPTH = 100;
        private final List<Diagnostic> diagnostics;

        Parser(List<Diagnostic> diagnostics) {
            this.diagnostics = diagnostics;
        }

        private Type fail(String summary, String detail, Range where) {
            diagnostics.add(Diagnostic.error(summary, detail, where));
            return Type.DYNAMIC;
        }

        Type type(Expression e, boolean optionalAllowed, int depth) {
            if (depth > MAX_DEPTH) {
                return fail("Invalid type specification", "The type constraint is nested too deeply.", e.range());
            }
            if (e instanceof Expression.Parentheses p) {
                return type(p.expression(), optionalAllowed, depth + 1);
            }
            if (e instanceof Expression.ScopeTraversal t && t.traversal().size() == 1) {
                return keyword(t.rootName(), e.range());
            }
            if (e instanceof Expression.Template t && t.isStringLiteral()) {
                Type q = keyword(t.literalString(), e.range());
                diagnostics.add(Diagnostic.error("Invalid quoted type constraints", "Terraform 0.11 and earlier required"
                    + " type constraints to be given in quotes, but that form is no longer supported. Remove the"
                    + " quotes around \"" + t.literalString() + "\".", e.range()));
                return q;
            }
            if (!(e instanceof Expression.FunctionCall call)) {
                return fail("Invalid type specification", "A type specification is either a primitive type keyword"
                    + " (bool, number, string) or a complex type constructor call, like list(string).", e.range());
            }
            String name = call.name();
            List<Expression> args = call.args();
            switch (name) {
                case "list", "set", "map" -> {
                    if (args.size() != 1) {
                        return fail("Incorrect type specification", "The " + name + " type constructor requires one"
                            + " argument specifying the element type.", call.range());
                    }
                    Type el = type(args.get(0), false, depth + 1);
                    return name.equals("list") ? Type.list(el) : name.equals("set") ? Type.set(el) : Type.map(el);
                }
                case "object" -> {
                    if (args.size() != 1 || !(args.get(0) instanceof Expression.ObjectCons oc)) {
                        return fail("Invalid type specification", "The object type constructor requires one argument"
                            + " specifying the attribute types as a map.", call.range());
                    }
                    Map<String, Type> attrs = new LinkedHashMap<>();
                    Set<String> optional = new LinkedHashSet<>();
                    for (Expression.ObjectItem it : oc.items()) {
                        String key = attributeName(it.key());
                        if (key == null) {
                            fail("Invalid type specification", "Object constructor map keys must be attribute names.",
                                it.key().range());
                            continue;
                        }
                        if (isOptional(it.value())) {
                            optional.add(key);
                        }
                        attrs.put(key, type(it.value(), true, depth + 1));
                    }
                    return new Type.ObjectType(attrs, optional);
                }
                case "tuple" -> {
                    if (args.size() != 1 || !(args.get(0) instanceof Expression.TupleCons tc)) {
                        return fail("Invalid type specification", "The tuple type constructor requires one argument"
                            + " specifying the element types as a list.", call.range());
                    }
                    List<Type> elems = new ArrayList<>();
                    for (Expression it : tc.items()) {
                        elems.add(type(it, false, depth + 1));
                    }
                    return Type.tuple(elems);
                }
                case "optional" -> {
                    if (!optionalAllowed) {
                        return fail("Invalid type specification", "Keyword \"optional\" is valid only as a modifier for"
                            + " object type attributes.", call.range());
                    }
                    if (args.isEmpty() || args.size() > 2) {
                        return fail("Invalid type specification", "Optional attribute modifier expects one or two"
                            + " arguments: an attribute type and an optional default value.", call.range());
                    }
                    return type(args.get(0), false, depth + 1);
                }
                default -> {
                    return fail("Invalid type specification", "Keyword \"" + name + "\" is not a valid type"
                        + " constructor.", call.nameRange() != null ? call.nameRange() : call.range());
                }
            }
        }

        private Type keyword(String name, Range where) {
            return switch (name) {
                case "string" -> Type.STRING;
                case "number" -> Type.NUMBER;
                case "bool" -> Type.BOOL;
                case "any" -> Type.DYNAMIC;
                case "list", "set", "map" -> fail("Invalid type specification", "The " + name + " type constructor"
                    + " requires one argument specifying the element type.", where);
                case "object", "tuple" -> fail("Invalid type specification", "The " + name + " type constructor"
                    + " requires one argument specifying the " + (name.equals("object") ? "attribute" : "element")
                    + " types.", where);
                default -> fail("Invalid type specification", "The keyword \"" + name + "\" is not a valid type"
                    + " specification.", where);
            };
        }

        private static boolean isOptional(Expression e) {
            return e instanceof Expression.FunctionCall c && c.name().equals("optional");
        }

        private static String attributeName(Expression key) {
            if (key instanceof Expression.ObjectConsKey k) {
                String bare = k.bareName();
                if (bare != null) {
                    return bare;
                }
                key = k.wrapped();
            }
            if (key instanceof Expression.Template t && t.isStringLiteral()) {
                return t.literalString();
            }
            if (key instanceof Expression.LiteralValue l && l.value() instanceof String s) {
                return s;
            }
            return null;
        }

        /** The defaults found in {@code e} for type {@code t}, or null. */
        Defaults defaultsFor(Expression e, Type t, int depth) {
            if (depth > MAX_DEPTH) {
                return null;
            }
            if (e instanceof Expression.Parentheses p) {
                return defaultsFor(p.expression(), t, depth + 1);
            }
            if (!(e instanceof Expression.FunctionCall call)) {
                return null;
            }
            Map<String, Value> values = new LinkedHashMap<>();
            Map<String, Defaults> children = new LinkedHashMap<>();
            switch (call.name()) {
                case "list", "set", "map" -> {
                    if (call.args().size() == 1 && t.elementType() != null) {
                        Defaults c = defaultsFor(call.args().get(0), t.elementType(), depth + 1);
                        if (c != null) {
                            children.put("", c);
                        }
                    }
                }
                case "object" -> {
                    if (!(t instanceof Type.ObjectType ot) || call.args().size() != 1
                            || !(call.args().get(0) instanceof Expression.ObjectCons oc)) {
                        return null;
                    }
                    for (Expression.ObjectItem it : oc.items()) {
                        String key = attributeName(it.key());
                        Type at = key == null ? null : ot.attributes().get(key);
                        if (at == null) {
                            continue;
                        }
                        Expression inner = it.value();
                        if (inner instanceof Expression.FunctionCall oc2 && oc2.name().equals("optional")
                                && !oc2.args().isEmpty()) {
                            if (oc2.args().size() == 2) {
                                Value def = constant(oc2.args().get(1), at);
                                if (def != null) {
                                    values.put(key, def);
                                }
                            }
                            inner = oc2.args().get(0);
                        }
                        Defaults c = defaultsFor(inner, at, depth + 1);
                        if (c != null) {
                            children.put(key, c);
                        }
                    }
                }
                default -> {
                    return null;
                }
            }
            return values.isEmpty() && children.isEmpty() ? null : new Defaults(t, values, children);
        }

        private Value constant(Expression e, Type t) {
            List<Diagnostic> diags = new ArrayList<>();
            Value v = new Evaluator(Scope.EMPTY).evaluate(e, diags);
            diagnostics.addAll(diags);
            if (diags.stream().anyMatch(Diagnostic::isError)) {
                return null;
            }
            try {
                return Convert.convert(v, t);
            } catch (ConversionException ex) {
                diagnostics.add(Diagnostic.error("Invalid default value for optional attribute", "This default value"
                    + " is not compatible with the attribute's type constraint: " + ex.getMessage() + ".", e.range()));
                return null;
            }
        }
    }
}
