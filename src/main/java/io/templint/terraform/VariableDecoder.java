package io.templint.terraform;

import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.eval.ConversionException;
import io.templint.eval.Evaluator;
import io.templint.eval.Scope;
import io.templint.eval.TypeConstraint;
import io.templint.eval.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Decodes {@code variable} blocks with Terraform's checks. */
final class VariableDecoder {

    private static final BodySchema SCHEMA = new BodySchema(
        Set.of("description", "default", "type", "sensitive", "nullable", "ephemeral", "const"),
        Set.of("validation"), Set.of());
    private static final BodySchema VALIDATION = new BodySchema(Set.of("condition", "error_message"), Set.of(),
        Set.of("condition", "error_message"));
    /** Names that would clash with the meta-arguments of a module block. */
    private static final Set<String> RESERVED = Set.of("source", "version", "providers", "count", "for_each",
        "lifecycle", "depends_on", "locals");

    private VariableDecoder() { }

    static Variable decode(ModulePath path, Block b, List<Diagnostic> diags) {
        return decode(path, b, diags, null);
    }

    /**
     * Decodes a variable block; the check of its default against its type (which evaluates and
     * converts the whole default, a large map for some modules) is taken from {@code shared} when
     * another template of the run checked the same block (null: always checked here).
     */
    static Variable decode(ModulePath path, Block b, List<Diagnostic> diags, SharedModuleFiles shared) {
        String name = b.label(0);
        if (!DecodeSupport.checkName(name, b.labels().get(0).range(), "Invalid variable name", "Name", diags)) {
            return null;
        }
        if (RESERVED.contains(name)) {
            diags.add(Diagnostic.error("Invalid variable name", "The variable name " + Messages.quote(name)
                + " is reserved due to its special meaning inside module blocks.", b.labels().get(0).range()));
        }
        SCHEMA.check(b.body(), diags);
        Expression typeExpr = DecodeSupport.expr(b, "type");
        TypeConstraint type = typeExpr == null ? TypeConstraint.ANY : VariableTypes.read(typeExpr, diags);
        boolean sensitive = DecodeSupport.bool(b, "sensitive", false, diags);
        boolean nullable = DecodeSupport.bool(b, "nullable", true, diags);
        boolean ephemeral = DecodeSupport.bool(b, "ephemeral", false, diags);
        boolean constant = DecodeSupport.bool(b, "const", false, diags);
        if (constant && sensitive) {
            diags.add(Diagnostic.error("Const variable cannot be sensitive", "A variable declared with"
                + " const = true cannot also be sensitive.", b.headerRange()));
        }
        if (constant && ephemeral) {
            diags.add(Diagnostic.error("Const variable cannot be ephemeral", "A variable declared with"
                + " const = true cannot also be ephemeral.", b.headerRange()));
        }
        Expression dflt = DecodeSupport.expr(b, "default");
        if (dflt != null) {
            if (shared == null) {
                checkDefault(dflt, type, nullable, diags);
            } else {
                diags.addAll(shared.defaultCheck(b, () -> {
                    List<Diagnostic> found = new ArrayList<>();
                    checkDefault(dflt, type, nullable, found);
                    return found;
                }));
            }
        }
        String description = DecodeSupport.string(b, "description", diags);
        List<Variable.Validation> validations = new ArrayList<>();
        for (Block v : b.body().blocks("validation")) {
            VALIDATION.check(v.body(), diags);
            Expression condition = DecodeSupport.expr(v, "condition");
            if (condition != null && !refersTo(condition, name)) {
                diags.add(Diagnostic.error("Invalid variable validation condition", "The condition for variable "
                    + Messages.quote(name) + " must refer to var." + name + " in order to test incoming values.",
                    condition.range()));
            }
            validations.add(new Variable.Validation(condition, DecodeSupport.expr(v, "error_message"), v));
        }
        return new Variable(path, name, typeExpr, type, dflt, description, sensitive, nullable, ephemeral, validations, b);
    }

    /** Whether a validation condition refers to the variable it validates. */
    private static boolean refersTo(Expression condition, String name) {
        for (Expression.ScopeTraversal t : ReferenceWalker.traversals(condition)) {
            if (t.rootName().equals("var") && t.traversal().size() > 1
                    && t.traversal().get(1) instanceof io.templint.hcl.Traverser.Attr a && a.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void checkDefault(Expression dflt, TypeConstraint type, boolean nullable, List<Diagnostic> diags) {
        if (Literals.isNull(dflt)) {
            if (!nullable) {
                diags.add(Diagnostic.error("Invalid default value for variable",
                    "A null default value is not valid when nullable=false.", dflt.range()));
            }
            return;
        }
        if (!ExpressionFacts.isConstant(dflt)) {
            diags.add(DecodeSupport.constantProblem(dflt, "a constant value is required"));
            return;
        }
        Value value = new Evaluator(Scope.EMPTY).evaluate(dflt, diags);
        if (!value.isWhollyKnown()) {
            return;
        }
        try {
            type.apply(value);
        } catch (ConversionException e) {
            diags.add(Diagnostic.error("Invalid default value for variable", "This default value is not compatible"
                + " with the variable's type constraint: " + e.getMessage() + ".", dflt.range()));
        }
    }
}
