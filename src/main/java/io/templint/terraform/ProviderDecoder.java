package io.templint.terraform;

import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import java.util.List;
import java.util.Set;

/** Decodes {@code provider} blocks (their bodies are the provider's own and are not checked). */
final class ProviderDecoder {

    /** Arguments Terraform reserves in provider blocks. */
    private static final Set<String> RESERVED_ARGUMENTS = Set.of("count", "depends_on", "for_each", "source");
    /** Nested block types Terraform reserves in provider blocks. */
    private static final Set<String> RESERVED_BLOCKS = Set.of("lifecycle", "locals");

    private ProviderDecoder() { }

    static ProviderConfig decode(ModulePath path, Block b, List<Diagnostic> diags) {
        String name = b.label(0);
        if (!DecodeSupport.checkName(name, b.labels().get(0).range(), "Invalid provider local name",
                "A provider local name", diags)) {
            return null;
        }
        if (!name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            diags.add(Diagnostic.error("Invalid provider local name", Messages.quote(name) + " is an invalid"
                + " provider local name: provider local names must be written in lowercase.",
                b.labels().get(0).range()));
        }
        new BodySchema(null, null, Set.of()).check(b.body(), diags);
        for (io.templint.hcl.Attribute a : b.body().attributes()) {
            if (RESERVED_ARGUMENTS.contains(a.name())) {
                diags.add(Diagnostic.error("Reserved argument name in provider block", "The provider argument name "
                    + Messages.quote(a.name()) + " is reserved for use by Terraform in a future version.",
                    a.nameRange()));
            }
        }
        for (Block nested : b.body().blocks()) {
            if (RESERVED_BLOCKS.contains(nested.type())) {
                diags.add(Diagnostic.error("Reserved block type name in provider block", "The block type name "
                    + Messages.quote(nested.type()) + " is reserved for use by Terraform in a future version.",
                    nested.typeRange()));
            }
        }
        Expression alias = DecodeSupport.expr(b, "alias");
        String aliasName = null;
        if (alias != null) {
            aliasName = Literals.keyword(alias);
            if (aliasName == null) {
                aliasName = Literals.string(alias);
            }
            if (aliasName == null || !Identifiers.isValid(aliasName)) {
                diags.add(Diagnostic.error("Invalid provider configuration alias",
                    "An alias must be a valid name. A name must start with a letter or underscore and may contain"
                        + " only letters, digits, underscores, and dashes.", alias.range()));
                aliasName = null;
            }
        }
        return new ProviderConfig(path, name, aliasName, b);
    }
}
