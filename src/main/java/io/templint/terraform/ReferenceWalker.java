package io.templint.terraform;

import io.templint.hcl.Expression;
import io.templint.hcl.Expressions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one walk over expressions that finds references the way Terraform does: the traversals
 * HCL's {@code Variables()} returns, which Terraform turns into references.
 * <ul>
 * <li>A key of an object constructor that is a single name ({@code path = "/x"}, {@code count = 1})
 *     or the keyword {@code null}, {@code true} or {@code false} is a literal key: no reference.
 *     Any other key is an expression and is walked: a parenthesised {@code (local.k)}, a quoted
 *     {@code "${local.k}"}, and also a dotted {@code a.b} (which HCL refuses when it evaluates the
 *     object, "Ambiguous attribute key", but still lists as a reference).
 * <li>The names a {@code for} expression binds are not references inside its key, value and
 *     condition expressions (they shadow a root of the same name), but are in its collection.
 * <li>A splat's element placeholder is no reference; the splat's source is walked.
 * </ul>
 * Walks without recursion, so very deep trees are safe.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class ReferenceWalker {

    private ReferenceWalker() { }

    /** The reference traversals of {@code root}, in source order. */
    public static List<Expression.ScopeTraversal> traversals(Expression root) {
        return traversals(root, Set.of());
    }

    /**
     * The reference traversals of {@code root}, leaving out traversals from the names in
     * {@code bound} (for instance a {@code dynamic} block's iterator), in source order.
     */
    public static List<Expression.ScopeTraversal> traversals(Expression root, Set<String> bound) {
        List<Expression.ScopeTraversal> out = new ArrayList<>();
        walk(root, bound, (e, names) -> {
            if (e instanceof Expression.ScopeTraversal t && !names.contains(t.rootName())) {
                out.add(t);
            }
        });
        return out;
    }

    /**
     * Visits every node of {@code root} that Terraform evaluates as an expression, parents before
     * children, in source order: every node except the literal keys of object constructors
     * ({@link #isLiteralKey}) and what is inside them.
     */
    public static void nodes(Expression root, Consumer<Expression> visitor) {
        walk(root, Set.of(), (e, names) -> visitor.accept(e));
    }

    /** Whether {@code root} holds at least one reference. */
    public static boolean hasReferences(Expression root) {
        return !traversals(root).isEmpty();
    }

    /**
     * Whether an object constructor key is read as a literal name rather than evaluated: a single
     * bare name or {@code null}/{@code true}/{@code false}, not parenthesised (HCL's
     * {@code ObjectConsKeyExpr} with {@code hcl.ExprAsKeyword} giving a name).
     */
    public static boolean isLiteralKey(Expression key) {
        if (!(key instanceof Expression.ObjectConsKey k) || k.forceNonLiteral()) {
            return false;
        }
        Expression w = k.wrapped();
        if (w instanceof Expression.ScopeTraversal t) {
            return t.traversal().size() == 1;
        }
        return w instanceof Expression.LiteralValue l && (l.value() == null || l.value() instanceof Boolean);
    }

    /** The names bound inside a {@code for} expression: those bound around it and its key and value names. */
    static Set<String> boundInside(Expression.For x, Set<String> outer) {
        Set<String> inner = new HashSet<>(outer);
        if (x.keyVar() != null) {
            inner.add(x.keyVar());
        }
        if (x.valueVar() != null) {
            inner.add(x.valueVar());
        }
        return inner;
    }

    /** Receives a node and the names bound by the {@code for} expressions around it. */
    @FunctionalInterface
    interface ScopedVisitor {
        void visit(Expression e, Set<String> bound);
    }

    /** The shared walk: every evaluated node with the names bound where it is written. */
    static void walk(Expression root, Set<String> bound, ScopedVisitor visitor) {
        // two stacks in step: a node, and the names bound where it is written
        ArrayDeque<Expression> nodes = new ArrayDeque<>();
        ArrayDeque<Set<String>> names = new ArrayDeque<>();
        nodes.push(root);
        names.push(bound);
        while (!nodes.isEmpty()) {
            Expression e = nodes.pop();
            Set<String> outer = names.pop();
            if (isLiteralKey(e)) {
                continue;
            }
            visitor.visit(e, outer);
            if (e instanceof Expression.For x) {
                Set<String> inner = boundInside(x, outer);
                for (Expression part : new Expression[] {x.condition(), x.valueExpr(), x.keyExpr()}) {
                    if (part != null) {
                        nodes.push(part);
                        names.push(inner);
                    }
                }
                // the collection is evaluated outside the names the for expression binds
                nodes.push(x.collection());
                names.push(outer);
                continue;
            }
            for (int i = Expressions.pushChildren(e, nodes); i > 0; i--) {
                names.push(outer);
            }
        }
    }
}
