package io.templint.api;


/**
 * One environment variable an agent receives.
 *
 * @param name          the variable name, or null when the name itself is not statically known
 * @param value         the statically known value, or null; always null when {@code sensitive} (a secret's
 *                      value never reaches a report) and when the value is each workspace's own (a
 *                      parameter's value)
 * @param expression    the source text of the value expression
 * @param sensitive     whether the value derives from a sensitive variable or another secret source
 * @param source        the address of the block that sets it: the agent, or a {@code coder_env}
 * @param file          the file that sets it
 * @param line          the line that sets it
 * @param planned       false when the block that sets it has no instance at Coder's import
 *                      ({@code count = 0} with import-time values, its own or a module call's): the
 *                      agent gets it only in workspaces where the count is larger; name and value are
 *                      then those written, when literal
 * @param mergeStrategy a {@code coder_env}'s merge strategy, null for the agent's own {@code env}
 */
public record EnvEntry(String name, String value, String expression, boolean sensitive, String source,
                       String file, int line, boolean planned,
                       String mergeStrategy) {
}
