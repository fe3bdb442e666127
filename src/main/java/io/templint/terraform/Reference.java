package io.templint.terraform;

import io.templint.hcl.Expression;
import io.templint.hcl.Range;

/**
 * One reference written in a declaration: {@code coder_agent.main.id} in the {@code agent_id} of
 * a {@code coder_env}, {@code var.github_pat} in {@code env.GITHUB_TOKEN} of a {@code coder_agent}.
 *
 * @param from            the declaration whose expression holds the reference
 * @param attributePath   where in that declaration: an argument name, nested block types and
 *                        literal object keys joined with dots ({@code agent_id},
 *                        {@code env.GITHUB_TOKEN}, {@code sidebar_app.id}); {@code ""} for a local
 *                        value's own expression
 * @param target          the full address referred to: {@code coder_agent.main},
 *                        {@code module.a.var.x}, {@code local.y}, {@code data.coder_parameter.p},
 *                        a module output as {@code module.m.output.o}, a module call as {@code module.m},
 *                        a provider configuration as {@code provider.aws.west}
 * @param targetAttribute the attribute read from the target ({@code id} of {@code coder_agent.main.id}),
 *                        or null
 * @param traversal       the traversal as written
 */
public record Reference(Declaration from, String attributePath, String target, String targetAttribute,
                        Expression.ScopeTraversal traversal) {

    /** Where the reference is written. */
    public Range range() {
        return traversal.range();
    }

    /** {@code from}'s address and the attribute path: {@code coder_agent.main.env.GITHUB_TOKEN}. */
    public String usage() {
        return attributePath.isEmpty() ? from.address() : from.address() + "." + attributePath;
    }
}
