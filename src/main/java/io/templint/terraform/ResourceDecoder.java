package io.templint.terraform;

import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import java.util.List;

/**
 * Decodes {@code resource}, {@code data} and {@code ephemeral} blocks. Their arguments belong to
 * the provider's schema, which is unknown here, so only meta-arguments are checked.
 */
final class ResourceDecoder {

    private static final BodySchema ANY = new BodySchema(null, null, java.util.Set.of());

    private ResourceDecoder() { }

    static Resource decode(ModulePath path, Resource.Mode mode, Block b, List<Diagnostic> diags) {
        String type = b.label(0);
        String name = b.label(1);
        String summary = mode == Resource.Mode.DATA ? "Invalid data source name" : "Invalid resource name";
        if (!DecodeSupport.checkName(type, b.labels().get(0).range(), "Invalid resource type name", "A type name",
                diags)
                | !DecodeSupport.checkName(name, b.labels().get(1).range(), summary, "A name", diags)) {
            return null;
        }
        ANY.check(b.body(), diags);
        DecodeSupport.checkCountForEach(b, "resources", diags);
        Expression provider = DecodeSupport.expr(b, "provider");
        if (provider != null && Literals.string(provider) != null) {
            diags.add(ResourceChecks.quotedReference(provider));
        }
        List<Expression> dependsOn = DecodeSupport.items(DecodeSupport.expr(b, "depends_on"));
        ResourceChecks.checkQuotedReferences(dependsOn, diags);
        String self = mode.addressPrefix() + type + "." + name;
        for (Block lifecycle : b.body().blocks("lifecycle")) {
            ResourceChecks.checkLifecycle(lifecycle, self, diags);
        }
        if (mode == Resource.Mode.MANAGED) {
            ResourceChecks.checkProvisioners(b.body(), diags);
        }
        return new Resource(path, mode, type, name, DecodeSupport.expr(b, "count"), DecodeSupport.expr(b, "for_each"),
            provider, dependsOn, b);
    }
}
