package io.templint.rules.coder;

import io.templint.hcl.Range;
import io.templint.rules.RuleContext;
import io.templint.terraform.Declaration;
import io.templint.terraform.ModuleCall;
import io.templint.terraform.ModulePath;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;

/**
 * Where to report on a declaration the author may not be able to edit. The analysed template holds
 * the author's files only; a declaration in an installed module ({@code .terraform/modules}) is
 * reported at the nearest enclosing module call written in one of the author's files.
 */
final class Visible {

    private Visible() { }

    /** Whether {@code range} lies in one of the template's own files. */
    static boolean isVisible(RuleContext ctx, Range range) {
        return range != null && ctx.template().file(range.filename()).isPresent();
    }

    /**
     * {@code range} when the author can see it, else the call of the innermost enclosing module
     * that sits in an author's file; {@code range} itself when there is none.
     */
    static Range range(RuleContext ctx, ModuleTree tree, ModulePath module, Range range) {
        if (isVisible(ctx, range)) {
            return range;
        }
        for (ModulePath p = module; p != null && !p.isRoot(); p = p.parent()) {
            ModuleCall call = tree.callOf(p);
            if (call != null && isVisible(ctx, call.declRange())) {
                return call.declRange();
            }
        }
        return range;
    }

    /** Where to report on argument {@code name} of {@code r} (its value, else the block's header). */
    static Range argument(RuleContext ctx, ModuleTree tree, Resource r, String name) {
        return range(ctx, tree, r.module(), Labels.argument(r, name));
    }

    /** Like {@link #range(RuleContext, ModuleTree, ModulePath, Range)} for the declaration at {@code address}. */
    static Range range(RuleContext ctx, ModuleTree tree, String address, Range range) {
        Declaration d = address == null ? null : tree.find(address);
        return range(ctx, tree, d == null ? ModulePath.ROOT : d.module(), range);
    }
}
