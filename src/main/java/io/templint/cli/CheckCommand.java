package io.templint.cli;

import io.templint.api.Finding;
import io.templint.api.Report;
import io.templint.report.Findings;
import io.templint.report.Formatter;
import io.templint.report.Formatters;
import io.templint.report.ReportContext;
import io.templint.report.RuleCatalog;
import io.templint.report.TerminalText;
import io.templint.rules.ConfigException;
import io.templint.rules.ConfigLoader;
import io.templint.rules.FailOn;
import io.templint.rules.RuleRegistry;
import io.templint.rules.TemplintConfig;
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
        + "findings limited to the files named). @FILE reads more arguments from FILE, one a line; after "
        + "-- every argument is a path, never an option or an @FILE.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:nothing at or above --fail-on",
        "1:findings at or above --fail-on",
        "2:the run failed: bad usage, unreadable path, corrupt or unsafe archive (the other templates are "
            + "still reported), bad config"})
final class CheckCommand implements Callable<Integer> {

    /** The environment variable that names a config file when {@code --config} does not. */
    static final String CONFIG_VARIABLE = "TEMPLINT_CONFIG";

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

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnConverter.class,
        description = "Exit with status 1 when a finding is at least this severe: error, warning, notice "
            + "or never (default: the config's fail_on, else error).")
    FailOn failOn;

    @Option(names = "--coder-version", paramLabel = "X.Y",
        description = "The Coder release whose rule decides whether a template is a Task template "
            + "(default: the rule of Coder 2.24 - 2.27).")
    String coderVersion;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
        description = "What the folders are: auto (default: the config's paths blocks, a local module call by "
            + "another folder given, else a folder with variable \"agent_id\" and no coder_agent is a module), "
            + "template, or module (checked as a module: no Task verdict, no template-level Task rules).")
    KindConverter.Choice kind;

    @Option(names = "--config", paramLabel = "FILE",
        description = "Read settings from FILE (default: the file TEMPLINT_CONFIG names, else the nearest "
            + ".templint.hcl above the first folder given, up to the repository root; never one inside an archive).")
    String config;

    @Option(names = "--no-config", description = "Read no settings file: the templates checked cannot configure "
        + "their own check.")
    boolean noConfig;

    @Option(names = "--root", paramLabel = "DIR",
        description = "How far up a folder's local module sources (../../modules/x) may be read "
            + "(default: the repository root, the nearest folder holding .git, else the folder itself). "
            + "Archives and '-' are always their own root.")
    String root;

    @Option(names = "--module-catalog", paramLabel = "on|off", defaultValue = "on",
        description = "Resolve Coder registry modules that are not in .terraform/modules from templint's offline"
            + " catalog of registry agent modules (default: ${DEFAULT-VALUE}); modules on disk always win.")
    String moduleCatalog;

    @Option(names = "--baseline", paramLabel = "FILE",
        description = "Report only findings that FILE (written by --write-baseline) does not know; the summary says "
            + "how many known ones were left out.")
    String baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
        description = "Record today's findings in FILE (JSON, sorted, to commit), then report as --baseline FILE would.")
    String writeBaseline;

    @Option(names = {"-q", "--quiet"}, description = "For hooks: with the text format, print nothing when every "
        + "template is clean, else only the findings (with code frames) and one line of verdict.")
    boolean quiet;

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
        if (quiet && "text".equals(format)) {
            formatter = Formatters.quietText();
        }
        if (coderVersion != null && !CODER_VERSION.matcher(coderVersion).matches()) {
            throw new CliException("--coder-version: expected a release like 2.27, not '" + coderVersion + "'");
        }
        Path moduleRoot = moduleRoot();
        List<TemplateInput> inputs = new InputResolver(console.workingDir(), console.in()).resolve(paths);
        RuleRegistry registry = services.rules().get();
        TemplintConfig settings = loadConfig(inputs, registry);
        String coder = coderVersion != null ? coderVersion : settings.coderVersion();
        FailOn threshold = failOn != null ? failOn : settings.failOn() != null ? settings.failOn() : FailOn.ERROR;
        Progress progress = console.errIsTerminal() ? new TerminalProgress(console.err()) : Progress.NONE;
        AnalysisResult result;
        try {
            result = services.analyzer().apply(registry)
                .analyze(new AnalysisRequest(inputs, coder, settings, formatter.showsSource(), progress,
                    kind == null ? null : kind.kind(), moduleRoot, moduleCatalogOn()));
        } finally {
            progress.done();
        }
        Report report = applyBaseline(result.report());
        boolean color = output == null && !noColor && console.colorAllowed();
        ReportContext context = new ReportContext(result.sources(), RuleCatalog.from(registry), color);
        StringBuilder text = new StringBuilder(4096);
        formatter.write(report, context, text);
        ReportOutput.deliver(text.toString(), output, console);
        if (!result.failures().isEmpty()) {
            // the contract: an unreadable or unsafe input fails the run, even though the others are reported
            result.failures().forEach(m -> console.err().println("templint: " + TerminalText.safe(m)));
            return ExitStatus.FAILURE;
        }
        return fails(threshold, Findings.active(Findings.all(report))) ? ExitStatus.FINDINGS : ExitStatus.OK;
    }

    /**
     * {@code --write-baseline FILE}: records the report's findings in FILE; then, with it or with
     * {@code --baseline FILE}, leaves the known findings out of the report.
     */
    private Report applyBaseline(Report report) {
        if (baseline != null && writeBaseline != null) {
            throw new CliException("--baseline and --write-baseline cannot be used together (--write-baseline "
                + "already reports as its new baseline would)");
        }
        String name = writeBaseline != null ? writeBaseline : baseline;
        if (name == null) {
            return report;
        }
        Path file = console.workingDir().resolve(name);
        Path folder = file.toAbsolutePath().getParent();
        Baseline known;
        if (writeBaseline != null) {
            known = Baseline.of(report, console.workingDir(), folder);
            known.write(file, name);
        } else {
            known = Baseline.read(file, name);
        }
        return known.filter(report, console.workingDir(), folder);
    }

    /** {@code --module-catalog on|off}, checked. */
    private boolean moduleCatalogOn() {
        return switch (moduleCatalog) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new CliException("--module-catalog: expected on or off, not '" + moduleCatalog + "'");
        };
    }

    /** {@code --root DIR}, checked: an existing folder; null when not given. */
    private Path moduleRoot() {
        if (root == null) {
            return null;
        }
        Path dir;
        try {
            dir = console.workingDir().resolve(root);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CliException("--root: not a valid path: " + root);
        }
        if (!Files.isDirectory(dir)) {
            throw new CliException("--root: " + root + ": " + (Files.exists(dir) ? "not a directory"
                : "no such directory"));
        }
        return dir;
    }

    private static boolean fails(FailOn threshold, List<Finding> active) {
        return active.stream().anyMatch(f -> threshold.failsOn(f.severity()));
    }

    /**
     * {@code --config FILE}, else none with {@code --no-config}, else the file {@code TEMPLINT_CONFIG}
     * names, else the {@code .templint.hcl}
     * nearest the first folder given (archives and standard input are never searched), else none.
     */
    private TemplintConfig loadConfig(List<TemplateInput> inputs, RuleRegistry registry) {
        if (noConfig && config != null) {
            throw new CliException("--config and --no-config cannot be used together");
        }
        if (noConfig) {
            return TemplintConfig.EMPTY;
        }
        Path file;
        String fromEnv = console.env().apply(CONFIG_VARIABLE);
        String named = config != null ? config : fromEnv == null || fromEnv.isEmpty() ? null : fromEnv;
        if (named != null) {
            String label = config != null ? config : CONFIG_VARIABLE + "=" + named;
            file = console.workingDir().resolve(named);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new CliException(label + ": " + (Files.exists(file) ? "cannot read the config file"
                    : "no such config file"));
            }
        } else {
            Path first = inputs.stream().filter(TemplateInput.Directory.class::isInstance)
                .map(i -> ((TemplateInput.Directory) i).directory()).findFirst().orElse(null);
            try {
                file = first == null ? null : ConfigLoader.discover(first).orElse(null);
            } catch (ConfigException e) {
                throw new CliException("bad config: " + e.getMessage() + "; name one with --config, or pass --no-config", e);
            }
        }
        if (file == null) {
            return TemplintConfig.EMPTY;
        }
        try {
            return ConfigLoader.load(file, registry);
        } catch (ConfigException e) {
            throw new CliException("bad config: " + e.getMessage(), e);
        }
    }
}
