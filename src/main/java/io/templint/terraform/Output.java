package io.templint.terraform;

import io.templint.hcl.Block;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import java.util.List;

/**
 * An {@code output} block.
 *
 * @param module      the declaring module
 * @param name        the output name
 * @param value       the value expression, or null when it is missing (a diagnostic was given)
 * @param sensitive   whether {@code sensitive = true}
 * @param description the description when it is a literal string, else null
 * @param dependsOn   the {@code depends_on} items
 * @param block       the (merged) block
 */
public record Output(ModulePath module, String name, Expression value, boolean sensitive, String description,
                     List<Expression> dependsOn, Block block) implements Declaration {

    public Output {
        dependsOn = List.copyOf(dependsOn);
    }

    @Override
    public String localAddress() {
        return "output." + name;
    }

    @Override
    public Range declRange() {
        return block.headerRange();
    }
}
