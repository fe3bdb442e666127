package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decodes {@code module} blocks: meta-arguments, then every other argument as an input variable. */
final class ModuleCallDecoder {

    /** Arguments of a module block that are not input variables. */
    static final Set<String> META = Set.of("source", "version", "count", "for_each", "providers", "depends_on");
    private static final BodySchema SCHEMA = new BodySchema(null, Set.of(), Set.of("source"));

    private ModuleCallDecoder() { }

    static ModuleCall decode(ModulePath path, Block b, List<Diagnostic> diags) {
        String name = b.label(0);
        if (!DecodeSupport.checkName(name, b.labels().get(0).range(), "Invalid module instance name", "A name",
                diags)) {
            return null;
        }
        SCHEMA.check(b.body(), diags);
        DecodeSupport.checkCountForEach(b, "module instances", diags);
        ResourceChecks.checkQuotedReferences(DecodeSupport.items(DecodeSupport.expr(b, "depends_on")), diags);
        String source = null;
        Expression sourceExpr = DecodeSupport.expr(b, "source");
        if (sourceExpr != null) {
            source = Literals.string(sourceExpr);
            if (source == null) {
                // Terraform 1.15+ evaluates a source built from constant variables and locals at init
                // (the loader tries to); references to anything else fail in every version
                checkInitReferences(sourceExpr, "source", Set.of("var", "local", "path"), diags);
            } else if (source.isBlank()) {
                diags.add(Diagnostic.error("Invalid module source address", "The module source address must not"
                    + " be empty.", sourceExpr.range()));
                source = null;
            }
        }
        Map<String, Attribute> args = new LinkedHashMap<>();
        for (Attribute a : b.body().attributes()) {
            if (!META.contains(a.name())) {
                args.putIfAbsent(a.name(), a);
            }
        }
        Expression versionExpr = DecodeSupport.expr(b, "version");
        String version;
        if (versionExpr != null && !Literals.isNull(versionExpr) && Literals.string(versionExpr) == null
                && Literals.number(versionExpr) == null && Literals.bool(versionExpr) == null) {
            // evaluated at init since Terraform 1.15: the loader does not need it, so it stays unknown
            if (!checkInitReferences(versionExpr, "version", Set.of("var", "local"), diags)
                    && callsProviderFunction(versionExpr)) {
                diags.add(Diagnostic.error("Unknown module version", "Only literal values and const variables can"
                    + " be evaluated during init.", versionExpr.range()));
            }
            version = null;
        } else {
            version = DecodeSupport.string(b, "version", diags);
        }
        return new ModuleCall(path, name, source, version,
            DecodeSupport.expr(b, "count"), DecodeSupport.expr(b, "for_each"), args, b);
    }

    /**
     * Terraform's check of a module source or version that is not a literal: it is evaluated at
     * {@code terraform init}, so it may refer only to constant input variables and local values
     * (and, for a source, {@code path.*}); anything else ({@code count.index}, a resource, a
     * module output) fails in every Terraform release. A {@code for} expression's own symbols are
     * not references, so such an expression is left alone.
     */
    private static boolean checkInitReferences(Expression e, String what, Set<String> allowed,
                                               List<Diagnostic> diags) {
        boolean[] hasFor = {false};
        io.templint.hcl.Expressions.walk(e, x -> hasFor[0] |= x instanceof Expression.For);
        if (hasFor[0]) {
            return false;
        }
        for (Expression.ScopeTraversal t : io.templint.hcl.Expressions.traversals(e)) {
            if (!allowed.contains(t.rootName())) {
                diags.add(Diagnostic.error("Invalid module " + what, "The module " + what + " can only reference"
                    + " constant input variables and local values.", t.range()));
                return true;
            }
        }
        return false;
    }

    /** Whether an expression calls a provider function, which {@code terraform init} cannot evaluate. */
    static boolean callsProviderFunction(Expression e) {
        boolean[] found = {false};
        io.templint.hcl.Expressions.walk(e, x -> found[0] |= x instanceof Expression.FunctionCall f
            && f.name().startsWith("provider::"));
        return found[0];
    }
}
