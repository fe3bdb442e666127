package io.templint.api;

import io.templint.coder.CoderRelease;
import io.templint.internal.InOrder;
import io.templint.report.RuleCatalog;
import io.templint.rules.ConfigException;
import io.templint.rules.ConfigLoader;
import io.templint.rules.Fingerprints;
import io.templint.rules.Rule;
import io.templint.rules.RuleEngine;
import io.templint.rules.RuleRegistry;
import io.templint.rules.TemplintConfig;
import io.templint.terraform.LoadOptions;
import io.templint.terraform.SharedModuleFiles;
import io.templint.terraform.source.SourceLimits;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * The public entry point: analyses Coder templates and returns the report of the contract.
 *
 * <pre>{@code
 * Templint templint = Templint.builder().coderVersion("2.27").build();
 * Report report = templint.analyze(Path.of("examples/claude-task"));
 * String json = ReportJson.toJson(report);
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one instance and share it. It never prints, never exits,
 * never touches the network, never runs a program, never writes files and reads nothing beyond
 * the template's read root (for a folder, its repository root or {@link Builder#moduleRoot}, where
 * local modules such as {@code ../../modules/x} are read from). Bad templates (syntax errors, invalid configuration, missing modules) give
 * diagnostics in the report; only misuse of the API throws ({@link IllegalArgumentException},
 * {@link NullPointerException}), and a source that cannot be read at all (an unreadable folder, a
 * corrupt or unsafe archive, a source over the {@link SourceLimits}) throws {@link TemplintException}
 * from the methods that analyse one template; {@link #analyze(List)} gives such a template a
 * {@code template_source} entry instead and goes on with the others. An analysis whose thread is
 * interrupted ({@code Future.cancel(true)}) or that outlives {@link Builder#timeout} stops within a
 * bounded time, and its template's entry is one {@code template_source} finding saying so.
 */
public final class Templint {

    private final String coderVersion;
    private final TemplateAnalyzer analyzer;
    private final int parallelism;

    private Templint(Builder b) {
        this.coderVersion = b.coderVersion;
        this.parallelism = b.parallelism;
        // Rules follow the same release as the Task verdict (RuleContext.config().coderVersion()).
        RuleEngine engine = RuleEngine.create(b.registry(), b.config.withCoderVersion(coderVersion));
        LoadOptions load = b.loadOptions.withSourceLimits(b.sourceLimits);
        if (b.moduleRootSet) {
            load = load.withModuleRoot(b.moduleRoot);
        }
        if (b.moduleCatalog != null) {
            load = load.withModuleCatalog(b.moduleCatalog);
        }
        this.analyzer = new TemplateAnalyzer(load, CoderRelease.of(coderVersion), engine,
            new KindResolver(b.kind, b.config), b.timeout);
    }

    /**
     * A builder with the defaults: Coder 2.27's rule, default source limits, the discovered rules, no config.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An instance with every default.
     *
     * @return {@code builder().build()}
     */
    public static Templint create() {
        return builder().build();
    }

    /**
     * The Coder release whose rule decides {@code task.capable}.
     *
     * @return the release as configured, e.g. {@code "2.27"}
     */
    public String coderVersion() {
        return coderVersion;
    }

    /**
     * Analyses a template folder or archive file, shown in the report as the path given.
     *
     * @param template a folder (its root module) or a {@code .tar}, {@code .tar.gz}, {@code .tgz} or
     *        {@code .zip} file
     * @return the report, holding one template
     * @throws TemplintException when a source cannot be read at all: an unreadable
     *         folder, a corrupt or unsafe archive, a source over the {@link SourceLimits}
     */
    public Report analyze(Path template) throws TemplintException {
        return analyzeOne(Input.path(Objects.requireNonNull(template, "template")));
    }

    /**
     * Analyses files held in memory.
     *
     * @param files       paths relative to the template root ('/' separators) to contents; the map is
     *                    copied, the arrays are not and must not change during the call
     * @param displayPath the template's path in the report; findings' files are this joined with the
     *                    file's path
     * @return the report, holding one template
     * @throws TemplintException when a path is unsafe (escaping the root, absolute) or the files are
     *         over the {@link SourceLimits}
     */
    public Report analyze(Map<String, byte[]> files, String displayPath) throws TemplintException {
        return analyzeOne(Input.files(Objects.requireNonNull(files, "files"),
            Objects.requireNonNull(displayPath, "displayPath")));
    }

    /**
     * Analyses an archive read from a stream: tar, tar.gz or zip, told apart by content. The archive
     * is read into memory; nothing is written to disk.
     *
     * @param archive     the archive; read to its end and not closed
     * @param displayPath the template's path in the report, e.g. the upload's name
     * @return the report, holding one template
     * @throws TemplintException when the stream cannot be read, is not an archive, is truncated, holds
     *         an unsafe entry (escaping the root, a link, a device, a duplicate) or is over the
     *         {@link SourceLimits}
     */
    public Report analyzeArchive(InputStream archive, String displayPath) throws TemplintException {
        return analyzeOne(Input.archive(Objects.requireNonNull(archive, "archive"),
            Objects.requireNonNull(displayPath, "displayPath")));
    }

    private Report analyzeOne(Input input) throws TemplintException {
        return report(List.of(analyzeTemplate(input).report()));
    }

    /**
     * Analyses several templates: one after another on the calling thread, or with
     * {@link Builder#parallelism} above 1 that many at once on threads of their own (made for the
     * call and ended with it). A folder that another folder of the list
     * calls as a local module is checked as a module ({@link #localModuleCalls}). A template whose
     * source cannot be read at all (an unreadable folder, a corrupt or unsafe archive, a source over the
     * {@link SourceLimits}) does not stop the others: it gets the entry of {@link #unreadable}.
     *
     * @param inputs the templates
     * @return the report, listing the templates in the order given
     * @throws TemplintException never for an unreadable source since 0.1.0; kept in the signature
     *         so that callers written against it still compile
     */
    public Report analyze(List<Input> inputs) throws TemplintException {
        Objects.requireNonNull(inputs, "inputs");
        int threads = Math.min(parallelism, inputs.size());
        if (threads <= 1) {
            return analyze(inputs, null, 1);
        }
        ExecutorService pool = InOrder.pool(threads, "templint-analyze");
        try {
            return analyze(inputs, pool, 2 * threads);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Analyses several templates as {@link #analyze(List)} does, each on a thread of
     * {@code executor}, several at once: the report is the same as {@code analyze(inputs)}'s, the
     * templates in the order given. At most twice the number of available processors (or of
     * {@link Builder#parallelism}, if larger) are in flight at once, so a long list holds few
     * analyses in memory. Each template's {@link Builder#timeout} counts from when its analysis
     * starts; interrupting the calling thread stops the analyses running and those not yet started,
     * as with a sequential run (their entries say so). The executor is not shut down.
     *
     * @param inputs   the templates
     * @param executor where the analyses run, e.g. a pipeline's pool
     * @return the report, listing the templates in the order given
     * @throws java.util.concurrent.RejectedExecutionException when the executor refuses a task
     */
    public Report analyze(List<Input> inputs, Executor executor) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(executor, "executor");
        return analyze(inputs, executor, executorWindow());
    }

    /** How many templates may be in flight on a caller's executor: twice the parallelism or the processors. */
    private int executorWindow() {
        return 2 * Math.max(parallelism, Runtime.getRuntime().availableProcessors());
    }

    private Report analyze(List<Input> inputs, Executor executor, int window) {
        LocalModuleCalls calls = localModuleCalls(inputs, executor, window);
        List<TemplateReport> templates = new ArrayList<>(inputs.size());
        InOrder.run(inputs, executor, window, in -> {
            try {
                return analyzeTemplate(in, calls).report();
            } catch (TemplintException e) {
                return unreadable(in.displayPath(), e.getMessage());
            }
        }, i -> { }, (i, entry) -> templates.add(entry));
        return report(templates);
    }

    /**
     * The report entry of a template whose source could not be read at all: its Task verdict
     * unknown ({@code capable} null), and one error finding of rule {@code template_source}, at
     * the template's path, giving the reason.
     *
     * @param displayPath the template's path as reports show it
     * @param reason      why it could not be read, e.g. {@link TemplintException#getMessage()}
     * @return the entry
     */
    public TemplateReport unreadable(String displayPath, String reason) {
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(reason, "reason");
        String id = RuleCatalog.TEMPLATE_SOURCE.id();
        Finding finding = new Finding(id, RuleCatalog.TEMPLATE_SOURCE.defaultSeverity(), reason, displayPath, 1, 1,
            1, 1, false, null, Fingerprints.hash(id, displayPath, reason), List.of());
        TaskReport task = new TaskReport(null, "not analysed: the template cannot be read", List.of(), null, null,
            null, List.of(), List.of());
        return new TemplateReport(displayPath, task, List.of(), List.of(), List.of(), List.of(finding));
    }

    /**
     * Analyses one template and returns its report entry with the facts and sources behind it.
     *
     * @param input the template
     * @return its report entry, Coder facts and source files
     * @throws TemplintException when a source cannot be read at all: an unreadable
     *         folder, a corrupt or unsafe archive, a source over the {@link SourceLimits}
     */
    public TemplateAnalysis analyzeTemplate(Input input) throws TemplintException {
        return analyzeTemplate(input, LocalModuleCalls.NONE);
    }

    /**
     * Analyses one template of a run and returns its report entry with the facts and sources
     * behind it; a folder that {@code calls} names is checked as a module (unless its kind is set
     * otherwise: {@link Input#kind()}, {@link Builder#kind}, the configuration's {@code paths}).
     *
     * @param input the template
     * @param calls the run's local module calls, from {@link #localModuleCalls}
     * @return its report entry, Coder facts and source files
     * @throws TemplintException when a source cannot be read at all: an unreadable
     *         folder, a corrupt or unsafe archive, a source over the {@link SourceLimits}
     */
    public TemplateAnalysis analyzeTemplate(Input input, LocalModuleCalls calls) throws TemplintException {
        return analyzer.analyze(Objects.requireNonNull(input, "input"), Objects.requireNonNull(calls, "calls"));
    }

    /** The files this instance's analyses share (for tests: how many parses they were spared). */
    SharedModuleFiles sharedFiles() {
        return analyzer.sharedFiles();
    }

    /**
     * The folders that the inputs of a run call as local modules ({@code source = "../modules/x"}):
     * reads the {@code module} blocks of each input folder's own files (of no other folder), within
     * this instance's source and parse limits; files that cannot be read are skipped.
     *
     * @param inputs the run's inputs; those with a folder {@link Input#location()} are read
     * @return the calls, for {@link #analyzeTemplate(Input, LocalModuleCalls)}
     */
    public LocalModuleCalls localModuleCalls(List<Input> inputs) {
        return localModuleCalls(Objects.requireNonNull(inputs, "inputs"), null, 1);
    }

    /**
     * As {@link #localModuleCalls(List)}, reading the input folders on {@code executor}, several at
     * once; the calls are the same.
     *
     * @param inputs   the run's inputs; those with a folder {@link Input#location()} are read
     * @param executor where the folders are read, e.g. the pool the analyses then run on
     * @return the calls, for {@link #analyzeTemplate(Input, LocalModuleCalls)}
     */
    public LocalModuleCalls localModuleCalls(List<Input> inputs, Executor executor) {
        return localModuleCalls(Objects.requireNonNull(inputs, "inputs"), Objects.requireNonNull(executor, "executor"),
            executorWindow());
    }

    private LocalModuleCalls localModuleCalls(List<Input> inputs, Executor executor, int window) {
        return LocalModuleCalls.among(inputs, analyzer.loadOptions(), executor, window, analyzer.sharedFiles());
    }

    /**
     * A report of this instance's settings over already analysed templates.
     *
     * @param templates report entries, e.g. from {@link #analyzeTemplate}
     * @return the report
     */
    public Report report(List<TemplateReport> templates) {
        return new Report(Report.SCHEMA_VERSION, Report.Tool.TEMPLINT, coderVersion,
            Objects.requireNonNull(templates, "templates"));
    }

    /** Settings of a {@link Templint}; not thread-safe, build once. */
    public static final class Builder {
        private String coderVersion = CoderRelease.DEFAULT_VERSION;
        private boolean coderVersionSet;
        private SourceLimits sourceLimits = SourceLimits.DEFAULTS;
        private LoadOptions loadOptions = LoadOptions.DEFAULTS;
        private RuleRegistry registry;
        private final List<Rule> extraRules = new ArrayList<>();
        private TemplintConfig config = TemplintConfig.EMPTY;
        private TemplateKind kind;
        private Duration timeout;
        private Path moduleRoot;
        private boolean moduleRootSet;
        private int parallelism = 1;
        private Boolean moduleCatalog;

        private Builder() { }

        /**
         * How many templates {@link Templint#analyze(List)} analyses at once, each on a thread of its
         * own; the report is the same whatever the number. The instance is thread-safe: its rules,
         * configuration and limits are shared read-only, and every template's analysis has state of
         * its own.
         *
         * @param threads 1 (the default) for one template after another on the calling thread, or more;
         *                e.g. {@code Runtime.getRuntime().availableProcessors()}
         * @return this builder
         * @throws IllegalArgumentException when it is less than 1
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("the parallelism must be at least 1: " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * Checks every template as {@code kind}: {@link TemplateKind#MODULE} gives no Task verdict
         * and skips the template-level Task rules. Without it (or with null), each folder's kind is
         * decided on its own: an {@link Input#kind()}, the configuration's {@code paths} blocks, a
         * local module call by another folder of the run, else the folder's code (a
         * {@code variable "agent_id"} and no {@code coder_agent} make a module).
         *
         * @param kind the kind of every template, or null to decide per folder (the default)
         * @return this builder
         */
        public Builder kind(TemplateKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * A deadline for each template's analysis: past it, the analysis stops within a bounded time
         * and the template's entry is one {@code template_source} finding saying so (as when the
         * analysing thread is interrupted, e.g. by {@code Future.cancel(true)}).
         *
         * @param perTemplate the longest one template's analysis may take, or null for none (the default)
         * @return this builder
         * @throws IllegalArgumentException when it is zero or negative
         */
        public Builder timeout(Duration perTemplate) {
            if (perTemplate != null && (perTemplate.isZero() || perTemplate.isNegative())) {
                throw new IllegalArgumentException("the timeout must be positive");
            }
            this.timeout = perTemplate;
            return this;
        }

        /**
         * How far up a template folder's local module sources ({@code ../../modules/x}) may be
         * read: modules inside {@code root} are analysed like any other, a source beyond it is not
         * read (the module is unresolved, {@code outside-root}, with a warning). Archives and
         * in-memory files are always their own root.
         *
         * @param root the folder; null (the default) for each folder's repository root, the
         *             nearest folder at or above it that holds {@code .git}, else the folder itself
         * @return this builder
         */
        public Builder moduleRoot(Path root) {
            this.moduleRoot = root;
            this.moduleRootSet = true;
            return this;
        }

        /**
         * Whether a Coder registry module call ({@code registry.coder.com/NS/NAME/coder}) that is not
         * installed in {@code .terraform/modules} is analysed from templint's offline catalog of
         * registry agent modules: the version named, or the newest catalog version the constraint
         * allows as of the catalog's date ({@link TemplateReport#resolvedModules()}). Off by default
         * (an import pipeline has the modules after {@code terraform init}); the command line turns
         * it on. Modules on disk always win. Overrides {@link LoadOptions#moduleCatalog()}.
         *
         * @param on whether to use the catalog
         * @return this builder
         */
        public Builder moduleCatalog(boolean on) {
            this.moduleCatalog = on;
            return this;
        }

        /**
         * The Coder release whose rule decides {@code task.capable}: {@code 2.27}, {@code 2.30.1}, ...
         *
         * @param version a release number
         * @return this builder
         * @throws IllegalArgumentException when it is not a release number
         */
        public Builder coderVersion(String version) {
            CoderRelease.of(Objects.requireNonNull(version, "version"));
            this.coderVersion = version.trim();
            this.coderVersionSet = true;
            return this;
        }

        /**
         * Limits on what a template's source may hold (entries, bytes, compression ratio, paths).
         *
         * @param limits the limits (default {@link SourceLimits#DEFAULTS})
         * @return this builder
         */
        public Builder sourceLimits(SourceLimits limits) {
            this.sourceLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Module loading options (module depth and count, parse options, root variable values). Their
         * source limits are replaced by those of {@link #sourceLimits}.
         *
         * @param options the options (default {@link LoadOptions#DEFAULTS})
         * @return this builder
         */
        public Builder loadOptions(LoadOptions options) {
            this.loadOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * The rules to run (default: the built-in rules and those of {@code RuleProvider} services).
         *
         * @param rules the rules
         * @return this builder
         */
        public Builder rules(RuleRegistry rules) {
            this.registry = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Adds a rule to those that run.
         *
         * @param rule a stateless rule, shared by all analyses on all threads
         * @return this builder
         */
        public Builder addRule(Rule rule) {
            extraRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Rule settings, as read from a {@code .templint.hcl}; its {@code coder_version} applies unless set here.
         *
         * @param config the settings
         * @return this builder
         * @throws IllegalArgumentException when its {@code coder_version} is not a release number
         */
        public Builder config(TemplintConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            if (config.coderVersion() != null && !coderVersionSet) {
                CoderRelease.of(config.coderVersion());
                this.coderVersion = config.coderVersion().trim();
            }
            return this;
        }

        /**
         * Reads rule settings from a {@code .templint.hcl} file. Call it after {@link #rules} and
         * {@link #addRule}, so that the rule ids it names are checked against those rules.
         *
         * @param file the file
         * @return this builder
         * @throws ConfigException when the file cannot be read or is not a valid configuration
         */
        public Builder configFile(Path file) throws ConfigException {
            return config(ConfigLoader.load(Objects.requireNonNull(file, "file"), registry()));
        }

        private RuleRegistry registry() {
            RuleRegistry base = registry != null ? registry : RuleRegistry.discover();
            if (extraRules.isEmpty()) {
                return base;
            }
            List<Rule> all = new ArrayList<>(base.rules());
            all.addAll(extraRules);
            return RuleRegistry.of(all);
        }

        /**
         * The configured instance. The builder may be changed and used again afterwards; instances built
         * before are not affected.
         *
         * @return an immutable, thread-safe instance
         * @throws IllegalArgumentException when the configuration names a rule that is not known
         */
        public Templint build() {
            return new Templint(this);
        }
    }
}
