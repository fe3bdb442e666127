package io.templint.rules.terraform;

import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import io.templint.rules.RuleContext;
import io.templint.terraform.ReferenceWalker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The references {@code root.name} (e.g. {@code var.region}, {@code local.tags}) of a template, by
 * module and name, with where each is written. They are found as Terraform finds them
 * ({@link ReferenceWalker}): the literal keys of object constructors and the names bound by
 * {@code for} expressions are no references.
 */
final class References {

    private final Map<String, List<Range>> byModuleAndName = new HashMap<>();

    private References() { }

    /** Every reference whose traversal starts with {@code root} followed by an attribute step. */
    static References of(RuleContext ctx, String root) {
        References refs = new References();
        ctx.syntax().forEachReference((site, t) -> {
            if (t.rootName().equals(root) && t.traversal().size() > 1
                    && t.traversal().get(1) instanceof Traverser.Attr a) {
                String key = ModuleFiles.moduleOf(site.file().name()) + "\u0000" + a.name();
                refs.byModuleAndName.computeIfAbsent(key, k -> new ArrayList<>()).add(t.range());
            }
        });
        return refs;
    }

    /** Whether {@code name} is referenced in {@code module} inside {@code range}. */
    boolean isReferencedInside(String module, String name, Range range) {
        for (Range r : byModuleAndName.getOrDefault(module + "\u0000" + name, List.of())) {
            if (range.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} is referenced in {@code module} anywhere outside {@code except}. */
    boolean isReferencedOutside(String module, String name, Range except) {
        for (Range r : byModuleAndName.getOrDefault(module + "\u0000" + name, List.of())) {
            if (!except.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
