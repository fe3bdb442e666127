package io.templint.api;

import java.util.List;

/**
 * A {@code coder_agent} and the environment it receives.
 *
 * @param address        the agent's address
 * @param name           the agent's name (its block label)
 * @param envComplete    false when an unresolved module receives the agent's id and so may add
 *                       {@code coder_env} entries that {@code env} cannot list
 * @param envMayComeFrom the addresses of those unresolved modules
 * @param env            its {@code env} entries followed by every {@code coder_env} bound to it
 */
public record AgentReport(String address, String name, boolean envComplete, List<String> envMayComeFrom,
                          List<EnvEntry> env) {
    /**
     * Copies the lists, which must not be null, into immutable ones.
     *
     * @param address the agent's address
     * @param name the agent's name (its block label)
     * @param envComplete false when an unresolved module receives the agent's id
     * @param envMayComeFrom the addresses of those unresolved modules
     * @param env its {@code env} entries followed by every {@code coder_env} bound to it
     */
    public AgentReport {
        envMayComeFrom = List.copyOf(envMayComeFrom);
        env = List.copyOf(env);
    }
}
