package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.BodyItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a block of an override file into the block it overrides, by Terraform's rules: each
 * argument of the override replaces the base's argument of the same name; the override's nested
 * blocks of one type replace all the base's nested blocks of that type ({@code dynamic "x"} counts
 * as type {@code x}); in resources, {@code lifecycle} is merged argument by argument.
 */
final class OverrideMerger {

    private OverrideMerger() { }

    /** The base block with the override's contents merged in; ranges stay those of their sources. */
    static Block merge(Block base, Block override, boolean mergeLifecycle) {
        Body merged = mergeBody(base.body(), override.body(), mergeLifecycle);
        return new Block(base.type(), base.typeRange(), base.labels(), merged,
            base.openBraceRange(), base.closeBraceRange(), base.range(), base.defRange());
    }

    static Body mergeBody(Body base, Body override, boolean mergeLifecycle) {
        Map<String, Attribute> overAttrs = new LinkedHashMap<>();
        for (Attribute a : override.attributes()) {
            overAttrs.putIfAbsent(a.name(), a);
        }
        Set<String> overBlockTypes = new HashSet<>();
        Block overLifecycle = null;
        for (Block b : override.blocks()) {
            if (mergeLifecycle && b.type().equals("lifecycle")) {
                overLifecycle = b;
            } else {
                overBlockTypes.add(nestedType(b));
            }
        }
        List<BodyItem> items = new ArrayList<>();
        Set<String> usedAttrs = new HashSet<>();
        boolean lifecycleMerged = false;
        for (BodyItem it : base.items()) {
            if (it instanceof Attribute a) {
                Attribute o = overAttrs.get(a.name());
                if (o != null && usedAttrs.add(a.name())) {
                    items.add(o);
                } else if (o == null) {
                    items.add(a);
                }
            } else if (it instanceof Block b) {
                if (overLifecycle != null && b.type().equals("lifecycle")) {
                    if (!lifecycleMerged) {
                        items.add(merge(b, overLifecycle, false));
                        lifecycleMerged = true;
                    }
                } else if (!overBlockTypes.contains(nestedType(b))) {
                    items.add(b);
                }
            }
        }
        for (Attribute a : overAttrs.values()) {
            if (!usedAttrs.contains(a.name())) {
                items.add(a);
            }
        }
        for (Block b : override.blocks()) {
            if (b.type().equals("lifecycle") && mergeLifecycle) {
                if (!lifecycleMerged) {
                    items.add(b);
                    lifecycleMerged = true;
                }
            } else {
                items.add(b);
            }
        }
        return new Body(items, base.range(), base.endRange());
    }

    /** The type of nested block a block produces: a {@code dynamic "x"} block produces {@code x} blocks. */
    private static String nestedType(Block b) {
        if (b.type().equals("dynamic") && b.labels().size() == 1) {
            return b.label(0);
        }
        return b.type();
    }
}
