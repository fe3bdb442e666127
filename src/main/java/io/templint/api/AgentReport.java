package io.templint.api;

import java.util.List;

/**
 * A {@code coder_agent} and the environment it receives.
 *
 * @param address the agent's address
 * @param name    the agent's name (its block label)
 * @param env     its {@code env} entries followed by every {@code coder_env} bound to it
 */
public record AgentReport(String address, String name, List<EnvEntry> env) {
    /**
     * Copies the lists, which must not be null, into immutable ones.
     *
     * @param address the agent's address
     * @param name the agent's name (its block label)
     * @param env its {@code env} entries followed by every {@code coder_env} bound to it
     */
    public AgentReport {
        env = List.copyOf(env);
    }
}
