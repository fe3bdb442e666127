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
    private static final BodySchema MANAGED_LIFECYCLE = new BodySchema(
        java.util.Set.of("create_before_destroy", "prevent_destroy", "ignore_changes", "replace_triggered_by"),
        java.util.Set.of("precondition", "postcondition", "action_trigger"), java.util.Set.of());
    private static final BodySchema CONDITIONS_ONLY = new BodySchema(java.util.Set.of(),
        java.util.Set.of("precondition", "postcondition"), java.util.Set.of());
    /** Block types Terraform reserves inside resource blocks for future use. */
    private static final java.util.Set<String> RESERVED_BLOCKS = java.util.Set.of("locals");

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
        for (Block nested : b.body().blocks()) {
            if (RESERVED_BLOCKS.contains(nested.type())) {
                diags.add(Diagnostic.error("Reserved block type name in " + mode.blockType() + " block",
                    "The block type name " + Messages.quote(nested.type()) + " is reserved for use by Terraform in"
                        + " a future version.", nested.typeRange()));
            }
        }
        DecodeSupport.checkCountForEach(b, "resources", diags);
        Expression provider = DecodeSupport.expr(b, "provider");
        if (provider != null && Literals.string(provider) != null) {
            diags.add(ResourceChecks.quotedReference(provider));
        } else if (provider != null) {
            ProviderNames.checkReference(provider, diags);
        }
        List<Expression> dependsOn = DecodeSupport.items(DecodeSupport.expr(b, "depends_on"));
        ResourceChecks.checkQuotedReferences(dependsOn, diags);
        String self = mode.addressPrefix() + type + "." + name;
        for (Block lifecycle : b.body().blocks("lifecycle")) {
            (mode == Resource.Mode.MANAGED ? MANAGED_LIFECYCLE : CONDITIONS_ONLY).check(lifecycle.body(), diags);
            if (mode == Resource.Mode.MANAGED) {
                DecodeSupport.bool(lifecycle, "create_before_destroy", false, diags);
                DecodeSupport.bool(lifecycle, "prevent_destroy", false, diags);
            }
            ResourceChecks.checkLifecycle(lifecycle, self, diags);
        }
        if (mode == Resource.Mode.MANAGED) {
            ResourceChecks.checkProvisioners(b.body(), diags);
        }
        return new Resource(path, mode, type, name, DecodeSupport.expr(b, "count"), DecodeSupport.expr(b, "for_each"),
            provider, dependsOn, b);
    }
}
