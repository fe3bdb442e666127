package io.templint.hcl.json;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the JSON object of a body means: which properties are nested blocks (everything else is an
 * attribute, since JSON has no syntax for the difference) and how each attribute's strings are
 * read. Immutable; built with {@link #builder()}.
 */
final class BodySchema {

    private final Map<String, BlockSchema> blocks;
    private final Map<String, ValueMode> attributeModes;
    private final ValueMode defaultMode;
    private final boolean attributesOnly;
    private final boolean dynamicBlocks;
    private final boolean unknownObjectsAreBlocks;
    private final BlockSchema dynamicBlock;

    private BodySchema(Builder b) {
        this.blocks = Map.copyOf(b.blocks);
        this.attributeModes = Map.copyOf(b.modes);
        this.defaultMode = b.defaultMode;
        this.attributesOnly = b.attributesOnly;
        this.dynamicBlocks = b.dynamicBlocks;
        this.unknownObjectsAreBlocks = b.unknownObjectsAreBlocks;
        this.dynamicBlock = dynamicBlocks
            ? new BlockSchema("dynamic", List.of("type"), null, Map.of(), true)
            : null;
    }

    static Builder builder() {
        return new Builder();
    }

    /** A copy to add to: its blocks, modes and flags carry over. */
    Builder toBuilder() {
        Builder b = new Builder();
        b.blocks.putAll(blocks);
        b.modes.putAll(attributeModes);
        b.defaultMode = defaultMode;
        b.attributesOnly = attributesOnly;
        b.dynamicBlocks = dynamicBlocks;
        b.unknownObjectsAreBlocks = unknownObjectsAreBlocks;
        return b;
    }

    /** The nested block type named {@code name}, or null when such a property is an attribute. */
    BlockSchema block(String name) {
        if (attributesOnly) {
            return null;
        }
        if (dynamicBlock != null && name.equals("dynamic")) {
            return dynamicBlock;
        }
        return blocks.get(name);
    }

    /** The declared nested block type {@code name}, ignoring {@code dynamic}; or null. */
    BlockSchema declaredBlock(String name) {
        return blocks.get(name);
    }

    /** How the value of attribute {@code name} is read. */
    ValueMode modeOf(String name) {
        ValueMode m = attributeModes.get(name);
        return m != null ? m : defaultMode;
    }

    /**
     * Whether every property is an attribute and the body must be one JSON object (HCL's
     * "dynamic attributes" mode: {@code locals}, {@code required_providers}, {@code .tfvars.json}).
     */
    boolean attributesOnly() {
        return attributesOnly;
    }

    /** Whether this body accepts {@code dynamic} blocks. */
    boolean dynamicBlocks() {
        return dynamicBlocks;
    }

    /**
     * Whether a property that names no known block type but holds an object or an array of objects
     * is read as a block without labels (so that an unknown top-level block type such as a
     * misspelt {@code "resorce"} is reported as an unsupported block, not as an argument).
     */
    boolean unknownObjectsAreBlocks() {
        return unknownObjectsAreBlocks;
    }

    /** A copy that also accepts {@code dynamic} blocks. */
    BodySchema withDynamicBlocks() {
        if (dynamicBlocks) {
            return this;
        }
        return toBuilder().dynamicBlocks().build();
    }

    /** Builds a {@link BodySchema}. */
    static final class Builder {
        private final Map<String, BlockSchema> blocks = new LinkedHashMap<>();
        private final Map<String, ValueMode> modes = new HashMap<>();
        private ValueMode defaultMode = ValueMode.Strings.TEMPLATE;
        private boolean attributesOnly;
        private boolean dynamicBlocks;
        private boolean unknownObjectsAreBlocks;

        /** Adds a nested block type. */
        Builder block(String type, BodySchema body, String... labelNames) {
            blocks.put(type, BlockSchema.of(type, body, labelNames));
            return this;
        }

        /** Adds a nested block type. */
        Builder block(BlockSchema schema) {
            blocks.put(schema.type(), schema);
            return this;
        }

        /** Reads these attributes' strings as native expressions. */
        Builder expressions(String... names) {
            return mode(ValueMode.Strings.EXPRESSION, names);
        }

        /** Reads these attributes' strings literally. */
        Builder literals(String... names) {
            return mode(ValueMode.Strings.LITERAL, names);
        }

        /** Reads these attributes with {@code mode}. */
        Builder mode(ValueMode mode, String... names) {
            for (String n : names) {
                modes.put(n, mode);
            }
            return this;
        }

        /** How attributes without a mode of their own are read (default: templates). */
        Builder defaultMode(ValueMode mode) {
            this.defaultMode = mode;
            return this;
        }

        /** Every property is an attribute; the body must be a single object. */
        Builder attributesOnly() {
            this.attributesOnly = true;
            return this;
        }

        /** Accepts Terraform's {@code dynamic "type"} blocks. */
        Builder dynamicBlocks() {
            this.dynamicBlocks = true;
            return this;
        }

        /** Reads unknown properties holding objects as blocks without labels. */
        Builder unknownObjectsAreBlocks() {
            this.unknownObjectsAreBlocks = true;
            return this;
        }

        BodySchema build() {
            return new BodySchema(this);
        }
    }
}
