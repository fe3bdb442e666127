package io.templint.terraform;

import io.templint.hcl.Expression;
import java.util.function.Predicate;

/** Questions about expressions the loader asks: whether one is constant, whether it refers to anything. */
final class ExpressionFacts {

    private ExpressionFacts() { }

    /** Whether an expression holds no references and no function calls. */
    static boolean isConstant(Expression e) {
        return !any(e, x -> x instanceof Expression.ScopeTraversal || x instanceof Expression.FunctionCall
            || x instanceof Expression.For || x instanceof Expression.Splat);
    }

    /** Whether an expression refers to at least one named value (see {@link ReferenceWalker}). */
    static boolean hasReferences(Expression e) {
        return ReferenceWalker.hasReferences(e);
    }

    /**
     * Whether any evaluated node matches, not counting the literal keys of object constructors
     * ({@code { name = 1 }}), which are names, not references ({@link ReferenceWalker#nodes}).
     */
    private static boolean any(Expression root, Predicate<Expression> test) {
        boolean[] found = {false};
        ReferenceWalker.nodes(root, x -> found[0] |= test.test(x));
        return found[0];
    }
}
