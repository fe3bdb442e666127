/**
 * The {@code templint} command line: {@code check}, {@code parse}, {@code rules}, {@code explain}.
 *
 * <p>{@link io.templint.cli.Main} starts the process; {@code Cli#run} runs one
 * command line against a {@code Console} (streams, environment, working directory)
 * and {@code CliServices} (rules, analysis, formats) and returns the exit status:
 * 0 clean, 1 findings at or above {@code --fail-on}, 2 the run failed.
 *
 * <p>The analysis behind {@code check} sits behind {@code Analyzer}: it receives
 * the resolved {@code TemplateInput}s (folders, archives, standard input, single
 * files grouped by folder) in an {@code AnalysisRequest} and returns an
 * {@code AnalysisResult} (the report and, for code frames, the files' text).
 * {@code LintAnalyzer} is this build's implementation; the full analysis is wired in
 * by giving {@code CliServices#defaults()} another analyzer.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice. Use {@link io.templint.api.Templint} instead.
 */
package io.templint.cli;
