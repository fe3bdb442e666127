package io.templint.rules;

import static io.templint.rules.TestRules.badAttribute;
import static io.templint.rules.TestRules.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Severity;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

    @Test
    void parsesIdsAndReason() {
        assertThat(Suppressions.parse(" templint-ignore: a_rule the reason"))
            .isEqualTo(new Suppressions.Directive(List.of("a_rule"), "the reason"));
        assertThat(Suppressions.parse("templint-ignore:a,b , c   why not"))
            .isEqualTo(new Suppressions.Directive(List.of("a", "b", "c"), "why not"));
        assertThat(Suppressions.parse("templint-ignore: a"))
            .isEqualTo(new Suppressions.Directive(List.of("a"), null));
    }

    @Test
    void malformedDirectivesNameNoRule() {
        for (String text : List.of("templint-ignore:", "templint-ignore a_rule", "templint-ignore: a,",
                "templint-ignore: Bad-Id reason", "templint-ignore: a.b", "templint-ignore")) {
            assertThat(Suppressions.parse(text)).as(text).isNotNull()
                .extracting(Suppressions.Directive::ruleIds).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
        }
    }

    @Test
    void otherCommentsAreNotDirectives() {
        for (String text : List.of(" expect: a_rule \"x\"", "templint-ignored: a", "see templint-ignore: a", "")) {
            assertThat(Suppressions.parse(text)).as(text).isNull();
        }
    }

    @Test
    void findsWhatEachCommentCovers() {
        AnalysedTemplate t = template("main.tf", """
            locals {
              first = 1
              # templint-ignore: r1 above a line
              # another comment in between
              a = 1
              b = 2 // templint-ignore: r2 same line
              /* templint-ignore: r3 block comments are not read */
              c = 3
            }

            # templint-ignore: r4 above a block
            resource "x" "y" {
              n = 1
            }

            resource "x" "z" { # templint-ignore: r5 after the brace
              n = 1
            }

            resource "x" "w" {

              # templint-ignore: r6 first in the block
              inner {
                n = 1
              }
            }
            # templint-ignore: r7 at the end
            # templint-ignore: r8 a blank line ends it

            locals {
              y = 0
              /* a block comment
                 over lines */
              # templint-ignore: r9 comment lines between
              // another
              x = 1 /* and
              after */
            }
            """);
        List<Suppression> s = Suppressions.of(t);
        assertThat(s).extracting(x -> x.ruleIds().get(0) + " " + x.scope() + " " + x.line())
            .containsExactly("r1 LINE 5", "r2 LINE 6", "r4 BLOCK 12", "r5 BLOCK 16", "r6 BLOCK 20",
                "r7 NOTHING 27", "r8 NOTHING 28", "r9 LINE 36");
        assertThat(s.get(2).block().endLine()).isEqualTo(14);
        assertThat(s.get(4).block().endLine()).isEqualTo(26);
    }

    @Test
    void windowsLineEndingsWork() {
        String crlf = "locals {\r\n  first = 1\r\n  # templint-ignore: one why\r\n  # more\r\n  bad = 1\r\n"
            + "  bad2 = 2 # templint-ignore: one\r\n\r\n}\r\n";
        List<Suppression> s = Suppressions.of(template("main.tf", crlf));
        assertThat(s).extracting(x -> x.scope() + " " + x.line() + " " + x.reason())
            .containsExactly("LINE 5 why", "LINE 6 null");
    }

    private static final String TWO_BAD = """
        locals {
          first = 1
          # templint-ignore: one known false positive
          bad = 1
        }
        locals {
          first = 1
          bad = 1 # templint-ignore: one, two
        }
        """;

    @Test
    void suppressedFindingsStayMarkedAndUnusedIdsAreReported() {
        LintResult r = RuleEngine.of(badAttribute("one"), badAttribute("two")).run(template("main.tf", TWO_BAD));
        assertThat(r.findings()).extracting(f -> f.ruleId() + "@" + f.range().startLine() + " " + f.suppressed()
                + " " + f.suppressionReason())
            .containsExactlyInAnyOrder(
                "one@4 true known false positive", "two@4 false null",
                "one@8 true null", "two@8 true null");
        assertThat(r.findings()).noneMatch(f -> f.ruleId().equals("unused_suppression"));
    }

    @Test
    void unusedSuppressionIsANoticeAtTheComment() {
        LintResult r = RuleEngine.of(badAttribute("one"), badAttribute("two")).run(template("main.tf", """
            locals {
              first = 1
              # templint-ignore: two nothing here
              good = 1
            }
            """));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("unused_suppression");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.range().startLine()).isEqualTo(3);
            assertThat(f.range().startColumn()).isEqualTo(3);
            assertThat(f.message()).contains("two reports nothing here");
        });
    }

    @Test
    void suppressionsOfRulesThatDidNotRunAreNotReportedAsUnused() {
        String text = """
            locals {
              first = 1
              # templint-ignore: two, broken disabled and failing rules
              good = 1
            }
            """;
        Rule broken = TestRules.rule("broken", ctx -> {
            throw new IllegalStateException("x");
        });
        RuleRegistry reg = RuleRegistry.of(List.of(badAttribute("two"), broken));
        TemplintConfig twoOff = new TemplintConfig(null, null,
            Map.of("two", new RuleConfig("two", false, null, null)), null);
        assertThat(RuleEngine.create(reg, twoOff).run(template("main.tf", text)).findings())
            .extracting(RuleFinding::ruleId).containsExactly("internal_error");

        TemplintConfig unusedOff = new TemplintConfig(null, null,
            Map.of("unused_suppression", new RuleConfig("unused_suppression", false, null, null)), null);
        assertThat(RuleEngine.create(RuleRegistry.of(List.of(badAttribute("two"))), unusedOff)
            .run(template("main.tf", text)).findings()).isEmpty();
    }

    @Test
    void parsesFileDirectivesAndAll() {
        assertThat(Suppressions.parse(" templint-ignore-file: a_rule, b why"))
            .isEqualTo(new Suppressions.Directive(List.of("a_rule", "b"), "why", true));
        assertThat(Suppressions.parse("templint-ignore: all generated code"))
            .isEqualTo(new Suppressions.Directive(List.of("all"), "generated code", false));
        assertThat(Suppressions.parse("templint-ignore-file"))
            .isEqualTo(new Suppressions.Directive(List.of(), null, true));
        assertThat(Suppressions.parse("templint-ignore-files: a")).isNull();
    }

    @Test
    void allCoversEveryRuleOnItsLine() {
        LintResult r = RuleEngine.of(badAttribute("one"), badAttribute("two")).run(template("main.tf", """
            locals {
              first = 1
              # templint-ignore: all generated by a script
              bad = 1
              bad = 2
            }
            """.replace("bad = 2", "other = 2")));
        assertThat(r.findings()).extracting(f -> f.ruleId() + "@" + f.range().startLine() + " " + f.suppressed()
                + " " + f.suppressionReason())
            .containsExactlyInAnyOrder("one@4 true generated by a script", "two@4 true generated by a script");
    }

    @Test
    void allThatSilencesNothingIsUnused() {
        LintResult r = RuleEngine.of(badAttribute("one")).run(template("main.tf", """
            locals {
              first = 1
              good = 1 # templint-ignore: all
            }
            """));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("unused_suppression");
            assertThat(f.range().startLine()).isEqualTo(3);
            assertThat(f.message()).isEqualTo("templint-ignore: all silences nothing here, so this suppression is not needed");
        });
    }

    @Test
    void fileDirectiveAtTheTopCoversItsWholeFileOnly() {
        String top = """
            # Copyright header comes first
            // templint-ignore-file: one, two legacy file, migrated later

            locals {
              bad = 1
            }
            resource "x" "y" {
              bad = 2
            }
            """;
        String other = """
            locals {
              bad = 3
            }
            """;
        LintResult r = RuleEngine.of(badAttribute("one"), badAttribute("two"), badAttribute("three"))
            .run(template("a.tf", top, "b.tf", other));
        assertThat(r.findings()).extracting(f -> f.ruleId() + "@" + f.range().filename() + ":" + f.range().startLine()
                + " " + f.suppressed() + " " + f.suppressionReason())
            .containsExactlyInAnyOrder(
                "one@a.tf:5 true legacy file, migrated later", "two@a.tf:5 true legacy file, migrated later",
                "three@a.tf:5 false null",
                "one@a.tf:8 true legacy file, migrated later", "two@a.tf:8 true legacy file, migrated later",
                "three@a.tf:8 false null",
                "one@b.tf:2 false null", "two@b.tf:2 false null", "three@b.tf:2 false null");
        assertThat(Suppressions.of(template("a.tf", top))).singleElement()
            .satisfies(x -> assertThat(x.scope()).isEqualTo(Suppression.Scope.FILE));
    }

    @Test
    void fileDirectiveAfterAByteOrderMarkCounts() {
        List<Suppression> s = Suppressions.of(template("a.tf", "\uFEFF# templint-ignore-file: one why\nlocals {\n  bad = 1\n}\n"));
        assertThat(s).singleElement().satisfies(x -> assertThat(x.scope()).isEqualTo(Suppression.Scope.FILE));
    }

    @Test
    void fileDirectiveAfterCodeCoversNothingAndIsReported() {
        LintResult r = RuleEngine.of(badAttribute("one")).run(template("main.tf", """
            locals {
              # templint-ignore-file: one too late
              bad = 1
            }
            """));
        assertThat(r.findings()).extracting(f -> f.ruleId() + "@" + f.range().startLine() + ":"
                + f.range().startColumn() + " " + f.suppressed() + " " + f.message())
            .containsExactlyInAnyOrder(
                "one@3:3 false bad attribute",
                "unused_suppression@2:3 false templint-ignore-file covers nothing here: it must come before any code in the file");
    }

    @Test
    void unusedFileDirectivesAreReportedPerId() {
        LintResult r = RuleEngine.of(badAttribute("one"), badAttribute("two")).run(template("main.tf", """
            # templint-ignore-file: one, two, onw why
            locals {
              bad = 1 # only one and two fire
            }
            """.replace("# only one and two fire", "")));
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("unused_suppression"))
            .extracting(f -> f.range().startLine() + " " + f.message())
            .containsExactly("1 templint-ignore-file names unknown rule onw (did you mean one?)");
        RuleFinding malformed = RuleEngine.of(badAttribute("one")).run(template("main.tf", """
            # templint-ignore-file
            locals {
              good = 1
            }
            """)).findings().get(0);
        assertThat(malformed.message())
            .isEqualTo("this templint-ignore-file comment names no rule; write \"templint-ignore-file: rule_id reason\"");
    }
}
