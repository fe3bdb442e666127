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
                diags.add(Diagnostic.error("Invalid module source address", "The module source address must be a"
                    + " literal string: Terraform installs modules before it evaluates any expression.",
                    sourceExpr.range()));
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
        return new ModuleCall(path, name, source, DecodeSupport.string(b, "version", diags),
            DecodeSupport.expr(b, "count"), DecodeSupport.expr(b, "for_each"), args, b);
    }
}
