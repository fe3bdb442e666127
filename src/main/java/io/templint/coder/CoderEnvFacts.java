package io.templint.coder;

import io.templint.terraform.Resource;

/**
 * A {@code coder_env} resource and the agent it is bound to.
 *
 * @param resource the resource
 * @param agent    where its {@code agent_id} leads; null when it has no {@code agent_id}
 * @param entry    the variable it sets
 */
public record CoderEnvFacts(Resource resource, Resolution agent, EnvVarFacts entry) {

    /** The address of the bound agent, or null when it is not known. */
    public String agentAddress() {
        return agent == null ? null : agent.targetAddress();
    }
}
