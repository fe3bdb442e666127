package io.templint.rules;

import io.templint.hcl.Expression;

/**
 * Receives every expression node of an attribute value, with the attribute it belongs to.
 *
 * <p>This is a walk over the syntax: it visits the literal keys of object constructors
 * ({@code path} in <code>{ path = "/x" }</code>) and the names bound by {@code for} expressions as
 * traversals too. A rule that asks what an expression refers to uses
 * {@link io.templint.terraform.ReferenceWalker} instead, which finds references as Terraform does.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
@FunctionalInterface
public interface ExpressionVisitor {

    /** Called for each node, parents before children, in source order. */
    void visit(AttributeSite site, Expression expression);
}
