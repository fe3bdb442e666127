package io.templint.coder;

import io.templint.terraform.Resource;
import java.util.List;

/**
 * A {@code coder_agent} and its environment.
 *
 * @param resource the agent
 * @param env      its {@code env} entries, then every {@code coder_env} bound to it
 */
public record AgentFacts(Resource resource, List<EnvVarFacts> env) {

    public AgentFacts {
        env = List.copyOf(env);
    }

    /** The agent's address. */
    public String address() {
        return resource.address();
    }

    /** The agent's name (its block label). */
    public String name() {
        return resource.name();
    }
}
