package io.templint.terraform;

import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import java.util.List;
import java.util.Set;

/** Decodes {@code output} blocks. */
final class OutputDecoder {

    private static final BodySchema SCHEMA = new BodySchema(
        Set.of("description", "value", "sensitive", "depends_on", "ephemeral", "type"),
        Set.of("precondition"), Set.of("value"));

    private OutputDecoder() { }

    static Output decode(ModulePath path, Block b, List<Diagnostic> diags) {
        String name = b.label(0);
        if (!DecodeSupport.checkName(name, b.labels().get(0).range(), "Invalid output name", "A name", diags)) {
            return null;
        }
        SCHEMA.check(b.body(), diags);
        ResourceChecks.checkConditions(b.body().blocks("precondition"), null, diags);
        ResourceChecks.checkQuotedReferences(DecodeSupport.items(DecodeSupport.expr(b, "depends_on")), diags);
        return new Output(path, name, DecodeSupport.expr(b, "value"),
            DecodeSupport.bool(b, "sensitive", false, diags), DecodeSupport.string(b, "description", diags),
            DecodeSupport.items(DecodeSupport.expr(b, "depends_on")), b);
    }
}
