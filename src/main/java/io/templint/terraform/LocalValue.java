package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;

/**
 * One named value of a {@code locals} block.
 *
 * @param module    the declaring module
 * @param name      the local value's name
 * @param attribute the attribute that defines it (after override files are merged)
 */
public record LocalValue(ModulePath module, String name, Attribute attribute) implements Declaration {

    /** The value expression. */
    public Expression expression() {
        return attribute.expression();
    }

    @Override
    public String localAddress() {
        return "local." + name;
    }

    @Override
    public Range declRange() {
        return attribute.range();
    }
}
