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
    }

    /**
     * An engine running {@code registry}'s rules as {@code config} says.
     *
     * @throws IllegalArgumentException when {@code config} names a rule the registry does not know
     */
    public static RuleEngine create(RuleRegistry registry, TemplintConfig config) {
        for (String id : config.rules().keySet()) {
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
        List<PendingFinding> pending = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        Set<String> completed = new HashSet<>();
        Cancellation cancellation = Cancellation.current();
        for (ActiveRule ar : active) {
            cancellation.checkpoint();
            String missing = missingFact(ar.rule(), template);
            if (missing != null) {
                skipped.put(ar.rule().id(), "the template has no " + missing);
                continue;
            }
            Collector collector = new Collector(template, ar, config);
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
        suppressionFilter.apply(pending, Suppressions.of(template), completed);
        return new LintResult(template.path(), finish(template, pending), skipped);
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
        private List<PendingFinding> found = new ArrayList<>();

        Collector(AnalysedTemplate template, ActiveRule rule, TemplintConfig config) {
            this.template = template;
            this.rule = rule;
            this.config = config;
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
            report(rule.severity(), range, message, related);
        }

        @Override
        public void report(Severity most, Range range, String message, List<RelatedLocation> related) {
            Objects.requireNonNull(most, "most");
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(message, "message");
            if (message.isBlank()) {
                throw new IllegalArgumentException("a finding needs a message");
            }
            if (found == null) {
                throw new IllegalStateException("rule " + rule.rule().id() + " reported after its check returned");
            }
            Severity severity = rule.severity().atLeast(most) ? most : rule.severity();
            found.add(new PendingFinding(rule.rule().id(), severity, message, range, List.copyOf(related), true));
        }

        List<PendingFinding> close() {
            List<PendingFinding> out = found;
            found = null;
            return out;
        }
    }
}
