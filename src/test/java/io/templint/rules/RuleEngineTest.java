package io.templint.rules;

import static io.templint.rules.TestRules.badAttribute;
import static io.templint.rules.TestRules.rule;
import static io.templint.rules.TestRules.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.api.Finding;
import io.templint.api.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private static final String BAD = """
        resource "coder_agent" "main" {
          os  = "linux"
          bad = 1
        }
        """;

    @Test
    void aThrowingRuleBecomesAnInternalErrorAndOtherRulesKeepTheirFindings() {
        Rule boom = rule("boom", ctx -> {
            ctx.report(ctx.files().get(0).body(), "partial finding");
            throw new IllegalStateException("kaput");
        });
        LintResult r = RuleEngine.of(boom, badAttribute("bad_rule")).run(template("main.tf", BAD));

        assertThat(r.findings()).extracting(RuleFinding::ruleId).containsExactly("internal_error", "bad_rule");
        RuleFinding err = r.findings().get(0);
        assertThat(err.severity()).isEqualTo(Severity.ERROR);
        assertThat(err.message()).contains("boom", "IllegalStateException: kaput").doesNotContain("\tat ", "at io.");
        assertThat(err.range().filename()).isEqualTo("main.tf");
        assertThat(err.range().startLine()).isEqualTo(1);
    }

    @Test
    void stackOverflowAndBadReportsAreInternalErrorsToo() {
        Rule deep = rule("deep", ctx -> {
            throw new StackOverflowError();
        });
        Rule blank = rule("blank", ctx -> ctx.report(ctx.files().get(0).body(), "  "));
        Rule nullRange = rule("null_range", ctx -> ctx.report((io.templint.hcl.Range) null, "x"));
        LintResult r = RuleEngine.of(deep, blank, nullRange).run(template("main.tf", BAD));
        assertThat(r.findings()).extracting(RuleFinding::ruleId).containsOnly("internal_error").hasSize(3);
        assertThat(r.findings()).extracting(RuleFinding::message)
            .anySatisfy(m -> assertThat(m).contains("deep", "StackOverflowError"))
            .anySatisfy(m -> assertThat(m).contains("blank", "needs a message"))
            .anySatisfy(m -> assertThat(m).contains("null_range", "NullPointerException"));
    }

    @Test
    void internalErrorMessagesAreOneShortLine() {
        Rule noisy = rule("noisy", ctx -> {
            throw new IllegalArgumentException("line one\n\tline two " + "x".repeat(500));
        });
        RuleFinding f = RuleEngine.of(noisy).run(template("main.tf", BAD)).findings().get(0);
        assertThat(f.message()).contains("IllegalArgumentException: line one line two xxx").doesNotContain("\n")
            .endsWith("...");
        assertThat(f.message().length()).isLessThan(300);
    }

    @Test
    void reportingAfterTheCheckReturnedFails() {
        AtomicReference<RuleContext> leaked = new AtomicReference<>();
        LintResult r = RuleEngine.of(rule("leaky", leaked::set)).run(template("main.tf", BAD));
        assertThat(r.findings()).isEmpty();
        assertThatThrownBy(() -> leaked.get().report(io.templint.hcl.Range.at("main.tf", io.templint.hcl.Pos.START), "late"))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("after its check returned");
    }

    @Test
    void aRuleOffByDefaultRunsOnlyWhenTheConfigurationEnablesIt() {
        Rule on = badAttribute("on_rule");
        RuleMetadata offMetadata = new RuleMetadata("off_rule", Severity.NOTICE, "Off", "Off by default.", null)
            .offByDefault();
        Rule off = new Rule() {
            @Override
            public RuleMetadata metadata() {
                return offMetadata;
            }

            @Override
            public void check(RuleContext ctx) {
                ctx.syntax().attributes("bad").forEach(a -> ctx.report(a.attribute(), "off rule"));
            }
        };
        RuleRegistry registry = RuleRegistry.of(List.of(on, off));

        RuleEngine byDefault = RuleEngine.create(registry, TemplintConfig.EMPTY);
        assertThat(byDefault.activeRules()).extracting(a -> a.rule().id()).containsExactly("on_rule");
        assertThat(byDefault.run(template("main.tf", BAD)).findings()).extracting(RuleFinding::ruleId)
            .containsExactly("on_rule");

        TemplintConfig enabled = new TemplintConfig(null, null,
            Map.of("off_rule", new RuleConfig("off_rule", true, null, null)), null);
        assertThat(RuleEngine.create(registry, enabled).run(template("main.tf", BAD)).findings())
            .extracting(RuleFinding::ruleId, RuleFinding::severity)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("on_rule", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("off_rule", Severity.NOTICE));

        // a severity alone does not turn it on
        TemplintConfig severityOnly = new TemplintConfig(null, null,
            Map.of("off_rule", new RuleConfig("off_rule", null, Severity.ERROR, null)), null);
        assertThat(RuleEngine.create(registry, severityOnly).activeRules()).extracting(a -> a.rule().id())
            .containsExactly("on_rule");
        // RuleEngine.of runs exactly the rules it is given
        assertThat(RuleEngine.of(off).activeRules()).extracting(a -> a.rule().id()).containsExactly("off_rule");
    }

    @Test
    void theOffByDefaultBuiltinRulesAreTflintsRequiredRules() {
        assertThat(BuiltinRules.all()).filteredOn(r -> !r.metadata().enabledByDefault()).extracting(Rule::id)
            .containsExactlyInAnyOrder("terraform_required_providers", "terraform_required_version");
        assertThat(new RuleMetadata("x", Severity.WARNING, "S", "D", null).enabledByDefault()).isTrue();
        assertThat(new RuleMetadata("x", Severity.WARNING, "S", "D", null).offByDefault()
            .checkedBy(RuleMetadata.AT_IMPORT, "2.4.0").enabledByDefault()).isFalse();
    }

    @Test
    void aRuleWhoseFactIsMissingIsSkippedAndRunsWhenItIsPresent() {
        FactKey<String> greeting = FactKey.of("test.greeting", String.class);
        Rule needy = rule("needy", Set.of(greeting),
            ctx -> ctx.report(ctx.files().get(0).body(), "fact says " + ctx.get(greeting)));
        RuleEngine engine = RuleEngine.of(needy);

        LintResult without = engine.run(template("main.tf", BAD));
        assertThat(without.findings()).isEmpty();
        assertThat(without.skipped()).containsEntry("needy", "the template has no test.greeting");

        AnalysedTemplate t = AnalysedTemplate.builder("tpl").files(template("main.tf", BAD).files())
            .put(greeting, "hello").build();
        LintResult with = engine.run(t);
        assertThat(with.skipped()).isEmpty();
        assertThat(with.findings()).extracting(RuleFinding::message).containsExactly("fact says hello");
    }

    @Test
    void factsAreTypedAndKeyedByIdentity() {
        FactKey<String> a = FactKey.of("same", String.class);
        FactKey<String> b = FactKey.of("same", String.class);
        AnalysedTemplate t = AnalysedTemplate.builder("tpl").put(a, "x").build();
        assertThat(t.find(a)).contains("x");
        assertThat(t.find(b)).isEmpty();
        assertThatThrownBy(() -> t.get(b)).isInstanceOf(IllegalStateException.class).hasMessageContaining("same");
        @SuppressWarnings({"unchecked", "rawtypes"})
        FactKey<Object> raw = (FactKey) FactKey.of("n", Integer.class);
        assertThatThrownBy(() -> AnalysedTemplate.builder("tpl").put(raw, "not a number"))
            .isInstanceOf(ClassCastException.class);
    }

    @Test
    void configurationDisablesRulesAndChangesSeverities() {
        RuleRegistry reg = RuleRegistry.of(List.of(badAttribute("one"), badAttribute("two")));
        TemplintConfig cfg = new TemplintConfig(null, null, Map.of(
            "one", new RuleConfig("one", false, null, null),
            "two", new RuleConfig("two", null, Severity.NOTICE, null)), null);
        LintResult r = RuleEngine.create(reg, cfg).run(template("main.tf", BAD));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("two");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
        });
        assertThatThrownBy(() -> RuleEngine.create(reg, new TemplintConfig(null, null,
            Map.of("nope", new RuleConfig("nope", false, null, null)), null)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    @Test
    void rulesSeeTheRunSettings() {
        Rule version = rule("version", ctx -> ctx.report(ctx.files().get(0).body(), "coder " + ctx.config().coderVersion()));
        TemplintConfig cfg = TemplintConfig.EMPTY.withCoderVersion("2.27").withFailOn(FailOn.NEVER);
        assertThat(cfg.failOn()).isEqualTo(FailOn.NEVER);
        LintResult r = RuleEngine.create(RuleRegistry.of(List.of(version)), cfg).run(template("main.tf", BAD));
        assertThat(r.findings()).extracting(RuleFinding::message).containsExactly("coder 2.27");
    }

    @Test
    void findingsAreSortedByFileOrderThenPosition() {
        Rule rule = badAttribute("bad_rule");
        LintResult r = RuleEngine.of(rule).run(template(
            "b.tf", "bad = 1\nx {\n  bad = 3\n}\n",
            "a.tf", "bad = 4\n"));
        assertThat(r.findings()).extracting(f -> f.range().filename() + ":" + f.range().startLine())
            .containsExactly("b.tf:1", "b.tf:3", "a.tf:1");
    }

    @Test
    void fingerprintsSurviveMovedLinesAndReindentingButNotChangedCode() {
        Rule rule = badAttribute("bad_rule");
        RuleEngine engine = RuleEngine.of(rule);
        String before = fingerprint(engine, BAD);
        String moved = fingerprint(engine, "\n\n# a comment\nvariable \"x\" {}\n\n" + BAD);
        String reindented = fingerprint(engine, BAD.replace("  bad = 1", "      bad   =   1"));
        String changed = fingerprint(engine, BAD.replace("bad = 1", "bad = 2"));
        String otherBlock = fingerprint(engine, BAD.replace("\"main\"", "\"dev\""));
        assertThat(before).hasSize(32).isEqualTo(moved).isEqualTo(reindented);
        assertThat(changed).isNotEqualTo(before);
        assertThat(otherBlock).isNotEqualTo(before);
    }

    @Test
    void identicalFindingsGetDistinctFingerprints() {
        LintResult r = RuleEngine.of(badAttribute("bad_rule")).run(template("main.tf", """
            locals { bad = 1 }
            locals { bad = 1 }
            """));
        assertThat(r.findings()).hasSize(2);
        assertThat(r.findings().get(0).fingerprint()).isNotEqualTo(r.findings().get(1).fingerprint());
    }

    @Test
    void convertsToReportFindingsWithRelatedLocationsAndSuppression() {
        Rule pair = rule("pair", ctx -> {
            var attrs = ctx.syntax().attributes("bad");
            ctx.report(attrs.get(1).attribute(), "second bad", RelatedLocation.at(attrs.get(0).attribute(), "first"));
        });
        LintResult r = RuleEngine.of(pair).run(template("main.tf", """
            bad = 1
            b {
              # templint-ignore: pair known and accepted
              bad = 2
            }
            """));
        List<Finding> api = r.toApiFindings(f -> "tpl/" + f);
        assertThat(api).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("pair");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.file()).isEqualTo("tpl/main.tf");
            assertThat(List.of(f.line(), f.column(), f.endLine(), f.endColumn())).containsExactly(4, 3, 4, 10);
            assertThat(f.suppressed()).isTrue();
            assertThat(f.suppressionReason()).isEqualTo("known and accepted");
            assertThat(f.fingerprint()).hasSize(32);
            assertThat(f.related()).singleElement()
                .isEqualTo(new Finding.Related("first", "tpl/main.tf", 1, 1, 1, 8));
        });
        assertThat(r.unsuppressed()).isEmpty();
    }

    private static String fingerprint(RuleEngine engine, String text) {
        LintResult r = engine.run(template("main.tf", text));
        assertThat(r.findings()).hasSize(1);
        return r.findings().get(0).fingerprint();
    }

    @Test
    void fingerprintsIgnoreTerraformStylePositionsInMessages() {
        assertThat(Fingerprints.withoutPositions("A variable named \"a\" was already declared at main.tf:1,1-13. Names"))
            .isEqualTo("A variable named \"a\" was already declared at main.tf. Names");
        assertThat(Fingerprints.withoutPositions("see a/b.tf:12,3-14,2 and x.tf:2,1"))
            .isEqualTo("see a/b.tf and x.tf");
        assertThat(Fingerprints.withoutPositions("a list 4,5-6 and a time 10:30")).isEqualTo("a list 4,5-6 and a time 10:30");
        assertThat(Fingerprints.of("r", "main.tf", "", "declared at main.tf:1,1-13", "x"))
            .isEqualTo(Fingerprints.of("r", "main.tf", "", "declared at main.tf:7,1-13", "x"))
            .isNotEqualTo(Fingerprints.of("r", "main.tf", "", "declared at other.tf:1,1-13", "x"));
    }
}
