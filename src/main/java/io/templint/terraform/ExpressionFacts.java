package io.templint.terraform;

import io.templint.hcl.Expression;
import io.templint.hcl.Expressions;

/** Questions about expressions the loader asks: whether one is constant, whether it refers to anything. */
final class ExpressionFacts {

    private ExpressionFacts() { }

    /** Whether an expression holds no references and no function calls. */
    static boolean isConstant(Expression e) {
        boolean[] constant = {true};
        Expressions.walk(e, x -> {
            if (x instanceof Expression.ScopeTraversal || x instanceof Expression.FunctionCall
                    || x instanceof Expression.For || x instanceof Expression.Splat) {
                constant[0] = false;
            }
        });
        return constant[0];
    }

    /** Whether an expression refers to at least one named value (a traversal). */
    static boolean hasReferences(Expression e) {
        return !Expressions.traversals(e).isEmpty();
    }
}
