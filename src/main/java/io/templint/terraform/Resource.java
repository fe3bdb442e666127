package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import java.util.List;
import java.util.Objects;

/**
 * A {@code resource}, {@code data} or {@code ephemeral} block (after override files are merged).
 *
 * @param module    the declaring module
 * @param mode      managed resource or data source
 * @param type      the resource type, e.g. {@code coder_agent}
 * @param name      the resource name (second label)
 * @param count     the {@code count} expression, or null
 * @param forEach   the {@code for_each} expression, or null
 * @param provider  the {@code provider} expression, or null
 * @param dependsOn the {@code depends_on} items
 * @param block     the (merged) block; its body holds the resource's arguments and nested blocks
 */
public record Resource(ModulePath module, Mode mode, String type, String name, Expression count,
                       Expression forEach, Expression provider, List<Expression> dependsOn, Block block)
        implements Declaration {

    /** Managed resources ({@code resource}), data sources ({@code data}) and ephemeral resources. */
    public enum Mode {
        MANAGED("resource", ""), DATA("data", "data."), EPHEMERAL("ephemeral", "ephemeral.");

        private final String blockType;
        private final String prefix;

        Mode(String blockType, String prefix) {
            this.blockType = blockType;
            this.prefix = prefix;
        }

        /** The block type that declares this mode. */
        public String blockType() {
            return blockType;
        }

        /** What addresses of this mode start with: {@code ""}, {@code "data."} or {@code "ephemeral."}. */
        public String addressPrefix() {
            return prefix;
        }
    }

    public Resource {
        dependsOn = List.copyOf(dependsOn);
    }

    // equals and hashCode written out, with the values the record's own would give: the record's are
    // made at run time by method handles (java.lang.runtime.ObjectMethods), whose set-up costs a
    // fresh process a few milliseconds per record class

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Resource r && mode == r.mode && Objects.equals(name, r.name)
            && Objects.equals(type, r.type) && Objects.equals(module, r.module) && Objects.equals(count, r.count)
            && Objects.equals(forEach, r.forEach) && Objects.equals(provider, r.provider)
            && Objects.equals(dependsOn, r.dependsOn) && Objects.equals(block, r.block);
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Object component : new Object[] {module, mode, type, name, count, forEach, provider, dependsOn, block}) {
            h = h * 31 + Objects.hashCode(component);
        }
        return h;
    }

    /** The body: arguments and nested blocks. */
    public Body body() {
        return block.body();
    }

    /** The argument named {@code name}, or null. */
    public Attribute attribute(String name) {
        return block.body().attribute(name);
    }

    /** The nested blocks of one type ({@code sidebar_app}, {@code metadata}, ...). */
    public List<Block> blocks(String blockType) {
        return block.body().blocks(blockType);
    }

    /** Whether this is a data source. */
    public boolean isData() {
        return mode == Mode.DATA;
    }

    /** Whether {@code count} or {@code for_each} make it a multi-instance resource. */
    public boolean isMultiInstance() {
        return count != null || forEach != null;
    }

    @Override
    public String localAddress() {
        return mode.addressPrefix() + type + "." + name;
    }

    @Override
    public Range declRange() {
        return block.headerRange();
    }
}
