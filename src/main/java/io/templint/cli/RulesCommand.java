package io.templint.cli;

import io.templint.report.JsonOut;
import io.templint.report.RuleCatalog;
import io.templint.report.RuleInfo;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code templint rules [--format text|json]}: every rule with its default severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "List every rule: id, default severity, summary; rules that run only when enabled say 'off by default'.")
final class RulesCommand implements Callable<Integer> {

    private final Console console;
    private final CliServices services;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    RulesCommand(Console console, CliServices services) {
        this.console = console;
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        List<RuleInfo> rules = RuleCatalog.from(services.rules().get()).all();
        StringBuilder out = new StringBuilder();
        switch (format) {
            case "json" -> JsonOut.writeRules(rules, out);
            case "text" -> {
                int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
                for (RuleInfo r : rules) {
                    out.append(String.format("%-" + width + "s  %-7s  %s%s%s%n", r.id(), r.defaultSeverity().label(),
                        r.summary(), r.enabledByDefault() ? "" : " (off by default)", r.fixable() ? " [fixable]" : ""));
                }
            }
            default -> throw new CliException("unknown format '" + format + "' (expected text or json)");
        }
        ReportOutput.deliver(out.toString(), null, console);
        return ExitStatus.OK;
    }
}
