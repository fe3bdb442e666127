/**
 * templint's supported Java API: analyse Coder templates and read the report.
 *
 * <h2>Entry point</h2>
 * {@link io.templint.api.Templint}, configured by its {@link io.templint.api.Templint.Builder}:
 * <pre>{@code
 * Templint templint = Templint.builder()
 *     .coderVersion("2.27")                       // whose rule decides task.capable
 *     .sourceLimits(SourceLimits.DEFAULTS)        // untrusted uploads: entries, bytes, ratio, paths
 *     .addRule(myRule)                            // runs with the built-in rules
 *     .build();                                   // immutable, thread-safe: share it
 * Report report = templint.analyze(Path.of("template"));            // a folder or an archive file
 * Report upload = templint.analyze(filesByPath, "uploads/42");      // files in memory
 * Report tar = templint.analyzeArchive(inputStream, "upload.tar");  // tar, tar.gz or zip
 * if (!Boolean.TRUE.equals(tar.templates().get(0).task().capable())) { ... }
 * String json = ReportJson.toJson(report);                          // the contract's JSON
 * }</pre>
 *
 * <h2>Threads</h2>
 * A {@link io.templint.api.Templint} is immutable and thread-safe: build one per configuration and
 * share it; analyses on different threads share nothing mutable. The builder is not thread-safe.
 * Report records are immutable (their lists are copies).
 *
 * <h2>Side effects</h2>
 * An analysis never prints, never exits the JVM, never touches the network, never runs a program,
 * never writes a file (archives are read into memory, not unpacked to disk) and reads nothing
 * beyond the template's read root: an archive or in-memory files themselves; for a folder, its
 * repository root or {@link io.templint.api.Templint.Builder#moduleRoot} (local modules such as
 * {@code ../../modules/x} are read up to there; symbolic links leaving it are not followed, file
 * functions stay inside).
 *
 * <h2>Errors</h2>
 * <ul>
 *   <li>Problems in a template are not exceptions: they are {@link io.templint.api.Finding}s in
 *       {@link io.templint.api.TemplateReport#diagnostics()}, {@code syntax} for syntax errors,
 *       {@code terraform} for configuration that Terraform would reject and for static evaluation
 *       that stopped short, rule ids for rule findings. Hostile input (deep nesting, huge values) is bounded by limits and reported the
 *       same way.</li>
 *   <li>A source that cannot be read at all throws the checked
 *       {@link io.templint.api.TemplintException}, whose message names the template (and the entry
 *       and limit, for archives): an unreadable folder, a corrupt, truncated or unsafe archive, a
 *       source over the {@link io.templint.terraform.source.SourceLimits}. When several templates
 *       are analysed at once ({@link io.templint.api.Templint#analyze(java.util.List)}), such a
 *       template gets instead an entry with one {@code template_source} error
 *       ({@link io.templint.api.Templint#unreadable}) and the others go on.</li>
 *   <li>Misuse of the API throws unchecked exceptions: {@link java.lang.NullPointerException} naming
 *       the null argument, {@link java.lang.IllegalArgumentException} for an invalid option (a
 *       Coder version that is not a release, a configuration naming an unknown rule).
 *       {@link io.templint.api.Templint.Builder#configFile} throws
 *       {@link io.templint.rules.ConfigException} for an invalid {@code .templint.hcl}.</li>
 * </ul>
 *
 * <h2>The report</h2>
 * A {@link io.templint.api.Report} (the JSON report of the contract, {@code schemaVersion} 1) holds
 * one {@link io.templint.api.TemplateReport} per template analysed, with:
 * <ul>
 *   <li>{@link io.templint.api.TaskReport}: whether the template is a Coder Task template
 *       ({@code capable}: true, false, or null when a module not on disk could decide it) and why,
 *       its {@code coder_ai_task}s and "AI Prompt" parameter as {@link io.templint.api.SourceRef}s,
 *       the {@link io.templint.api.SidebarApp}, the {@link io.templint.api.UnresolvedModule}s, and
 *       the verdict under each range of Coder releases ({@link io.templint.api.Compatibility});</li>
 *   <li>{@link io.templint.api.AgentReport}s: each agent's environment as
 *       {@link io.templint.api.EnvEntry}s (values of secrets are never included);</li>
 *   <li>{@link io.templint.api.SensitiveVariable}s and where their values flow;</li>
 *   <li>the diagnostics: {@link io.templint.api.Finding}s with rule id,
 *       {@link io.templint.api.Severity}, message, range, suppression and a line-independent
 *       fingerprint.</li>
 * </ul>
 * {@link io.templint.api.ReportJson} writes and reads the JSON form.
 * {@link io.templint.api.Templint#analyzeTemplate} also returns the facts and sources behind a
 * template's report ({@link io.templint.api.TemplateAnalysis}).
 *
 * <h2>What else is supported</h2>
 * Rule authors use the syntax tree ({@code io.templint.hcl}) and the rules SPI
 * ({@code io.templint.rules}: {@code Rule}, {@code RuleMetadata}, {@code RuleContext},
 * {@code RuleProvider}, ...), and read the facts of {@code io.templint.coder},
 * {@code io.templint.terraform} and {@code io.templint.eval}. Each package's documentation says
 * which of its public types are supported; everything else, and every package marked
 * <b>Internal</b>, may change without notice.
 */
package io.templint.api;
