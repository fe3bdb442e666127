package io.templint.rules.coder;

import io.templint.hcl.Block;
import io.templint.hcl.Range;
import io.templint.terraform.Resource;

/** Ranges of the parts of a resource block. */
final class Labels {

    private Labels() { }

    /** The range of the resource's name label ({@code "main"} in {@code resource "coder_agent" "main"}). */
    static Range nameLabel(Resource r) {
        Block b = r.block();
        return b.labels().size() >= 2 ? b.labels().get(1).range() : r.declRange();
    }

    /** The range of an argument's value expression, or the block header when it is not written. */
    static Range argument(Resource r, String name) {
        var a = r.attribute(name);
        return a == null ? r.declRange() : a.expression().range();
    }
}
