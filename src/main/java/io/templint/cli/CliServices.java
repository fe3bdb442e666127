package io.templint.cli;

import io.templint.report.Formatters;
import io.templint.rules.RuleRegistry;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the commands work with: the rules, the analysis behind {@code check}, and the output
 * formats. This is where the full analysis is wired in: give {@link #defaults()} another analyzer.
 *
 * @param rules      the rule registry (looked up only by the commands that need it): {@code rules},
 *                   {@code explain}, the SARIF driver and the configuration's rule ids
 * @param analyzer   makes the analysis behind {@code templint check} from the registry
 * @param formatters the output formats of {@code check}
 */
record CliServices(Supplier<RuleRegistry> rules, Function<RuleRegistry, Analyzer> analyzer,
                          Formatters formatters) {

    public CliServices {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(formatters, "formatters");
    }

    /** This build's services: every discovered rule, the full analysis ({@link TemplintAnalyzer}), the standard formats. */
    public static CliServices defaults() {
        return new CliServices(RuleRegistry::discover, TemplintAnalyzer::new, Formatters.standard());
    }

    /** These services with another analysis. */
    public CliServices withAnalyzer(Analyzer other) {
        return new CliServices(rules, registry -> other, formatters);
    }
}
