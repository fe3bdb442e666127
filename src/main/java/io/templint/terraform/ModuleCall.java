package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import java.util.Map;

/**
 * A {@code module} block: a call of a child module.
 *
 * @param module    the calling module
 * @param name      the call's name (the block label)
 * @param source    the {@code source} string, or null when missing or not a literal string
 * @param version   the {@code version} string, or null
 * @param count     the {@code count} expression, or null
 * @param forEach   the {@code for_each} expression, or null
 * @param arguments the input variable arguments, by name, in source order (meta-arguments such as
 *                  {@code source}, {@code count} and {@code providers} excluded)
 * @param block     the (merged) block
 */
public record ModuleCall(ModulePath module, String name, String source, String version, Expression count,
                         Expression forEach, Map<String, Attribute> arguments, Block block)
        implements Declaration {

    public ModuleCall {
        arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
    }

    /** The path of the module this call creates. */
    public ModulePath childPath() {
        return module.child(name);
    }

    /** Whether the source is a local path ({@code ./x} or {@code ../x}). */
    public boolean isLocal() {
        return source != null && isLocalSource(source);
    }

    /**
     * Whether a module source is a local path, which Terraform reads from the calling module's folder
     * rather than installing: {@code ./x}, {@code ../x}, {@code .} or {@code ..}.
     *
     * @param source the source address as written
     * @return whether it is a local path
     */
    public static boolean isLocalSource(String source) {
        return source.startsWith("./") || source.startsWith("../") || source.equals(".") || source.equals("..");
    }

    @Override
    public String localAddress() {
        return "module." + name;
    }

    @Override
    public Range declRange() {
        return block.headerRange();
    }
}
