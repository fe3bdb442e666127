package io.templint.cli;

import io.templint.report.RuleCatalog;
import io.templint.report.RuleInfo;
import io.templint.rules.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code templint explain RULE}: what a rule checks, why, and how to fix what it finds. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Explain a rule: what it checks, why, and how to fix what it finds.")
final class ExplainCommand implements Callable<Integer> {

    private final Console console;
    private final CliServices services;

    @Parameters(paramLabel = "RULE", description = "A rule id, as 'templint rules' lists them.")
    String rule;

    ExplainCommand(Console console, CliServices services) {
        this.console = console;
        this.services = services;
    }

    @Override
    public Integer call() {
        RuleRegistry registry = services.rules().get();
        RuleInfo r = RuleCatalog.from(registry).find(rule).orElseThrow(() -> new CliException("unknown rule '"
            + rule + "'" + registry.closestId(rule).map(id -> " (did you mean " + id + "?)")
                .orElse(" (see 'templint rules')")));
        String text = r.id() + " (" + r.defaultSeverity().label() + (r.enabledByDefault() ? "" : ", off by default")
            + (r.fixable() ? ", fixable: templint check --fix" : "") + ")\n\n"
            + (r.enabledByDefault() ? "" : "Off by default: it runs only when .templint.hcl says rule \"" + r.id()
                + "\" { enabled = true }.\n\n")
            + r.summary() + "\n\n" + r.description() + "\n\nMore: " + r.helpUri() + "\n";
        ReportOutput.deliver(text, null, console);
        return ExitStatus.OK;
    }
}
