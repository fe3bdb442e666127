package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.rules.BlockSite;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import java.util.HashSet;
import java.util.Set;

/** A variable that nothing in its module reads. */
public final class UnusedVariableRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("unused_variable", Severity.WARNING,
        "A variable is declared but never used",
        """
        A `variable` block whose value no expression of its module reads (as `var.name`) only adds \
        noise, and in a Coder template it still asks whoever pushes the template for a value. \
        Remove it, or use it. References inside the variable's own `validation` blocks do not count.

        Modules are the `.tf` and `.tf.json` files of one directory; a module call's arguments set a \
        child module's variables but do not read them.
        """,
        "https://developer.hashicorp.com/terraform/language/values/variables");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        References refs = References.of(ctx, "var");
        Set<String> seen = new HashSet<>(); // a second declaration is a duplicate, reported as such
        for (BlockSite site : ctx.blocks("variable")) {
            if (site.block().labels().size() != 1 || ModuleFiles.isOverrideFile(site.file().name())) {
                continue;
            }
            String name = site.block().label(0);
            String module = ModuleFiles.moduleOf(site.file().name());
            if (!seen.add(module + "\u0000" + name)) {
                continue;
            }
            if (!refs.isReferencedOutside(module, name, site.block().range())) {
                ctx.report(site.block().headerRange(), "variable \"" + name
                    + "\" is declared but never used: remove it, or read it as var." + name);
            }
        }
    }
}
