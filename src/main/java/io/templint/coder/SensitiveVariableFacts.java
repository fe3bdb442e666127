package io.templint.coder;

import io.templint.terraform.Variable;
import java.util.List;

/**
 * A variable declared {@code sensitive = true} and where its value flows.
 *
 * @param variable the variable
 * @param usedBy   where its value is used: agent env entries ({@code coder_agent.main.env.GITHUB_TOKEN}),
 *                 resource arguments ({@code module.claude-code.coder_env.claude_api_key.value}),
 *                 module inputs ({@code module.claude-code.claude_api_key}) and outputs
 */
public record SensitiveVariableFacts(Variable variable, List<String> usedBy) {

    public SensitiveVariableFacts {
        usedBy = List.copyOf(usedBy);
    }

    /** The variable's address. */
    public String address() {
        return variable.address();
    }
}
