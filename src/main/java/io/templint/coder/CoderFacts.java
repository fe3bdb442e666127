package io.templint.coder;

import io.templint.terraform.UnresolvedModuleCall;
import java.util.List;
import java.util.Optional;

/**
 * Everything templint establishes about a template as a Coder template: the Task verdict and what
 * it rests on, the apps, the agents and their environment, and where sensitive values flow.
 * Computed by {@link CoderAnalysis#analyze}; immutable and safe to share between threads.
 *
 * @param release            the Coder release range whose rule decided {@code task.verdict()}
 * @param task               the Task facts
 * @param apps               every {@code coder_app} of the module tree
 * @param agents             every {@code coder_agent} of the module tree, with its environment
 * @param coderEnvs          every {@code coder_env} of the module tree and the agent it is bound to
 * @param sensitiveVariables every variable declared {@code sensitive = true}
 * @param unresolvedModules  every module call whose source was not analysed, whatever the verdict
 */
public record CoderFacts(CoderRelease release, TaskFacts task, List<AppFacts> apps, List<AgentFacts> agents,
                         List<CoderEnvFacts> coderEnvs, List<SensitiveVariableFacts> sensitiveVariables,
                         List<UnresolvedModuleCall> unresolvedModules) {

    public CoderFacts {
        unresolvedModules = List.copyOf(unresolvedModules);
        apps = List.copyOf(apps);
        agents = List.copyOf(agents);
        coderEnvs = List.copyOf(coderEnvs);
        sensitiveVariables = List.copyOf(sensitiveVariables);
    }

    /** The agent with this address, if any. */
    public Optional<AgentFacts> agent(String address) {
        return agents.stream().filter(a -> a.address().equals(address)).findFirst();
    }

    /** The app with this address, if any. */
    public Optional<AppFacts> app(String address) {
        return apps.stream().filter(a -> a.address().equals(address)).findFirst();
    }
}
