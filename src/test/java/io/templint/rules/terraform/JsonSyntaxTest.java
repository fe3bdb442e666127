package io.templint.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.SourceFile;
import io.templint.rules.AnalysedTemplate;
import io.templint.rules.LintResult;
import io.templint.rules.RuleEngine;
import io.templint.rules.RuleFinding;
import io.templint.rules.testing.FixtureAnalysis;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generic rules on JSON syntax, where fixtures cannot carry expect markers. */
class JsonSyntaxTest {

    private static LintResult run(RuleEngine engine, String json) {
        HclFile f = Hcl.parse(SourceFile.of("main.tf.json", json));
        assertThat(f.diagnostics()).isEmpty();
        return engine.run(AnalysedTemplate.of("tpl", List.of(f)));
    }

    @Test
    void interpolationOnlyStringsAreHowJsonWritesExpressions() {
        LintResult r = run(RuleEngine.of(new DeprecatedInterpolationRule()),
            "{\"locals\": {\"a\": \"${var.x}\", \"b\": {\"c\": \"${var.y}\"}}}");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void legacyIndexesInsideJsonStringsAreFound() {
        String json = "{\"locals\": {\n  \"a\": \"${coder_agent.main.0.id}\",\n  \"b\": \"${coder_agent.main[0].id}\"\n}}";
        LintResult r = run(RuleEngine.of(new DeprecatedIndexRule()), json);
        assertThat(r.findings()).singleElement().satisfies((RuleFinding f) -> {
            assertThat(f.message()).isEqualTo("legacy index .0 is deprecated: write [0]");
            assertThat(f.range().startLine()).isEqualTo(2);
            assertThat(f.range().startColumn()).isEqualTo(27);
        });
    }

    @Test
    void duplicatesAcrossNativeAndJsonFilesAreFound() {
        AnalysedTemplate t = FixtureAnalysis.analyse("tpl", Map.of("a.tf", "variable \"x\" {}\n",
            "b.tf.json", "{\"variable\": {\"x\": {}}}"));
        LintResult r = RuleEngine.of(new DuplicateDeclarationRule()).run(t);
        assertThat(r.findings()).singleElement().satisfies((RuleFinding f) -> {
            assertThat(f.range().filename()).isEqualTo("b.tf.json");
            assertThat(f.message()).startsWith("Duplicate variable declaration; A variable named \"x\" was already"
                + " declared at a.tf:1,1-13.");
            assertThat(f.related()).singleElement().satisfies(rel -> assertThat(rel.range().filename()).isEqualTo("a.tf"));
        });
    }

    @Test
    void unusedJsonVariablesArePlacedAtTheirOwnBraces() {
        String json = "{\n  \"variable\": {\n    \"a\": {},\n    \"b\": {\"type\": \"string\"}\n  }\n}\n";
        LintResult r = run(RuleEngine.of(new UnusedVariableRule()), json);
        assertThat(r.findings()).extracting(f -> f.range().toString())
            .containsExactly("main.tf.json:3,10-3,11", "main.tf.json:4,10-4,11");
    }

    @Test
    void jsonDuplicatesArePlacedAtTheSecondBlocksBrace() {
        AnalysedTemplate t = FixtureAnalysis.analyse("tpl", Map.of("a.tf.json", "{\"variable\": {\"x\": {}}}",
            "b.tf.json", "{\"variable\": {\n  \"y\": {},\n  \"x\": {\"default\": 1}\n}}"));
        LintResult r = RuleEngine.of(new DuplicateDeclarationRule()).run(t);
        assertThat(r.findings()).singleElement().satisfies((RuleFinding f) -> {
            assertThat(f.range().toString()).isEqualTo("b.tf.json:3,8-3,9");
            assertThat(f.message()).contains("already declared at a.tf.json:1,20-21.");
            assertThat(f.related()).singleElement()
                .satisfies(rel -> assertThat(rel.range().toString()).isEqualTo("a.tf.json:1,20-1,21"));
        });
    }

    @Test
    void unusedJsonDataSourcesAndProviderAliasesArePlacedAtTheirBraces() {
        String json = """
            {
              "data": {
                "aws_ami": {
                  "used": {"owners": ["amazon"]},
                  "unused": {"owners": ["amazon"]}
                }
              },
              "provider": {
                "aws": [
                  {"region": "eu-west-1"},
                  {"alias": "west", "region": "us-west-2"},
                  {"alias": "east", "region": "us-east-1"}
                ]
              },
              "resource": {
                "aws_instance": {
                  "dev": {"provider": "aws.west", "ami": "${data.aws_ami.used.id}"}
                }
              }
            }
            """;
        LintResult r = run(RuleEngine.of(new UnusedDeclarationsRule()), json);
        assertThat(r.findings()).extracting(f -> f.range().toString() + " " + f.message()).containsExactly(
            "main.tf.json:5,17-5,18 data \"aws_ami\" \"unused\" is declared but never used: remove it, or read it as"
                + " data.aws_ami.unused",
            // HCL defines every block of a JSON array at the array's bracket
            "main.tf.json:9,12-9,13 provider \"aws\" with alias \"east\" is declared but never used: remove it, or"
                + " select it with provider = aws.east");
    }

    @Test
    void typedVariablesAndRequiredVersionInJson() {
        String json = "{\"variable\": {\n  \"a\": {\"type\": \"string\"},\n  \"b\": {}\n},\n\"terraform\": {}}";
        LintResult r = run(RuleEngine.of(new TypedVariablesRule(), new RequiredVersionRule()), json);
        assertThat(r.findings()).extracting(f -> f.range().toString() + " " + f.message()).containsExactlyInAnyOrder(
            "main.tf.json:3,8-3,9 variable \"b\" has no type",
            "main.tf.json:5,14-5,15 terraform \"required_version\" attribute is required");
    }

    @Test
    void expressionRulesSkipJsonAsTflintDoes() {
        String json = "{\"locals\": {\"a\": \"${lookup(var.m, \\\"k\\\")}\", \"b\": \"${var.l == []}\"}}";
        LintResult r = run(RuleEngine.of(new DeprecatedLookupRule(), new EmptyListEqualityRule()), json);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void overrideFilesAreRecognised() {
        assertThat(List.of("override.tf", "override.tf.json", "x/dev_override.tf", "a_override.tf.json"))
            .allMatch(ModuleFiles::isOverrideFile);
        assertThat(List.of("overrides.tf", "main.tf", "override.hcl", "override_x.tf"))
            .noneMatch(ModuleFiles::isOverrideFile);
    }
}
