package io.templint.coder;

import io.templint.terraform.Resource;
import io.templint.terraform.UnresolvedModuleCall;
import java.util.List;

/**
 * A {@code coder_agent} and its environment.
 *
 * @param resource       the agent
 * @param env            its {@code env} entries, then every {@code coder_env} bound to it
 * @param envMayComeFrom the unresolved module calls that receive the agent's id (directly or
 *                       through locals, variables and outputs) and so may declare {@code coder_env}
 *                       resources for it that {@code env} cannot list
 */
public record AgentFacts(Resource resource, List<EnvVarFacts> env, List<UnresolvedModuleCall> envMayComeFrom) {

    public AgentFacts {
        env = List.copyOf(env);
        envMayComeFrom = List.copyOf(envMayComeFrom);
    }

    /** Whether {@link #env()} is all the agent receives: no unresolved module receives its id. */
    public boolean envComplete() {
        return envMayComeFrom.isEmpty();
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
