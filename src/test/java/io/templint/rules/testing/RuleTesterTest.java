package io.templint.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.api.Severity;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness must fail exactly when findings and markers differ. */
class RuleTesterTest {

    /** Reports every attribute named {@code bad} with message {@code bad "name" here}. */
    static final class BadRule implements Rule {
        static final RuleMetadata M = new RuleMetadata("bad_rule", Severity.WARNING, "Bad", "Bad things.", null);

        @Override
        public RuleMetadata metadata() {
            return M;
        }

        @Override
        public void check(RuleContext ctx) {
            ctx.syntax().attributes("bad").forEach(a -> ctx.report(a.attribute(), "bad \"name\" here"));
        }
    }

    private static final RuleTester TESTER = RuleTester.of(new BadRule());

    @Test
    void passesWhenEveryMarkerMatchesOneFinding() {
        RuleTester.Outcome o = TESTER.check("main.tf", """
            locals {
              # expect: bad_rule "bad \\"name\\" here"
              bad = 1
            }
            locals {
              // expect: bad_rule
              bad = 2
              nested {
                bad = 3 # expect: bad_rule "here"
              }
              good = 4
            }
            """);
        assertThat(o.expectations()).isEqualTo(3);
        assertThat(o.result().findings()).hasSize(3);
    }

    @Test
    void fixturesAreLoadedWithTheModuleTree() {
        Rule perVariable = new Rule() {
            final RuleMetadata m = new RuleMetadata("tree_rule", Severity.NOTICE, "Tree", "Needs the tree.", null);

            @Override
            public RuleMetadata metadata() {
                return m;
            }

            @Override
            public java.util.Set<io.templint.rules.FactKey<?>> requiredFacts() {
                return java.util.Set.of(io.templint.rules.TerraformFacts.MODULE_TREE);
            }

            @Override
            public void check(RuleContext ctx) {
                ctx.get(io.templint.rules.TerraformFacts.MODULE_TREE).root().variables().values()
                    .forEach(v -> ctx.report(ctx.blocks("variable", v.name()).get(0).block().headerRange(),
                        "variable " + v.name()));
            }
        };
        RuleTester.Outcome o = RuleTester.of(perVariable).checkSources("tpl", java.util.Map.of(
            "a.tf", "# expect: tree_rule \"variable x\"\nvariable \"x\" {}\n",
            "b.tf", "variable \"y\" {} # expect: tree_rule \"variable y\"\n"));
        assertThat(o.result().skipped()).isEmpty();
        assertThat(o.expectations()).isEqualTo(2);
    }

    @Test
    void failsListingMissingAndUnexpectedFindings() {
        assertThatThrownBy(() -> TESTER.check("main.tf", """
            locals {
              # expect: bad_rule
              good = 1
              bad  = 2
              # expect: bad_rule "other message"
              bad2 = 3
            }
            """))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("main.tf: findings differ from the expect: markers")
            .hasMessageContaining("missing:    main.tf:3:3: bad_rule (marker on line 2)")
            .hasMessageContaining("missing:    main.tf:6:3: bad_rule \"other message\" (marker on line 5)")
            .hasMessageContaining("unexpected: main.tf:4:3-4:11: bad_rule \"bad \"name\" here\"");
    }

    @Test
    void aWrongMessageIsBothMissingAndUnexpected() {
        assertThatThrownBy(() -> TESTER.check("main.tf", "locals {\n  # expect: bad_rule \"nope\"\n  bad = 1\n}\n"))
            .hasMessageContaining("missing:    main.tf:3:3: bad_rule \"nope\"")
            .hasMessageContaining("unexpected: main.tf:3:3-3:10: bad_rule");
    }

    @Test
    void theColumnIsChecked() {
        // without a position, the finding must start at the line's first non-blank character
        TESTER.check("main.tf", "locals {\n  # expect: bad_rule\n  bad = 1\n}\n");
        assertThatThrownBy(() -> TESTER.check("main.tf", "locals {\n  # expect: bad_rule @4\n  bad = 1\n}\n"))
            .hasMessageContaining("missing:    main.tf:3:4: bad_rule")
            .hasMessageContaining("unexpected: main.tf:3:3-3:10: bad_rule");
        TESTER.check("main.tf", "locals {\n  # expect: bad_rule @3\n  bad = 1\n}\n");
    }

