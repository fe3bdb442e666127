package io.templint.hcl;

import java.util.Objects;

/**
 * An attribute {@code name = expr}.
 *
 * @param name        the attribute name
 * @param nameRange   the range of the name
 * @param expression  the value expression
 * @param equalsRange the range of the {@code =} (for JSON: of the {@code :}); may equal nameRange's end
 * @param range       from the start of the name to the end of the expression
 */
public record Attribute(String name, Range nameRange, Expression expression, Range equalsRange, Range range)
        implements BodyItem {
    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameRange, "nameRange");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(range, "range");
    }
}
