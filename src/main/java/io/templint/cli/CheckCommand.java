package io.templint.cli;

import io.templint.report.Findings;
import io.templint.report.Formatter;
import io.templint.report.ReportContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code templint check [OPTIONS] PATH...}: analyse templates and report what was found. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = VersionProvider.class,
    description = "Analyse Coder templates: folders, archives (.tar, .tar.gz, .tgz, .zip), '-' (a tar "
        + "archive on standard input) or single .tf / .tf.json files (analysed with their folder, "
        + "findings limited to the files named). @FILE reads more arguments from FILE, one a line.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:nothing at or above --fail-on",
        "1:findings at or above --fail-on",
        "2:the run failed: bad usage, unreadable path, corrupt or unsafe archive, bad config"})
final class CheckCommand implements Callable<Integer> {

    private static final Pattern CODER_VERSION = Pattern.compile("\\d{1,4}\\.\\d{1,4}");

    private final Console console;
    private final CliServices services;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        completionCandidates = FormatNames.class,
        description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Write the report to FILE instead of standard output.")
    String output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = FailOnConverter.class,
        description = "Exit with status 1 when a finding is at least this severe: error, warning, notice "
            + "or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--coder-version", paramLabel = "X.Y",
        description = "The Coder release whose rule decides whether a template is a Task template "
            + "(default: the rule of Coder 2.24 - 2.27).")
    String coderVersion;

    @Option(names = "--config", paramLabel = "FILE", description = "Read rule settings from FILE.")
    String config;

    @Option(names = "--no-color", description = "Never colour the output (also: NO_COLOR=1).")
    boolean noColor;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Templates to analyse.")
    List<String> paths;

    CheckCommand(Console console, CliServices services) {
        this.console = console;
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        Formatter formatter = services.formatters().find(format).orElseThrow(() -> new CliException(
            "unknown format '" + format + "' (expected one of " + String.join(", ", services.formatters().names()) + ")"));
        if (coderVersion != null && !CODER_VERSION.matcher(coderVersion).matches()) {
            throw new CliException("--coder-version: expected a release like 2.27, not '" + coderVersion + "'");
        }
        Path configFile = config == null ? null : readableConfig(config);
        List<TemplateInput> inputs = new InputResolver(console.workingDir(), console.in()).resolve(paths);
        Progress progress = console.errIsTerminal() ? new TerminalProgress(console.err()) : Progress.NONE;
        AnalysisResult result;
        try {
            result = services.analyzer().analyze(new AnalysisRequest(inputs, coderVersion, configFile, progress));
        } finally {
            progress.done();
        }
        boolean color = output == null && !noColor && console.colorAllowed();
        ReportContext context = new ReportContext(result.sources(), services.rules().get(), color);
        StringBuilder text = new StringBuilder(4096);
        formatter.write(result.report(), context, text);
        ReportOutput.deliver(text.toString(), output, console);
        return failOn.failsOn(Findings.all(result.report())) ? ExitStatus.FINDINGS : ExitStatus.OK;
    }

    private Path readableConfig(String name) {
        Path p = console.workingDir().resolve(name);
        if (!Files.exists(p)) {
            throw new CliException(name + ": no such config file");
        }
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new CliException(name + ": cannot read the config file");
        }
        return p;
    }
}
