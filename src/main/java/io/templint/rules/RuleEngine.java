package io.templint.rules;

import io.templint.api.Severity;
import io.templint.hcl.HclFile;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.internal.Cancellation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the enabled rules over analysed templates, then applies inline suppressions and computes
 * fingerprints. Immutable and thread-safe: one engine serves many templates at once.
 *
 * <p>Per template: every enabled rule runs (rules whose required facts are missing are skipped);
 * a rule that throws yields one {@value #INTERNAL_ERROR_ID} finding instead of its findings, and
 * the other rules are unaffected; suppressions mark the findings they cover (which stay in the
 * result) and each suppression that covers nothing yields an {@value #UNUSED_SUPPRESSION_ID}
 * finding.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class RuleEngine {

    /** Rule id of the finding that replaces a failed rule's findings. */
    public static final String INTERNAL_ERROR_ID = "internal_error";

    /** Rule id of the finding for a suppression that silences nothing. */
    public static final String UNUSED_SUPPRESSION_ID = "unused_suppression";

    /** Longest exception message quoted in an internal error finding. */
    static final int MAX_EXCEPTION_MESSAGE = 200;

    /** A rule that runs, and the severity its findings get. */
    public record ActiveRule(Rule rule, Severity severity) {
        public ActiveRule {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(severity, "severity");
        }
    }

    private final RuleRegistry registry;
    private final List<ActiveRule> active;
    private final TemplintConfig config;
    private final SuppressionFilter suppressionFilter;
    /**
     * With rule settings in {@code paths} blocks: every rule enabled at the top level or in one of
     * them (each finding is then kept or dropped by the settings of its file's folder); else
     * {@link #active}.
     */
    private final List<ActiveRule> activeAnywhere;

    private RuleEngine(RuleRegistry registry, TemplintConfig config) {
        this.registry = registry;
        this.config = config;
        this.suppressionFilter = new SuppressionFilter(registry, config.isEnabled(UNUSED_SUPPRESSION_ID)
            ? config.severity(EngineRules.UNUSED_SUPPRESSION) : null);
        List<ActiveRule> list = new ArrayList<>();
        for (Rule r : registry.rules()) {
            if (config.isEnabled(r.metadata())) {
                list.add(new ActiveRule(r, config.severity(r.metadata())));
            }
        }
        this.active = List.copyOf(list);
        List<ActiveRule> anywhere = new ArrayList<>();
        for (Rule r : registry.rules()) {
            boolean enabledInAPath = config.paths().stream().map(p -> p.rules().get(r.id()))
                .anyMatch(c -> c != null && Boolean.TRUE.equals(c.enabled()));
            if (config.isEnabled(r.metadata()) || enabledInAPath) {
                anywhere.add(new ActiveRule(r, config.severity(r.metadata())));
            }
        }
        this.activeAnywhere = hasPathRules(config) ? List.copyOf(anywhere) : active;
    }

    private static boolean hasPathRules(TemplintConfig config) {
        return config.paths().stream().anyMatch(p -> !p.rules().isEmpty());
    }

    /**
     * An engine running {@code registry}'s rules as {@code config} says.
     *
     * @throws IllegalArgumentException when {@code config} names a rule the registry does not know
     */
    public static RuleEngine create(RuleRegistry registry, TemplintConfig config) {
        List<String> ids = new ArrayList<>(config.rules().keySet());
        config.paths().forEach(p -> ids.addAll(p.rules().keySet()));
        for (String id : ids) {
            if (!registry.isKnown(id)) {
                throw new IllegalArgumentException("configuration names unknown rule " + id);
            }
        }
        return new RuleEngine(registry, config);
    }

    /**
     * An engine running exactly {@code rules} (those off by default too) with their default
     * severities (handy in tests).
     */
    public static RuleEngine of(Rule... rules) {
        return create(RuleRegistry.of(List.of(rules)), TemplintConfig.EMPTY.enabling(List.of(rules)));
    }

    /** The registry the engine was made from. */
    public RuleRegistry registry() {
        return registry;
    }

    /** The rules that run, in order. */
    public List<ActiveRule> activeRules() {
        return active;
    }

    /** Runs the rules over one template. Never throws for a rule's failure. */
    public LintResult run(AnalysedTemplate template) {
        return run(template, null);
    }

    /**
     * Runs the rules over one template read from {@code location}. Never throws for a rule's
     * failure. When the configuration's {@code paths} blocks set rules, each finding gets the
     * settings of its file's folder ({@link TemplintConfig#at}): a file of a local module in
     * {@code modules/x} is checked with the settings of {@code modules/x}, whichever template reads
     * it.
     *
     * @param location the template's folder on disk (its files' names are relative to it), or its
     *                 archive file (every file gets the archive's settings), or null (the top-level
     *                 settings)
     */
    public LintResult run(AnalysedTemplate template, java.nio.file.Path location) {
        FileSettings settings = hasPathRules(config) ? new FileSettings(config, location) : null;
        List<PendingFinding> pending = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        Set<String> completed = new HashSet<>();
        Cancellation cancellation = Cancellation.current();
        for (ActiveRule ar : settings == null ? active : activeAnywhere) {
            cancellation.checkpoint();
            String missing = missingFact(ar.rule(), template);
            if (missing != null) {
                skipped.put(ar.rule().id(), "the template has no " + missing);
                continue;
            }
            Collector collector = new Collector(template, ar, config, settings);
            try {
                ar.rule().check(collector);
                pending.addAll(collector.close());
                completed.add(ar.rule().id());
            } catch (Cancellation.Stopped e) {
                throw e;
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                collector.close();
                if (config.isEnabled(INTERNAL_ERROR_ID)) {
                    pending.add(internalError(template, ar.rule(), e));
                }
            }
        }
        suppressionFilter.apply(pending, Suppressions.of(template), completed, (id, file) -> settings == null
            || registry.metadata(id).map(m -> settings.of(file).isEnabled(m)).orElse(true));
        if (settings != null) {
            // after the suppressions, so that a comment silencing a finding dropped here is not unused
            pending.removeIf(p -> p.fromRule() && !registry.metadata(p.ruleId())
                .map(m -> settings.of(p.range().filename()).isEnabled(m))
                .orElseGet(() -> settings.of(p.range().filename()).isEnabled(p.ruleId())));
        }
        return new LintResult(template.path(), finish(template, pending), skipped);
    }

    /** The settings of each file's folder, for a configuration whose {@code paths} blocks set rules. */
    private static final class FileSettings {
        private final TemplintConfig config;
        private final java.nio.file.Path location;
        private final boolean folder;
        private final Map<String, TemplintConfig> byFile = new HashMap<>();

        FileSettings(TemplintConfig config, java.nio.file.Path location) {
            this.config = config;
            this.location = location;
            this.folder = location != null && java.nio.file.Files.isDirectory(location);
        }

        TemplintConfig of(String file) {
            return byFile.computeIfAbsent(file, f -> config.at(folderOf(f)));
        }

        private java.nio.file.Path folderOf(String file) {
            if (!folder) {
                return location;
            }
            try {
                java.nio.file.Path p = location.resolve(file).normalize().getParent();
                return p == null ? location : p;
            } catch (java.nio.file.InvalidPathException e) {
                return location;
            }
        }
    }

    private static String missingFact(Rule rule, AnalysedTemplate template) {
        for (FactKey<?> k : rule.requiredFacts()) {
            if (!template.has(k)) {
                return k.name();
            }
        }
        return null;
    }

    private PendingFinding internalError(AnalysedTemplate template, Rule rule, Throwable e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()));
        List<HclFile> files = template.files();
        String file = files.isEmpty() ? template.path() : files.get(0).name();
        return new PendingFinding(INTERNAL_ERROR_ID, config.severity(EngineRules.INTERNAL_ERROR),
            "rule " + rule.id() + " failed on this template, so its findings are missing: " + what,
            Range.at(file, Pos.START), List.of(), false);
    }

    /** An exception message on one line, at most {@value #MAX_EXCEPTION_MESSAGE} characters. */
    private static String oneLine(String message) {
        String s = message.strip().replaceAll("\\s+", " ");
        return s.length() <= MAX_EXCEPTION_MESSAGE ? s : s.substring(0, MAX_EXCEPTION_MESSAGE - 3) + "...";
    }

    private List<RuleFinding> finish(AnalysedTemplate template, List<PendingFinding> pending) {
        Map<String, Integer> fileOrder = new HashMap<>();
        for (HclFile f : template.files()) {
            fileOrder.putIfAbsent(f.name(), fileOrder.size());
        }
        pending.sort(Comparator
            .comparingInt((PendingFinding p) -> fileOrder.getOrDefault(p.range().filename(), Integer.MAX_VALUE))
            .thenComparing(p -> p.range().filename())
            .thenComparingInt(p -> p.range().startByte())
            .thenComparingInt(p -> p.range().endByte())
            .thenComparing(PendingFinding::ruleId)
            .thenComparing(PendingFinding::message));
        Map<String, Integer> seen = new HashMap<>();
        List<RuleFinding> out = new ArrayList<>(pending.size());
        for (PendingFinding p : pending) {
            String block = template.syntax().enclosingBlock(p.range()).map(BlockSite::describe).orElse("");
            String text = p.fromRule() || p.ruleId().equals(UNUSED_SUPPRESSION_ID) ? textOf(template, p.range()) : "";
            String base = Fingerprints.of(p.ruleId(), p.range().filename(), block, p.message(), text);
            int ordinal = seen.merge(base, 1, Integer::sum) - 1;
            out.add(new RuleFinding(p.ruleId(), p.severity(), p.message(), p.range(), p.related(),
                Fingerprints.repeat(base, ordinal), p.suppressed(), p.reason()));
        }
        return out;
    }

    private static String textOf(AnalysedTemplate template, Range r) {
        return template.file(r.filename()).map(f -> f.source().text(r)).orElse("");
    }

    /** The context one rule reports into on one template. */
    private static final class Collector implements RuleContext {
        private final AnalysedTemplate template;
        private final ActiveRule rule;
        private final TemplintConfig config;
        private final FileSettings settings;
        private List<PendingFinding> found = new ArrayList<>();

        Collector(AnalysedTemplate template, ActiveRule rule, TemplintConfig config, FileSettings settings) {
            this.template = template;
            this.rule = rule;
            this.config = config;
            this.settings = settings;
        }

        @Override
        public TemplintConfig config() {
            return config;
        }

        @Override
        public AnalysedTemplate template() {
            return template;
        }

        @Override
        public RuleMetadata rule() {
            return rule.rule().metadata();
        }

        @Override
        public void report(Range range, String message, List<RelatedLocation> related) {
            add(null, range, message, related);
        }

        @Override
        public void report(Severity most, Range range, String message, List<RelatedLocation> related) {
            add(Objects.requireNonNull(most, "most"), range, message, related);
        }

        /** A finding at the configured severity of its file, or {@code most} when that is less severe. */
        private void add(Severity most, Range range, String message, List<RelatedLocation> related) {
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(message, "message");
            if (message.isBlank()) {
                throw new IllegalArgumentException("a finding needs a message");
            }
            if (found == null) {
                throw new IllegalStateException("rule " + rule.rule().id() + " reported after its check returned");
            }
            Severity configured = settings == null ? rule.severity()
                : settings.of(range.filename()).severity(rule.rule().metadata());
            Severity severity = most == null || !configured.atLeast(most) ? configured : most;
            found.add(new PendingFinding(rule.rule().id(), severity, message, range, List.copyOf(related), true));
        }

        List<PendingFinding> close() {
            List<PendingFinding> out = found;
            found = null;
            return out;
        }
    }
}
