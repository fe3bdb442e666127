package io.templint.terraform;

import io.templint.hcl.Expression;
import io.templint.hcl.Expressions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

/** Questions about expressions the loader asks: whether one is constant, whether it refers to anything. */
final class ExpressionFacts {

    private ExpressionFacts() { }

    /** Whether an expression holds no references and no function calls. */
    static boolean isConstant(Expression e) {
        return !any(e, x -> x instanceof Expression.ScopeTraversal || x instanceof Expression.FunctionCall
            || x instanceof Expression.For || x instanceof Expression.Splat);
    }

    /** Whether an expression refers to at least one named value (a traversal). */
    static boolean hasReferences(Expression e) {
        return any(e, x -> x instanceof Expression.ScopeTraversal);
    }

    /**
     * Whether any node matches, not counting the bare-name keys of object constructors
     * ({@code { name = 1 }}), which are names, not references.
     */
    private static boolean any(Expression root, Predicate<Expression> test) {
        Deque<Expression> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Expression e = stack.pop();
            if (e instanceof Expression.ObjectConsKey k && k.bareName() != null) {
                continue;
            }
            if (test.test(e)) {
                return true;
            }
            for (Expression c : Expressions.children(e)) {
                if (c != null) {
                    stack.push(c);
                }
            }
        }
        return false;
    }
}
