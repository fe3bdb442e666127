package io.templint.terraform;

import io.templint.hcl.Block;
import io.templint.hcl.Range;

/**
 * A {@code provider} block.
 *
 * @param module the declaring module
 * @param name   the provider's local name
 * @param alias  the {@code alias}, or null for the default configuration
 * @param block  the (merged) block
 */
public record ProviderConfig(ModulePath module, String name, String alias, Block block) implements Declaration {

    @Override
    public String localAddress() {
        return alias == null ? "provider." + name : "provider." + name + "." + alias;
    }

    @Override
    public Range declRange() {
        return block.headerRange();
    }
}
