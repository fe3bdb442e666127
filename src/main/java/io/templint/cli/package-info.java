/**
 * The {@code templint} command line: {@code check}, {@code parse}, {@code rules}, {@code explain}.
 *
 * <p>{@link io.templint.cli.Main} starts the process; {@link io.templint.cli.Cli#run} runs one
 * command line against a {@link io.templint.cli.Console} (streams, environment, working directory)
 * and {@link io.templint.cli.CliServices} (rules, analysis, formats) and returns the exit status:
 * 0 clean, 1 findings at or above {@code --fail-on}, 2 the run failed.
 *
 * <p>The analysis behind {@code check} sits behind {@link io.templint.cli.Analyzer}: it receives
 * the resolved {@link io.templint.cli.TemplateInput}s (folders, archives, standard input, single
 * files grouped by folder) in an {@link io.templint.cli.AnalysisRequest} and returns an
 * {@link io.templint.cli.AnalysisResult} (the report and, for code frames, the files' text).
 * {@link io.templint.cli.TemplintAnalyzer}, the full analysis through the public
 * {@link io.templint.api.Templint} API, is the one {@link io.templint.cli.CliServices#defaults()}
 * wires in; tests give {@link io.templint.cli.CliServices} another.
 */
package io.templint.cli;
