package io.templint.terraform;

import io.templint.eval.TypeConstraint;
import io.templint.hcl.Block;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import java.util.List;

/**
 * A {@code variable} block (after override files are merged).
 *
 * @param module      the declaring module
 * @param name        the variable name
 * @param type        the type constraint expression, or null when none is given (any type)
 * @param constraint  the type constraint read from {@code type} ({@code any} when absent or invalid)
 * @param defaultValue the default expression, or null when the variable is required
 * @param description the description when it is a literal string, else null
 * @param sensitive   whether {@code sensitive = true}
 * @param nullable    the {@code nullable} setting; true when absent (Terraform's default)
 * @param ephemeral   whether {@code ephemeral = true}
 * @param validations the {@code validation} blocks
 * @param block       the (merged) block
 */
public record Variable(ModulePath module, String name, Expression type, TypeConstraint constraint,
                       Expression defaultValue,
                       String description, boolean sensitive, boolean nullable, boolean ephemeral,
                       List<Validation> validations, Block block) implements Declaration {

    public Variable {
        validations = List.copyOf(validations);
    }

    /** Whether a default is declared (a variable without one must be given a value). */
    public boolean hasDefault() {
        return defaultValue != null;
    }

    @Override
    public String localAddress() {
        return "var." + name;
    }

    @Override
    public Range declRange() {
        return block.headerRange();
    }

    /**
     * A {@code validation} block of a variable.
     *
     * @param condition    the condition expression, or null when missing
     * @param errorMessage the error message expression, or null when missing
     * @param block        the block
     */
    public record Validation(Expression condition, Expression errorMessage, Block block) { }
}
