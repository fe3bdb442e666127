package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Attribute;
import io.templint.rules.BlockSite;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import java.util.HashSet;
import java.util.Set;

/** A local value that nothing in its module reads. */
public final class UnusedLocalRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("unused_local", Severity.WARNING,
        "A local value is defined but never used",
        """
        A local value that no expression of its module reads (as `local.name`) is dead code: \
        remove it, or use it. A local that refers only to itself is not reported here: Terraform \
        rejects it as a cycle, which the `terraform` rule reports.

        Modules are the `.tf` and `.tf.json` files of one directory.
        """,
        "https://developer.hashicorp.com/terraform/language/values/locals");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        References refs = References.of(ctx, "local");
        Set<String> seen = new HashSet<>(); // a second definition is a duplicate, reported as such
        for (BlockSite site : ctx.blocks("locals")) {
            if (ModuleFiles.isOverrideFile(site.file().name())) {
                continue;
            }
            String module = ModuleFiles.moduleOf(site.file().name());
            for (Attribute a : site.block().body().attributes()) {
                if (!seen.add(module + "\u0000" + a.name())) {
                    continue;
                }
                // a local that refers to itself is a cycle, which the terraform rule reports as an error
                if (!refs.isReferencedOutside(module, a.name(), a.range())
                        && !refs.isReferencedInside(module, a.name(), a.range())) {
                    ctx.report(a.nameRange(), "local value \"" + a.name()
                        + "\" is defined but never used: remove it, or read it as local." + a.name());
                }
            }
        }
    }
}
