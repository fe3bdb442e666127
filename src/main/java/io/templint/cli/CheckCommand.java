package io.templint.cli;

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
import io.templint.rules.PathPattern;
import io.templint.rules.RuleRegistry;
import io.templint.rules.TemplintConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        description = "Read settings from FILE, for every template (default: the file TEMPLINT_CONFIG names, else "
            + "for each template the nearest .templint.hcl at or above its folder, up to the repository root; never "
            + "one inside an archive).")
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

    @Option(names = "--fix", description = "Rewrite the files of the folders given to fix every finding that has one "
        + "mechanical fix ('templint rules' marks those rules), then report what is left. Archives and standard input "
        + "are never rewritten.")
    boolean fix;

    @Option(names = "--fix-dry-run", description = "Print the changes --fix would make as a unified diff instead of "
        + "the report, and write nothing; the exit status is that of a check of the fixed files.")
    boolean fixDryRun;

    @Option(names = "--no-color", description = "Never colour the output (also: NO_COLOR=1).")
    boolean noColor;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
        description = "Analyse up to N templates at once (default: the number of processors; 1: one after another). "
            + "The report is the same whatever N.")
    Integer jobs;

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
        List<TemplateInput> given = new InputResolver(console.workingDir(), console.in()).resolve(paths);
        RuleRegistry registry = services.rules().get();
        Configured configured = configure(given, registry);
        List<TemplateInput> inputs = configured.inputs();
        String coder = coderVersion != null ? coderVersion : configured.coderVersion();
        Progress progress = console.errIsTerminal() ? new TerminalProgress(console.err()) : Progress.NONE;
        if (fix && fixDryRun) {
            throw new CliException("--fix and --fix-dry-run cannot be used together");
        }
        AnalysisRequest request = new AnalysisRequest(inputs, coder, configured.common(), formatter.showsSource(),
            progress, kind == null ? null : kind.kind(), moduleRoot, Jobs.of(jobs), configured.configs(),
            moduleCatalogOn());
        AnalysisResult result;
        try {
            result = services.analyzer().apply(registry).analyze(request);
        } finally {
            progress.done();
        }
        result = fixes(result, request, registry);
        Report report = applyBaseline(result.report());
        if (fixDryRun) {
            ReportOutput.deliver(lastDiff, output, console);
            return !result.failures().isEmpty() ? ExitStatus.FAILURE
                : fails(report, configured) ? ExitStatus.FINDINGS : ExitStatus.OK;
        }
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
        return fails(report, configured) ? ExitStatus.FINDINGS : ExitStatus.OK;
    }

    /** Whether a template has an active finding at or above its threshold: {@code --fail-on}, else its config's. */
    private boolean fails(Report report, Configured configured) {
        for (int i = 0; i < report.templates().size(); i++) {
            TemplintConfig c = configured.configOf(i);
            FailOn threshold = failOn != null ? failOn : c.failOn() != null ? c.failOn() : FailOn.ERROR;
            if (Findings.active(report.templates().get(i).diagnostics()).stream()
                    .anyMatch(f -> threshold.failsOn(f.severity()))) {
                return true;
            }
        }
        return false;
    }

    /** The diff {@code --fix-dry-run} prints. */
    private String lastDiff = "";

    /**
     * {@code --fix} and {@code --fix-dry-run}: the report of the fixed files; for SARIF without them, the
     * report with the fixes it offers.
     */
    private AnalysisResult fixes(AnalysisResult result, AnalysisRequest request, RuleRegistry registry) {
        FixRun.Mode mode = fix ? FixRun.Mode.WRITE : fixDryRun ? FixRun.Mode.DRY_RUN
            : "sarif".equals(format) ? FixRun.Mode.OFFER : null;
        if (mode == null) {
            return result;
        }
        FixRun.Outcome outcome = FixRun.run(result, request, registry, mode,
            "json".equals(format) || "sarif".equals(format));
        outcome.messages().forEach(m -> console.err().println("templint: " + TerminalText.safe(m)));
        lastDiff = outcome.diff();
        if (mode == FixRun.Mode.WRITE && !outcome.fixed().isEmpty()) {
            int total = outcome.fixed().values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder line = new StringBuilder("templint: fixed " + Findings.plural(total, "finding") + " in ");
            outcome.fixed().forEach((file, n) -> line.append(TerminalText.safe(file)).append(" (").append(n)
                .append("), "));
            console.err().println(line.substring(0, line.length() - 2));
        }
        return new AnalysisResult(outcome.report(), outcome.sources(), result.failures());
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

    /**
     * The inputs to check and the configuration of each: {@code --config FILE}, else none with
     * {@code --no-config}, else the file {@code TEMPLINT_CONFIG} names, for every input; else, for
     * each folder or archive file, the {@code .templint.hcl} nearest it (archives' contents and
     * standard input are never searched), else none. An input that its configuration's
     * {@code exclude} matches is left out before anything of it is read.
     */
    private Configured configure(List<TemplateInput> given, RuleRegistry registry) {
        if (noConfig && config != null) {
            throw new CliException("--config and --no-config cannot be used together");
        }
        List<TemplintConfig> all = new ArrayList<>(given.size());
        TemplintConfig common = TemplintConfig.EMPTY;
        String fromEnv = console.env().apply(CONFIG_VARIABLE);
        String named = config != null ? config : fromEnv == null || fromEnv.isEmpty() ? null : fromEnv;
        if (noConfig) {
            given.forEach(i -> all.add(TemplintConfig.EMPTY));
        } else if (named != null) {
            String label = config != null ? config : CONFIG_VARIABLE + "=" + named;
            Path file = console.workingDir().resolve(named);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new CliException(label + ": " + (Files.exists(file) ? "cannot read the config file"
                    : "no such config file"));
            }
            common = load(file, registry);
            for (int i = 0; i < given.size(); i++) {
                all.add(common);
            }
        } else {
            Map<Path, TemplintConfig> loaded = new HashMap<>();
            for (TemplateInput input : given) {
                Path location = location(input);
                Path file;
                try {
                    file = location == null ? null : ConfigLoader.discover(location).orElse(null);
                } catch (ConfigException e) {
                    throw new CliException("bad config: " + e.getMessage() + "; name one with --config, or pass "
                        + "--no-config", e);
                }
                all.add(file == null ? TemplintConfig.EMPTY : loaded.computeIfAbsent(file, f -> load(f, registry)));
            }
        }
        List<TemplateInput> inputs = new ArrayList<>(given.size());
        List<TemplintConfig> configs = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            TemplateInput input = given.get(i);
            TemplintConfig c = all.get(i);
            Optional<PathPattern> excluded = c.excludedBy(location(input));
            if (excluded.isPresent()) {
                if (!quiet) {
                    console.err().println("templint: " + TerminalText.safe(input.displayPath()) + ": not checked: "
                        + "exclude \"" + TerminalText.safe(excluded.get().glob()) + "\" of "
                        + TerminalText.safe(shown(c.source())));
                }
                continue;
            }
            inputs.add(input);
            configs.add(c);
        }
        return new Configured(inputs, configs, common);
    }

    /** A configuration file as the user would name it: relative to the working folder when inside it. */
    private String shown(String file) {
        Path p = Path.of(file).toAbsolutePath().normalize();
        Path here = console.workingDir().toAbsolutePath().normalize();
        return p.startsWith(here) ? here.relativize(p).toString() : file;
    }

    private TemplintConfig load(Path file, RuleRegistry registry) {
        try {
            return ConfigLoader.load(file, registry);
        } catch (ConfigException e) {
            throw new CliException("bad config: " + e.getMessage(), e);
        }
    }

    /** Where an input is on disk, for configuration: a folder or archive file; null for standard input. */
    private static Path location(TemplateInput input) {
        return input instanceof TemplateInput.Directory d ? d.directory()
            : input instanceof TemplateInput.Archive a ? a.archive() : null;
    }

    /**
     * The inputs left to check and their configurations.
     *
     * @param inputs  the inputs, excluded ones left out
     * @param configs the configuration of each
     * @param common  the one configuration named for all ({@code --config}, {@code TEMPLINT_CONFIG}),
     *                else {@link TemplintConfig#EMPTY}
     */
    private record Configured(List<TemplateInput> inputs, List<TemplintConfig> configs, TemplintConfig common) {

        TemplintConfig configOf(int index) {
            return index < configs.size() ? configs.get(index) : common;
        }

        /**
         * The {@code coder_version} the configurations set, or null when none does.
         *
         * @throws CliException when two set different releases (the report has one)
         */
        String coderVersion() {
            TemplintConfig first = null;
            for (TemplintConfig c : configs) {
                if (c.coderVersion() == null) {
                    continue;
                }
                if (first == null) {
                    first = c;
                } else if (!first.coderVersion().equals(c.coderVersion())) {
                    throw new CliException("the templates' configurations target different Coder releases: "
                        + first.coderVersion() + " (" + first.source() + ") and " + c.coderVersion() + " ("
                        + c.source() + "); a report has one: pass --coder-version, or check them in separate runs");
                }
            }
            return first == null ? common.coderVersion() : first.coderVersion();
        }
    }
}
