package io.templint.rules;

import io.templint.hcl.Expression;

/** Receives every expression node of an attribute value, with the attribute it belongs to. */
@FunctionalInterface
public interface ExpressionVisitor {

    /** Called for each node, parents before children, in source order. */
    void visit(AttributeSite site, Expression expression);
}
