package io.templint.api;

import java.util.List;

/**
 * A variable declared {@code sensitive = true}, and where its value flows.
 *
 * @param usedBy places its value reaches, e.g. {@code coder_agent.main.env.GITHUB_TOKEN}
 */
public record SensitiveVariable(String address, String name, String file, int line, boolean hasDefault,
                                List<String> usedBy) {
    public SensitiveVariable {
        usedBy = List.copyOf(usedBy);
    }
}
