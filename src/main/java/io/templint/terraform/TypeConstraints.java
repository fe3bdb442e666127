package io.templint.terraform;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads type constraint expressions the way Terraform's {@code typeexpr} package does. */
public final class TypeConstraints {

    private TypeConstraints() { }

    /**
     * The outcome of reading a type expression.
     *
     * @param type        the type, or {@link TypeConstraint#ANY} when it could not be read
     * @param diagnostics problems found; empty when the expression is a valid type
     */
    public record Result(TypeConstraint type, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** Reads a variable's {@code type} argument, including Terraform's legacy forms. */
    public static Result variableType(Expression expr) {
        List<Diagnostic> diags = new ArrayList<>();
        String quoted = Literals.string(expr);
        if (quoted != null) {
            switch (quoted) {
                case "string" -> diags.add(Diagnostic.error("Invalid quoted type constraints",
                    "Terraform 0.11 and earlier required type constraints to be given in quotes, but that form is"
                        + " now deprecated and will be removed in a future version of Terraform. Remove the"
                        + " quotes around \"string\".", expr.range()));
                case "list", "map" -> diags.add(Diagnostic.error("Invalid quoted type constraints",
                    "Terraform 0.11 and earlier required type constraints to be given in quotes, but that form is"
                        + " now deprecated and will be removed in a future version of Terraform. Remove the"
                        + " quotes around \"" + quoted + "\" and write " + quoted + "(string) instead to explicitly"
                        + " indicate that the " + quoted + " elements are strings.", expr.range()));
                default -> diags.add(Diagnostic.error("Invalid legacy variable type hint",
                    "Must be a known type: string, list, or map.", expr.range()));
            }
            return new Result(TypeConstraint.ANY, diags);
        }
        String kw = Literals.keyword(expr);
        if ("list".equals(kw)) {
            return new Result(TypeConstraint.collection(TypeConstraint.Kind.LIST, TypeConstraint.ANY), diags);
        }
        if ("map".equals(kw)) {
            return new Result(TypeConstraint.collection(TypeConstraint.Kind.MAP, TypeConstraint.ANY), diags);
        }
        TypeConstraint t = read(expr, diags, false);
        return new Result(diags.isEmpty() ? t : TypeConstraint.ANY, diags);
    }

    private static TypeConstraint read(Expression expr, List<Diagnostic> diags, boolean inObject) {
        Expression e = Literals.unwrap(expr);
        String kw = Literals.keyword(e);
        if (kw != null) {
            switch (kw) {
                case "string": return TypeConstraint.STRING;
                case "number": return TypeConstraint.NUMBER;
                case "bool": return TypeConstraint.BOOL;
                case "any": return TypeConstraint.ANY;
                case "list", "set", "map", "object", "tuple":
                    diags.add(invalid("The " + kw + " type constructor requires one argument specifying the "
                        + (kw.equals("object") ? "attribute types" : kw.equals("tuple") ? "element types"
                        : "element type") + ".", e));
                    return TypeConstraint.ANY;
                default:
                    diags.add(invalid("The keyword " + Messages.quote(kw) + " is not a valid type specification.", e));
                    return TypeConstraint.ANY;
            }
        }
        if (!(e instanceof Expression.FunctionCall call)) {
            diags.add(invalid("A type specification is either a primitive type keyword (bool, number, string) or a"
                + " complex type constructor call, like list(string).", e));
            return TypeConstraint.ANY;
        }
        String name = call.name();
        switch (name) {
            case "list", "set", "map" -> {
                if (call.args().size() != 1) {
                    diags.add(invalid("The " + name + " type constructor requires one argument specifying the"
                        + " element type.", e));
                    return TypeConstraint.ANY;
                }
                TypeConstraint.Kind k = name.equals("list") ? TypeConstraint.Kind.LIST
                    : name.equals("set") ? TypeConstraint.Kind.SET : TypeConstraint.Kind.MAP;
                return TypeConstraint.collection(k, read(call.args().get(0), diags, false));
            }
            case "object" -> {
                if (call.args().size() != 1 || !(Literals.unwrap(call.args().get(0)) instanceof Expression.ObjectCons o)) {
                    diags.add(invalid("The object type constructor requires one argument specifying the attribute"
                        + " types as a map.", e));
                    return TypeConstraint.ANY;
                }
                Map<String, TypeConstraint.Attribute> attrs = new LinkedHashMap<>();
                for (Expression.ObjectItem it : o.items()) {
                    String key = TypeConstraint.keyName(it.key());
                    if (key == null) {
                        diags.add(invalid("Object constructor map keys must be attribute names.", it.key()));
                        continue;
                    }
                    attrs.put(key, attribute(it.value(), diags));
                }
                return TypeConstraint.object(attrs);
            }
            case "tuple" -> {
                if (call.args().size() != 1 || !(Literals.unwrap(call.args().get(0)) instanceof Expression.TupleCons t)) {
                    diags.add(invalid("The tuple type constructor requires one argument specifying the element"
                        + " types as a list.", e));
                    return TypeConstraint.ANY;
                }
                List<TypeConstraint> elems = new ArrayList<>();
                for (Expression item : t.items()) {
                    elems.add(read(item, diags, false));
                }
                return TypeConstraint.tuple(elems);
            }
            case "optional" -> {
                diags.add(invalid("Keyword \"optional\" is valid only as a modifier for object type attributes.", e));
                return TypeConstraint.ANY;
            }
            default -> {
                diags.add(invalid("Keyword " + Messages.quote(name) + " is not a valid type constructor.", e));
                return TypeConstraint.ANY;
            }
        }
    }

    private static TypeConstraint.Attribute attribute(Expression value, List<Diagnostic> diags) {
        Expression e = Literals.unwrap(value);
        if (e instanceof Expression.FunctionCall call && call.name().equals("optional")) {
            if (call.args().isEmpty() || call.args().size() > 2) {
                diags.add(invalid("Optional attribute modifier expects one or two arguments: an attribute type"
                    + " and an optional default value.", e));
                return new TypeConstraint.Attribute(TypeConstraint.ANY, true, null);
            }
            TypeConstraint t = read(call.args().get(0), diags, true);
            Expression def = call.args().size() == 2 ? call.args().get(1) : null;
            if (def != null) {
                String p = t.incompatibility(def);
                if (p != null) {
                    diags.add(invalid("Invalid default value for optional attribute: " + p + ".", def));
                }
            }
            return new TypeConstraint.Attribute(t, true, def);
        }
        return new TypeConstraint.Attribute(read(e, diags, true), false, null);
    }

    private static Diagnostic invalid(String detail, Expression where) {
        return Diagnostic.error("Invalid type specification", detail, where.range());
    }
}
