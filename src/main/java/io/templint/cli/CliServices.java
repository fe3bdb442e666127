package io.templint.cli;

import io.templint.report.Formatters;
import io.templint.report.RuleCatalog;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the commands work with: the analysis behind {@code check}, the rule catalog behind
 * {@code rules} / {@code explain} and the SARIF driver, and the output formats. This is where the
 * full analysis is wired in: replace {@link #defaults()}'s analyzer and rule catalog.
 *
 * @param analyzer   the analysis behind {@code templint check}
 * @param rules      the rules (looked up only by the commands that need them)
 * @param formatters the output formats of {@code check}
 */
public record CliServices(Analyzer analyzer, Supplier<RuleCatalog> rules, Formatters formatters) {

    public CliServices {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(formatters, "formatters");
    }

    /** This build's services: the syntax-only analysis and the built-in rules. */
    public static CliServices defaults() {
        return new CliServices(new SyntaxAnalyzer(), RuleCatalog::builtin, Formatters.standard());
    }
}
