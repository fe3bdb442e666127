package io.templint.rules;

import io.templint.hcl.Expression;

/**
 * Receives every expression node of an attribute value, with the attribute it belongs to.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
@FunctionalInterface
public interface ExpressionVisitor {

    /** Called for each node, parents before children, in source order. */
    void visit(AttributeSite site, Expression expression);
}
