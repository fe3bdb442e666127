package io.templint.hcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The contents of a file or of a block: attributes and blocks in source order.
 *
 * @param items    attributes and blocks in source order
 * @param range    the body's range (for a file the whole file; for a block from its opening
 *                 to its closing brace, both included)
 * @param endRange an empty range where the body ends (the closing brace, or the end of file)
 */
public record Body(List<BodyItem> items, Range range, Range endRange) implements Node {

    public Body {
        items = List.copyOf(items);
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(endRange, "endRange");
    }

    /** The attributes, in source order. */
    public List<Attribute> attributes() {
        List<Attribute> out = new ArrayList<>();
        for (BodyItem it : items) {
            if (it instanceof Attribute a) {
                out.add(a);
            }
        }
        return out;
    }

    /** The blocks, in source order. */
    public List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        for (BodyItem it : items) {
            if (it instanceof Block b) {
                out.add(b);
            }
        }
        return out;
    }

    /** The blocks of one type, in source order. */
    public List<Block> blocks(String type) {
        List<Block> out = new ArrayList<>();
        for (BodyItem it : items) {
            if (it instanceof Block b && b.type().equals(type)) {
                out.add(b);
            }
        }
        return out;
    }

    /** The first attribute named {@code name}, or null. */
    public Attribute attribute(String name) {
        for (BodyItem it : items) {
            if (it instanceof Attribute a && a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
