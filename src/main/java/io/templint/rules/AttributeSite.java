package io.templint.rules;

import io.templint.hcl.Attribute;
import io.templint.hcl.HclFile;
import java.util.Objects;

/**
 * An attribute together with where it sits.
 *
 * @param file      the file the attribute is in
 * @param block     the block whose body holds it, or null for an attribute at the top level of a file
 * @param attribute the attribute
 */
public record AttributeSite(HclFile file, BlockSite block, Attribute attribute) {

    public AttributeSite {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(attribute, "attribute");
    }

    /** Whether the attribute is written directly in a block of type {@code type} and leading labels. */
    public boolean isIn(String type, String... labels) {
        return block != null && block.matches(type, labels);
    }

    /** A readable, line-independent name, e.g. {@code resource.coder_app.main/healthcheck/url}. */
    public String describe() {
        return block == null ? attribute.name() : block.describe() + "/" + attribute.name();
    }

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
        return "AttributeSite[" + describe() + " at " + attribute.range() + "]";
    }
}
