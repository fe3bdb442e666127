package io.templint.hcl;

/**
 * One step of a traversal such as {@code var.list[0].name}: a root name, an attribute, or an index
 * with a literal key (HCL's {@code TraverseRoot}, {@code TraverseAttr}, {@code TraverseIndex}).
 */
public sealed interface Traverser extends Node {

    /**
     * The name this step selects: a root or attribute name, or the key of an index with a string
     * key (Terraform reads {@code a["b"]} like {@code a.b}); null for a number or boolean key.
     */
    default String selectedName() {
        if (this instanceof Root r) {
            return r.name();
        }
        if (this instanceof Attr a) {
            return a.name();
        }
        return this instanceof Index x && x.key() instanceof String s ? s : null;
    }

    /** The first step: a variable name ({@code var}, {@code local}, {@code coder_agent}, ...). */
    record Root(String name, Range range) implements Traverser { }

    /** {@code .name}; the range covers the dot and the name. */
    record Attr(String name, Range range) implements Traverser { }

    /**
     * {@code [key]} with a literal key, or the legacy {@code .0} form; the range covers the brackets
     * (or the dot and digits).
     *
     * @param key a {@link java.math.BigDecimal}, a {@link String} or a {@link Boolean}
     */
    record Index(Object key, Range range) implements Traverser { }
}