    @Test
    void theEndIsCheckedWhenTheMarkerGivesIt() {
        TESTER.check("main.tf", "locals {\n  # expect: bad_rule @3-10\n  bad = 1\n}\n");
        TESTER.check("main.tf", "locals {\n  # expect: bad_rule @3-3:10 \"bad\"\n  bad = 1\n}\n");
        assertThatThrownBy(() -> TESTER.check("main.tf", "locals {\n  # expect: bad_rule @3-9\n  bad = 1\n}\n"))
            .hasMessageContaining("missing:    main.tf:3:3-3:9: bad_rule");
        assertThatThrownBy(() -> TESTER.check("main.tf", "locals {\n  # expect: bad_rule @x\n  bad = 1\n}\n"))
            .hasMessageContaining("expect marker position must be");
    }

    @Test
    void markersAreNotSuppressionsButSuppressionsWork() {
        RuleTester.Outcome o = TESTER.check("main.tf", """
            locals {
              first = 1
              # templint-ignore: bad_rule tested elsewhere
              bad = 1
            }
            locals {
              first = 1
              # expect: bad_rule
              bad = 2
            }
            """);
        assertThat(o.result().findings()).extracting(f -> f.suppressed()).containsExactly(true, false);
    }

    @Test
    void rejectsMalformedMarkers() {
        assertThatThrownBy(() -> TESTER.check("main.tf", "# expect:\nbad = 1\n"))
            .hasMessageContaining("main.tf:1: expect marker needs a rule id");
        assertThatThrownBy(() -> TESTER.check("main.tf", "# expect: bad_rule here\nbad = 1\n"))
            .hasMessageContaining("must be quoted");
        assertThatThrownBy(() -> TESTER.check("main.tf", "# expect: bad_rule \"here\nbad = 1\n"))
            .hasMessageContaining("unterminated");
        assertThatThrownBy(() -> TESTER.check("main.tf", "# expect: bad_rule \"here\" extra\nbad = 1\n"))
            .hasMessageContaining("unexpected text after the quoted message");
        assertThatThrownBy(() -> TESTER.check("main.tf", "# expect: bad_rule\n\nbad = 1\n"))
            .hasMessageContaining("main.tf:1: expect marker must be directly above the line");
    }

    @Test
    void fixturesWithSyntaxErrorsFailUnlessAllowed() {
        String broken = "locals {\n  # expect: bad_rule\n  bad = \n}\n";
        assertThatThrownBy(() -> TESTER.check("main.tf", broken)).hasMessageContaining("has syntax errors");
        assertThat(RuleTester.of(new BadRule()).allowSyntaxErrors().check("main.tf", broken).expectations())
            .isEqualTo(1);
    }

    @Test
    void aFixtureFolderMustHoldFixturesWithExpectations(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> TESTER.checkFixtures(dir)).hasMessageContaining("no fixtures in");
        Files.writeString(dir.resolve("clean.tf"), "locals {\n  good = 1\n}\n");
        assertThatThrownBy(() -> TESTER.checkFixtures(dir)).hasMessageContaining("expect no finding at all");

        Path multi = Files.createDirectories(dir.resolve("multi"));
        Files.writeString(multi.resolve("a.tf"), "locals {\n  # expect: bad_rule\n  bad = 1\n}\n");
        Files.writeString(multi.resolve("b.tf"), "locals {\n  bad = 2\n}\n");
        assertThatThrownBy(() -> TESTER.checkFixtures(dir)).hasMessageContaining("unexpected: b.tf:2:3-2:10: bad_rule");
        Files.writeString(multi.resolve("b.tf"), "locals {\n  bad = 2 # expect: bad_rule\n}\n");
        TESTER.checkFixtures(dir);
    }
}
