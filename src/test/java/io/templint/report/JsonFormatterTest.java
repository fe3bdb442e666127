package io.templint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFormatterTest {

    private final JsonFormatter json = new JsonFormatter();

    @Test
    void fullReportIsValidAndKeepsTheContractsFieldOrder() {
        String out = SampleReports.write(json, SampleReports.full(), SampleReports.context());
        JsonNode root = SchemaAssertions.assertValidReport(out);
        assertThat(names(root)).containsExactly("schemaVersion", "tool", "coderVersion", "templates");
        JsonNode t = root.get("templates").get(0);
        // the contract's fields in its order, then the report's additions (resolvedModules: the module catalog)
        assertThat(names(t)).containsExactly("path", "kind", "task", "unresolvedModules", "agents",
            "sensitiveVariables", "diagnostics", "resolvedModules");
        assertThat(t.get("kind").asText()).isEqualTo("template");
        assertThat(names(t.get("task"))).containsExactly("capable", "summary", "aiTasks", "promptParameter",
            "sidebarApp", "sidebarAppFrom", "unresolvedModules", "compatibility");
        assertThat(names(t.get("unresolvedModules").get(0))).containsExactly("address", "source", "version", "reason");
        assertThat(t.get("unresolvedModules").get(0).get("reason").asText()).isEqualTo("not-on-disk");
        assertThat(names(t.get("agents").get(0))).containsExactly("address", "name", "envComplete", "envMayComeFrom",
            "env");
        assertThat(names(t.get("task").get("sidebarApp")))
            .startsWith("address", "slug", "displayName", "agent", "expression");
        assertThat(names(t.get("agents").get(0).get("env").get(0)))
            .containsExactly("name", "value", "expression", "sensitive", "source", "file", "line", "planned");
        assertThat(names(t.get("diagnostics").get(0)))
            .startsWith("rule", "severity", "message", "file", "line", "column", "endLine", "endColumn");
        assertThat(t.get("agents").get(0).get("env").get(2).get("value").isNull()).isTrue();
        assertThat(t.get("agents").get(0).get("env").get(2).get("mergeStrategy").asText()).isEqualTo("replace");
        assertThat(t.get("diagnostics").get(3).get("suppressionReason").asText())
            .isEqualTo("reviewed: the token is scoped");
        assertThat(t.get("sensitiveVariables").get(0).get("hasDefault").asBoolean()).isFalse();
        assertThat(out).endsWith("}\n");
    }

    @Test
    void nullsTheContractShowsAreWritten() {
        String out = SampleReports.write(json, SampleReports.clean(), SampleReports.context());
        JsonNode task = SchemaAssertions.assertValidReport(out).get("templates").get(0).get("task");
        assertThat(task.has("promptParameter")).isTrue();
        assertThat(task.get("promptParameter").isNull()).isTrue();
        assertThat(task.get("sidebarApp").isNull()).isTrue();
        assertThat(out).contains("\"aiTasks\": []");
    }

    @Test
    void whatWasNotSeenIsInTheReport() {
        String out = SampleReports.write(json, SampleReports.incomplete(), SampleReports.context());
        JsonNode t = SchemaAssertions.assertValidReport(out).get("templates").get(0);
        assertThat(t.get("task").get("capable").isNull()).isTrue();
        assertThat(t.get("task").get("sidebarApp").isNull()).isTrue();
        assertThat(t.get("task").get("sidebarAppFrom").asText()).isEqualTo("module.claude-code");
        assertThat(t.get("unresolvedModules").findValuesAsText("reason")).containsExactly("not-on-disk", "outside-root");
        JsonNode agent = t.get("agents").get(0);
        assertThat(agent.get("envComplete").asBoolean()).isFalse();
        assertThat(agent.get("envMayComeFrom").get(0).asText()).isEqualTo("module.claude-code");
    }

    @Test
    void schemaRejectsAnUnknownUnresolvedReason() {
        String out = SampleReports.write(json, SampleReports.incomplete(), SampleReports.context())
            .replace("\"outside-root\"", "\"elsewhere\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaAssertions.assertValidReport(out))
            .isInstanceOf(AssertionError.class);
    }

    @Test
    void schemaRejectsAReportThatBreaksTheContract() {
        String out = SampleReports.write(json, SampleReports.clean(), SampleReports.context())
            .replace("\"capable\": false", "\"capable\": \"no\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaAssertions.assertValidReport(out))
            .isInstanceOf(AssertionError.class);
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
