package io.templint.terraform;

import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import java.util.List;
import java.util.Set;

/** Decodes {@code provider} blocks (their bodies are the provider's own and are not checked). */
final class ProviderDecoder {

    private ProviderDecoder() { }

    static ProviderConfig decode(ModulePath path, Block b, List<Diagnostic> diags) {
        String name = b.label(0);
        if (!DecodeSupport.checkName(name, b.labels().get(0).range(), "Invalid provider local name",
                "A provider local name", diags)) {
            return null;
        }
        new BodySchema(null, null, Set.of()).check(b.body(), diags);
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
