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
 * @param outcome    what kind of answer this is: whether a missing target is certain or only
 *                   templint's limit; rules decide on this, the problem is for people
 */
public record Resolution(String expression, Range range, Resource target, UnresolvedModuleCall blockedBy,
                         String problem, Outcome outcome) {

    /** The kinds of answer a reference can get. */
    public enum Outcome {
        /** The reference leads to {@link #target()}. */
        REACHED,
        /** It runs into a module that is not on disk ({@link #blockedBy()}): the answer depends on it. */
        BLOCKED,
        /**
         * It certainly leads to no block of the type: a literal value, a name that is not
         * declared, a variable with no value, an output the module does not have, a block of
         * another type.
         */
        MISSING,
        /**
         * templint cannot tell: an expression or function it does not follow, a chain too long or
         * circular, {@code count.index} and the like.
         */
        UNKNOWN
    }

    /** Whether the reference reached a block. */
    public boolean isResolved() {
        return target != null;
    }

    /** The address of the block reached, or null. */
    public String targetAddress() {
        return target == null ? null : target.address();
    }
}
