package io.templint.rules;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.HclFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A block together with where it sits: its file and its enclosing block (null at the top level).
 * Parents are linked rather than copied, so deeply nested input stays linear in size.
 *
 * @param file   the file the block is in
 * @param parent the enclosing block, or null for a top-level block
 * @param block  the block
 * @param depth  0 for a top-level block, 1 for a block nested in it, ...
 */
public record BlockSite(HclFile file, BlockSite parent, Block block, int depth) {

    public BlockSite {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(block, "block");
    }

    /** Whether the block is written at the top level of its file. */
    public boolean isTopLevel() {
        return parent == null;
    }

    /** The outermost enclosing block (this one for a top-level block). */
    public BlockSite topLevel() {
        BlockSite s = this;
        while (s.parent != null) {
            s = s.parent;
        }
        return s;
    }

    /** The enclosing blocks from the outermost down to this one. */
    public List<Block> path() {
        List<Block> out = new ArrayList<>(depth + 1);
        for (BlockSite s = this; s != null; s = s.parent) {
            out.add(s.block);
        }
        Collections.reverse(out);
        return out;
    }

    /**
     * A readable, line-independent name for the block: types and labels from the outermost block
     * down, e.g. {@code resource.coder_app.main/healthcheck}.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Block b : path()) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(b.type());
            for (String l : b.labelValues()) {
                sb.append('.').append(l);
            }
        }
        return sb.toString();
    }

    /** The attribute {@code name} written directly in this block, if any. */
    public Optional<Attribute> attribute(String name) {
        return Optional.ofNullable(block.body().attribute(name));
    }

    /** The blocks written directly in this block, in source order. */
    public List<BlockSite> nested() {
        return sites(block.body().blocks());
    }

    /** The blocks of type {@code type} written directly in this block, in source order. */
    public List<BlockSite> nested(String type) {
        return sites(block.body().blocks(type));
    }

    private List<BlockSite> sites(List<Block> blocks) {
        List<BlockSite> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(new BlockSite(file, this, b, depth + 1));
        }
        return out;
    }

    /** Whether the block has type {@code type} and starts with the labels {@code labels}. */
    public boolean matches(String type, String... labels) {
        Block b = block;
        if (!b.type().equals(type) || b.labels().size() < labels.length) {
            return false;
        }
        for (int i = 0; i < labels.length; i++) {
            if (!b.label(i).equals(labels[i])) {
                return false;
            }
        }
        return true;
    }

    // Records compare structurally; a site is only ever equal to itself (trees may be huge).
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "BlockSite[" + describe() + " at " + block.range() + "]";
    }
}
