package io.templint.rules;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Expression;
import io.templint.hcl.Expressions;
import io.templint.hcl.HclFile;
import io.templint.hcl.Range;
import io.templint.terraform.ReferenceWalker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Every block and attribute of a template's files, found in one walk and shared by all rules.
 * Lists are in file order, then source order (a block before its contents). Immutable. The
 * walk uses no recursion, so arbitrarily deep input is safe.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class SyntaxIndex {

    private final List<BlockSite> blocks;
    private final List<AttributeSite> attributes;
    private final Map<String, List<BlockSite>> topLevelByFile;
    /** The blocks written directly in each block (by identity), sorted by start, for {@link #enclosingBlock}. */
    private final Map<Block, List<BlockSite>> nestedByBlock = new IdentityHashMap<>();
    /** Made on first use (see {@link #forEachExpression}, {@link #forEachReference}). */
    private Nodes expressionNodes;
    private Nodes references;

    SyntaxIndex(List<HclFile> files) {
        List<BlockSite> allBlocks = new ArrayList<>();
        List<AttributeSite> allAttributes = new ArrayList<>();
        Map<String, List<BlockSite>> topLevel = new HashMap<>();
        for (HclFile file : files) {
            List<BlockSite> fileTop = new ArrayList<>();
            walk(file, allBlocks, allAttributes, fileTop);
            topLevel.putIfAbsent(file.name(), byStart(fileTop));
        }
        nestedByBlock.replaceAll((b, nested) -> byStart(nested));
        this.blocks = Collections.unmodifiableList(allBlocks);
        this.attributes = Collections.unmodifiableList(allAttributes);
        this.topLevelByFile = topLevel;
    }

    private static List<BlockSite> byStart(List<BlockSite> sites) {
        List<BlockSite> sorted = new ArrayList<>(sites);
        sorted.sort(Comparator.comparingInt(b -> b.block().range().startByte()));
        return List.copyOf(sorted);
    }

    private record Frame(Iterator<BodyItem> items, BlockSite owner) { }

    private void walk(HclFile file, List<BlockSite> blocks, List<AttributeSite> attributes,
                      List<BlockSite> topLevel) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(file.body().items().iterator(), null));
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (!f.items().hasNext()) {
                stack.pop();
                continue;
            }
            BodyItem item = f.items().next();
            BlockSite owner = f.owner();
            if (item instanceof Attribute a) {
                attributes.add(new AttributeSite(file, owner, a));
            } else if (item instanceof Block b) {
                BlockSite site = new BlockSite(file, owner, b, owner == null ? 0 : owner.depth() + 1);
                blocks.add(site);
                if (owner == null) {
                    topLevel.add(site);
                } else {
                    nestedByBlock.computeIfAbsent(owner.block(), k -> new ArrayList<>()).add(site);
                }
                stack.push(new Frame(b.body().items().iterator(), site));
            }
        }
    }

    /** Every block at any depth. */
    public List<BlockSite> allBlocks() {
        return blocks;
    }

    /** Every top-level block. */
    public List<BlockSite> topLevelBlocks() {
        List<BlockSite> out = new ArrayList<>();
        for (BlockSite b : blocks) {
            if (b.isTopLevel()) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * The top-level blocks of type {@code type} whose labels start with {@code labels}, across all
     * files: {@code blocks("resource", "coder_app")} gives every {@code coder_app} resource.
     */
    public List<BlockSite> blocks(String type, String... labels) {
        List<BlockSite> out = new ArrayList<>();
        for (BlockSite b : blocks) {
            if (b.isTopLevel() && b.matches(type, labels)) {
                out.add(b);
            }
        }
        return out;
    }

    /** Every attribute at any depth. */
    public List<AttributeSite> attributes() {
        return attributes;
    }

    /** Every attribute named {@code name}, at any depth. */
    public List<AttributeSite> attributes(String name) {
        List<AttributeSite> out = new ArrayList<>();
        for (AttributeSite a : attributes) {
            if (a.attribute().name().equals(name)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Visits every expression node of every attribute value, attribute by attribute. */
    public void forEachExpression(ExpressionVisitor visitor) {
        Nodes all = expressionNodes();
        for (int i = 0; i < all.size; i++) {
            visitor.visit(all.sites[i], all.nodes[i]);
        }
    }

    /**
     * Visits every reference traversal of every attribute value, attribute by attribute, as
     * {@link ReferenceWalker#traversals(Expression)} finds them (no literal object keys, no names
     * bound by {@code for} expressions).
     */
    public void forEachReference(BiConsumer<AttributeSite, Expression.ScopeTraversal> visitor) {
        Nodes all = references();
        for (int i = 0; i < all.size; i++) {
            visitor.accept(all.sites[i], (Expression.ScopeTraversal) all.nodes[i]);
        }
    }

    /** Nodes found in the attribute values, each with its attribute: one walk, shared by every rule that asks. */
    private static final class Nodes {
        AttributeSite[] sites = new AttributeSite[64];
        Expression[] nodes = new Expression[64];
        int size;

        void add(AttributeSite site, Expression node) {
            if (size == nodes.length) {
                sites = Arrays.copyOf(sites, 2 * size);
                nodes = Arrays.copyOf(nodes, 2 * size);
            }
            sites[size] = site;
            nodes[size++] = node;
        }
    }

    private synchronized Nodes expressionNodes() {
        if (expressionNodes == null) {
            Nodes all = new Nodes();
            for (AttributeSite a : attributes) {
                Expressions.walk(a.attribute().expression(), e -> all.add(a, e));
            }
            expressionNodes = all;
        }
        return expressionNodes;
    }

    private synchronized Nodes references() {
        if (references == null) {
            Nodes all = new Nodes();
            for (AttributeSite a : attributes) {
                for (Expression.ScopeTraversal t : ReferenceWalker.traversals(a.attribute().expression())) {
                    all.add(a, t);
                }
            }
            references = all;
        }
        return references;
    }

    /**
     * The innermost block whose range contains all of {@code range}, if any. Logarithmic in the
     * number of blocks at each level (sibling blocks do not overlap), so placing every finding of a
     * large template stays fast.
     */
    public Optional<BlockSite> enclosingBlock(Range range) {
        List<BlockSite> top = topLevelByFile.getOrDefault(range.filename(), List.of());
        BlockSite found = null;
        for (BlockSite b = containing(top, range); b != null;
                b = containing(nestedByBlock.getOrDefault(b.block(), List.of()), range)) {
            found = b;
        }
        return Optional.ofNullable(found);
    }

    /** The site among {@code sites} (sorted by start, not overlapping) that contains {@code range}. */
    private static BlockSite containing(List<BlockSite> sites, Range range) {
        int lo = 0;
        int hi = sites.size() - 1;
        int last = -1; // the last site starting at or before the range
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sites.get(mid).block().range().startByte() <= range.startByte()) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = last; i >= 0; i--) { // normally one look: siblings do not overlap
            BlockSite b = sites.get(i);
            if (b.block().range().contains(range)) {
                return b;
            }
            if (b.block().range().endByte() <= range.startByte()) {
                break;
            }
        }
        return null;
    }
}
