package io.templint.rules.coder;

import io.templint.rules.RelatedLocation;
import io.templint.rules.RuleContext;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.HashMap;
import java.util.Map;

/**
 * The check behind the rules for arguments Coder requires to be unique in a template (app slugs,
 * parameter names): statically known values compared across all modules, resources that are
 * never created ignored.
 */
final class UniqueArguments {

    private UniqueArguments() { }

    /**
     * Reports every resource of {@code mode} and {@code type} whose {@code argument} repeats the
     * value of an earlier one, at the argument, with the earlier one's argument as related location:
     * {@code <what> "v" of <address> is already used by <address>: <plural> must be unique in the
     * template}.
     */
    static void reportRepeats(RuleContext ctx, ModuleTree tree, Resource.Mode mode, String type, String argument,
            String what, String plural) {
        StaticEval eval = new StaticEval(ctx);
        Map<String, StaticEval.Planned> first = new HashMap<>();
        for (Resource r : tree.resources(mode, type)) {
            for (StaticEval.Planned p : eval.planned(tree, r)) {
                String value = eval.string(p, argument);
                if (value == null) {
                    continue;
                }
                StaticEval.Planned before = first.putIfAbsent(value, p);
                if (before != null) {
                    ctx.report(Visible.argument(ctx, tree, r, argument),
                        what + " \"" + value + "\" of " + p.address() + " is already used by " + before.address()
                            + ": " + plural + " must be unique in the template",
                        new RelatedLocation(Visible.argument(ctx, tree, before.resource(), argument),
                            argument + " of " + before.address()));
                    break; // one finding per resource
                }
            }
        }
    }
}
