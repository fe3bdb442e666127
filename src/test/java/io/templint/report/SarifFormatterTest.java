package io.templint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SarifFormatterTest {

    private final JsonNode sarif = SchemaAssertions.assertValidSarif(
        SampleReports.write(new SarifFormatter(), SampleReports.full(), SampleReports.context()));

    @Test
    void theRunsPropertiesSayWhatWasNotSeen() {
        JsonNode incomplete = SchemaAssertions.assertValidSarif(
            SampleReports.write(new SarifFormatter(), SampleReports.incomplete(), SampleReports.context()));
        JsonNode t = incomplete.get("runs").get(0).get("properties").get("templates").get(0);
        assertThat(t.get("path").asText()).isEqualTo("examples/claude");
        assertThat(t.get("unresolvedModules").findValuesAsText("reason")).containsExactly("not-on-disk", "outside-root");
        assertThat(t.get("unresolvedModules").get(0).get("version").asText()).isEqualTo("4.0.0");
        assertThat(t.get("agents").get(0).get("envComplete").asBoolean()).isFalse();
        assertThat(t.get("agents").get(0).get("envMayComeFrom").get(0).asText()).isEqualTo("module.claude-code");
        assertThat(t.get("sidebarAppFrom").asText()).isEqualTo("module.claude-code");
        JsonNode full = sarif.get("runs").get(0).get("properties").get("templates").get(0);
        assertThat(full.get("sidebarAppFrom").isNull()).isTrue();
        assertThat(full.get("agents").get(0).get("envComplete").asBoolean()).isTrue();
    }

    @Test
    void oneRunWithTheDriversRules() {
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode driver = sarif.get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("templint");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        JsonNode syntax = null;
        for (JsonNode r : driver.get("rules")) {
            if (r.get("id").asText().equals("syntax")) {
                syntax = r;
            }
        }
        assertThat(syntax).isNotNull();
        assertThat(syntax.get("id").asText()).isEqualTo("syntax");
        assertThat(syntax.get("shortDescription").get("text").asText()).isNotBlank();
        assertThat(syntax.get("fullDescription").get("text").asText()).isNotBlank();
        assertThat(syntax.get("helpUri").asText()).endsWith("#syntax");
        assertThat(syntax.get("help").get("markdown").asText()).contains("(" + syntax.get("helpUri").asText() + ")");
        assertThat(syntax.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(syntax.get("defaultConfiguration").has("enabled")).isFalse(); // SARIF's default: true
        for (JsonNode r : driver.get("rules")) {
            boolean off = r.get("id").asText().startsWith("terraform_required_");
            assertThat(r.get("defaultConfiguration").path("enabled").asBoolean(true)).as(r.get("id").asText())
                .isEqualTo(!off);
        }
    }

    @Test
    void everyResultPointsAtItsRuleAndLocation() {
        JsonNode run = sarif.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode results = run.get("results");
        assertThat(results).hasSize(4);
        for (JsonNode r : results) {
            assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText());
            assertThat(r.get("partialFingerprints").get("templint/v1").asText()).isNotBlank();
        }
        JsonNode first = results.get(0);
        assertThat(first.get("level").asText()).isEqualTo("error");
        JsonNode loc = first.get("locations").get(0).get("physicalLocation");
        assertThat(loc.get("artifactLocation").get("uri").asText()).isEqualTo("examples/claude%20task/main.tf");
        JsonNode region = loc.get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(2);
        assertThat(region.get("startColumn").asInt()).isEqualTo(3);
        assertThat(region.get("endLine").asInt()).isEqualTo(2);
        assertThat(region.get("endColumn").asInt()).isEqualTo(12);
        assertThat(results.get(2).get("level").asText()).isEqualTo("note");
        assertThat(results.get(1).get("partialFingerprints").get("templint/v1").asText()).isEqualTo("fp-dup");
        assertThat(results.get(1).get("relatedLocations").get(0).get("message").get("text").asText())
            .isEqualTo("first set here");
    }

    @Test
    void suppressedFindingsCarryAnInSourceSuppression() {
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertThat(results.get(0).has("suppressions")).isFalse();
        JsonNode s = results.get(3).get("suppressions").get(0);
        assertThat(s.get("kind").asText()).isEqualTo("inSource");
        assertThat(s.get("justification").asText()).isEqualTo("reviewed: the token is scoped");
    }

    @Test
    void rulesUnknownToTheCatalogAreDescribedToo() {
        JsonNode rules = sarif.get("runs").get(0).get("tool").get("driver").get("rules");
        assertThat(rules.findValuesAsText("id")).contains("duplicate-env", "agent-os", "secret-in-env")
            .doesNotHaveDuplicates();
    }

    @Test
    void uris() {
        assertThat(ArtifactUri.of("./a\\b c/main.tf")).isEqualTo("a/b%20c/main.tf");
        assertThat(ArtifactUri.of("/abs/x.tf")).isEqualTo("file:///abs/x.tf");
        assertThat(ArtifactUri.of("t.tar.gz/main.tf")).isEqualTo("t.tar.gz/main.tf");
    }

    @Test
    void theSchemaCatchesInvalidSarif() {
        String bad = SampleReports.write(new SarifFormatter(), SampleReports.full(), SampleReports.context())
            .replace("\"level\": \"note\"", "\"level\": \"notice\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaAssertions.assertValidSarif(bad))
            .isInstanceOf(AssertionError.class).hasMessageContaining("level");
    }

    @Test
    void cleanReportIsValidSarif() {
        JsonNode clean = SchemaAssertions.assertValidSarif(
            SampleReports.write(new SarifFormatter(), SampleReports.clean(), SampleReports.context()));
        assertThat(clean.get("runs").get(0).get("results")).isEmpty();
    }
}
