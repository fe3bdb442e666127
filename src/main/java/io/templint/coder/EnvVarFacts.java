package io.templint.coder;

import io.templint.hcl.Range;
import java.util.Set;

/**
 * One environment variable an agent receives: an entry of its {@code env} map, or a
 * {@code coder_env} bound to it.
 *
 * @param name            the variable name, or null when it is not statically known
 * @param value           the statically known value, or null; always null when {@code sensitive}
 * @param expression      the source text of the value expression, with any hard-coded secret masked
 * @param sensitive       whether the value derives from a sensitive variable or another secret, or is
 *                        itself a secret written in the template
 * @param secretSources   the secrets it derives from ({@code var.github_pat},
 *                        {@code data.coder_external_auth.github.access_token}, ...)
 * @param hardcodedSecret what the value looks like when it is a secret written in the template, with the
 *                        secret masked ({@link SecretPatterns#describe}); null otherwise
 * @param source          the address of the block that sets it: the agent or a {@code coder_env}
 * @param range           where it is set (the map entry, the expression, or the {@code coder_env} block)
 * @param mergeStrategy   a {@code coder_env}'s {@code merge_strategy} ({@code replace} when unset), null
 *                        for the agent's own {@code env}
 * @param planned         false when the block that sets it (the {@code coder_env}, or the agent) has no
 *                        instance at Coder's import ({@code count = 0}, itself or in a module call,
 *                        with import-time values): the agent gets it only in workspaces where the
 *                        count is larger; its name and value are then those written, when literal
 */
public record EnvVarFacts(String name, String value, String expression, boolean sensitive, Set<String> secretSources,
                          String hardcodedSecret, String source, Range range, String mergeStrategy, boolean planned) {

    public EnvVarFacts {
        secretSources = Set.copyOf(secretSources);
    }

    /** An entry of a block with an instance at import. */
    public EnvVarFacts(String name, String value, String expression, boolean sensitive, Set<String> secretSources,
                       String hardcodedSecret, String source, Range range, String mergeStrategy) {
        this(name, value, expression, sensitive, secretSources, hardcodedSecret, source, range, mergeStrategy, true);
    }

    /** The same entry, of a block with no instance at import. */
    public EnvVarFacts unplanned() {
        return new EnvVarFacts(name, value, expression, sensitive, secretSources, hardcodedSecret, source, range,
            mergeStrategy, false);
    }

    /** Whether the entry comes from a {@code coder_env} resource rather than the agent's {@code env}. */
    public boolean fromCoderEnv() {
        return mergeStrategy != null;
    }
}
