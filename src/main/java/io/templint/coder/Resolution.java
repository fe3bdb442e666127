package io.templint.coder;

import io.templint.hcl.Range;
import io.templint.terraform.Resource;
import io.templint.terraform.UnresolvedModuleCall;

/**
 * Where a reference such as a Task's {@code app_id} or an app's {@code agent_id} leads, followed
 * through local values, module outputs, module variables, {@code try(...)} and conditionals.
 *
 * @param expression the source text of the expression as written
 * @param range      the expression's range
 * @param target     the block reached (a {@code coder_app}, a {@code coder_agent}), or null
 * @param blockedBy  the module call whose source is not on disk that the chain runs into, or null
 * @param problem    why no block was reached, as a sentence; null when {@code target} is set
 */
public record Resolution(String expression, Range range, Resource target, UnresolvedModuleCall blockedBy,
                         String problem) {

    /** Whether the reference reached a block. */
    public boolean isResolved() {
        return target != null;
    }

    /** The address of the block reached, or null. */
    public String targetAddress() {
        return target == null ? null : target.address();
    }
}
