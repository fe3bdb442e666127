/**
 * Coder facts: what a loaded {@link io.templint.terraform.ModuleTree} means as a Coder template.
 *
 * <p>{@link io.templint.coder.CoderAnalysis#analyze} computes {@link io.templint.coder.CoderFacts}:
 * <ul>
 *   <li>{@link io.templint.coder.TaskFacts}: every {@code coder_ai_task} (with its planned instances
 *       at import), every {@code data "coder_parameter"} with its statically evaluated name, the
 *       Task verdict under the selected {@link io.templint.coder.CoderRelease} and under every range
 *       of releases ({@link io.templint.coder.Verdict}; {@code null} when a module not on disk could
 *       change it), and the sidebar app: the {@code coder_app} that {@code app_id} (or
 *       {@code sidebar_app.id}) leads to through locals, module outputs, module variables,
 *       {@code try(...)} and conditionals ({@link io.templint.coder.Resolution}, which also says why a
 *       reference leads nowhere and where it is written);</li>
 *   <li>{@link io.templint.coder.AppFacts} for every {@code coder_app}, with the agent its
 *       {@code agent_id} leads to;</li>
 *   <li>{@link io.templint.coder.AgentFacts}: every {@code coder_agent} with its {@code env} entries
 *       (expanded through {@code merge(...)}, locals and module outputs; unknown names or values kept
 *       as null) and the {@code coder_env} resources bound to it
 *       ({@link io.templint.coder.CoderEnvFacts}); secrets (sensitive variables, external auth tokens,
 *       the owner's session token, {@code coder_secret}) mark entries sensitive and their values are
 *       never reported;</li>
 *   <li>{@link io.templint.coder.SensitiveVariableFacts}: every {@code sensitive = true} variable and
 *       where its value flows.</li>
 * </ul>
 *
 * <p>Rules read the facts through {@link io.templint.rules.AnalysisFacts#CODER}. This package
 * depends on the module model and the evaluator only, never on the rules or the report.
 *
 * <h2>API status</h2>
 * <b>Supported for rule authors, read-only:</b> {@link io.templint.coder.CoderFacts} and the fact
 * records it holds, and {@link io.templint.coder.CoderRelease}; rules receive them through
 * {@link io.templint.rules.AnalysisFacts#CODER}. {@link io.templint.coder.CoderAnalysis}, which
 * computes them, is <b>internal</b>: analyse templates with {@link io.templint.api.Templint}.
 */
package io.templint.coder;
