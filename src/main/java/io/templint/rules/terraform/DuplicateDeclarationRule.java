package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Range;
import io.templint.rules.BlockSite;
import io.templint.rules.RelatedLocation;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import java.util.HashMap;
import java.util.Map;

/** Two declarations of the same address in one module. */
public final class DuplicateDeclarationRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_duplicate_declaration", Severity.ERROR,
        "A resource, data source, variable, output, module or local value is declared twice",
        """
        Every declaration of a module needs a unique address: two `resource "coder_app" "main"` \
        blocks, two `variable "region"` blocks or two local values named `name` in the same module \
        (the `.tf` files of one directory) make `terraform init` fail. The finding points at the \
        second declaration and names the first.

        Override files (`override.tf`, `*_override.tf` and their `.tf.json` forms) are meant to \
        redeclare blocks and are not checked.
        """,
        "https://developer.hashicorp.com/terraform/language/files/override");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, Range> first = new HashMap<>();
        for (BlockSite site : ctx.syntax().topLevelBlocks()) {
            String file = site.file().name();
            if (ModuleFiles.isOverrideFile(file)) {
                continue;
            }
            String module = ModuleFiles.moduleOf(file);
            Block b = site.block();
            if (b.type().equals("locals")) {
                for (Attribute a : b.body().attributes()) {
                    declare(ctx, first, module, "local value " + a.name(), a.nameRange());
                }
                continue;
            }
            String what = describe(b);
            if (what != null) {
                declare(ctx, first, module, what, b.headerRange());
            }
        }
    }

    private static void declare(RuleContext ctx, Map<String, Range> first, String module, String what, Range at) {
        Range before = first.putIfAbsent(module + "\u0000" + what, at);
        if (before != null) {
            ctx.report(at, what + " is declared more than once in this module",
                new RelatedLocation(before, "first declaration of " + what));
        }
    }

    /** {@code resource "a" "b"}-style description of a declaring block, or null for other blocks. */
    private static String describe(Block b) {
        int labels = switch (b.type()) {
            case "resource", "data" -> 2;
            case "variable", "output", "module" -> 1;
            default -> -1;
        };
        if (labels < 0 || b.labels().size() != labels) {
            return null;
        }
        StringBuilder sb = new StringBuilder(b.type());
        for (String l : b.labelValues()) {
            sb.append(" \"").append(l).append('"');
        }
        return sb.toString();
    }
}
