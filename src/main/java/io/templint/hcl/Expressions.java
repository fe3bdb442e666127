package io.templint.hcl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Utilities over expression trees: children, and walks that never recurse (trees may be very deep). */
public final class Expressions {

    private Expressions() { }

    /** The direct children of {@code e}, in source order (those that are there: a {@code for}'s key and condition may not be). */
    public static List<Expression> children(Expression e) {
        ArrayDeque<Expression> stack = new ArrayDeque<>();
        List<Expression> out = new ArrayList<>(pushChildren(e, stack));
        while (!stack.isEmpty()) {
            out.add(stack.pop());
        }
        return out;
    }

    /** Visits {@code root} and all its descendants, parents before children, in source order. */
    public static void walk(Expression root, Consumer<Expression> visitor) {
        ArrayDeque<Expression> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Expression e = stack.pop();
            visitor.accept(e);
            pushChildren(e, stack);
        }
    }

    /**
     * Pushes the non-null direct children of {@code e} on {@code stack}, last first (so that they
     * pop in source order), without the list {@link #children} makes: the walks' inner loop.
     *
     * @return how many were pushed
     */
    public static int pushChildren(Expression e, ArrayDeque<Expression> stack) {
        // the leaves and the commonest nodes first
        if (e instanceof Expression.LiteralValue || e instanceof Expression.ScopeTraversal
                || e instanceof Expression.AnonSymbol || e instanceof Expression.SyntaxError) {
            return 0;
        } else if (e instanceof Expression.Template x) {
            return pushAll(x.parts(), stack);
        } else if (e instanceof Expression.TemplateWrap x) {
            return push(stack, x.wrapped());
        } else if (e instanceof Expression.FunctionCall x) {
            return pushAll(x.args(), stack);
        } else if (e instanceof Expression.ObjectCons x) {
            List<Expression.ObjectItem> items = x.items();
            int n = 0;
            for (int i = items.size() - 1; i >= 0; i--) {
                n += push(stack, items.get(i).value());
                n += push(stack, items.get(i).key());
            }
            return n;
        } else if (e instanceof Expression.ObjectConsKey x) {
            return push(stack, x.wrapped());
        } else if (e instanceof Expression.TupleCons x) {
            return pushAll(x.items(), stack);
        } else if (e instanceof Expression.RelativeTraversal x) {
            return push(stack, x.source());
        } else if (e instanceof Expression.Index x) {
            return push(stack, x.key()) + push(stack, x.collection());
        } else if (e instanceof Expression.Conditional x) {
            return push(stack, x.falseResult()) + push(stack, x.trueResult()) + push(stack, x.condition());
        } else if (e instanceof Expression.BinaryOp x) {
            return push(stack, x.rhs()) + push(stack, x.lhs());
        } else if (e instanceof Expression.For x) {
            return push(stack, x.condition()) + push(stack, x.valueExpr()) + push(stack, x.keyExpr())
                + push(stack, x.collection());
        } else if (e instanceof Expression.Splat x) {
            return push(stack, x.each()) + push(stack, x.source());
        } else if (e instanceof Expression.UnaryOp x) {
            return push(stack, x.operand());
        } else if (e instanceof Expression.TemplateJoin x) {
            return push(stack, x.tuple());
        } else if (e instanceof Expression.Parentheses x) {
            return push(stack, x.expression());
        }
        return 0;
    }

    private static int push(ArrayDeque<Expression> stack, Expression e) {
        if (e == null) {
            return 0;
        }
        stack.push(e);
        return 1;
    }

    private static int pushAll(List<Expression> items, ArrayDeque<Expression> stack) {
        int n = 0;
        for (int i = items.size() - 1; i >= 0; i--) {
            n += push(stack, items.get(i));
        }
        return n;
    }

    /** Every scope traversal ({@code var.x}, {@code coder_agent.main.id}, ...) inside {@code root}. */
    public static List<Expression.ScopeTraversal> traversals(Expression root) {
        List<Expression.ScopeTraversal> out = new ArrayList<>();
        walk(root, e -> {
            if (e instanceof Expression.ScopeTraversal t) {
                out.add(t);
            }
        });
        return out;
    }
}
