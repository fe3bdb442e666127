package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import java.util.List;

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
