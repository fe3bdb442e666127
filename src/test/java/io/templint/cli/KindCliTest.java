package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.report.Json;
import io.templint.report.SchemaAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code --kind}, the kind in every format, and real registries: modules are no templates. */
class KindCliTest {

    private static final String SIGNATURE = "testdata/kind/signature";
    private final CliHarness cli = new CliHarness();

    @Test
    void aModuleIsSaidToBeOneInEveryFormat() throws IOException {
        CliHarness.Run text = cli.run("check", "--no-color", SIGNATURE);
        assertThat(text.out()).contains("Template " + SIGNATURE + "\n  Task template: module (checked as a module;"
            + " its caller decides whether it is a Task) - a module: its caller decides whether it is a Task (it"
            + " declares variable \"agent_id\" and no coder_agent)\n");
        assertThat(text.status()).isEqualTo(ExitStatus.OK);

        JsonNode json = SchemaAssertions.assertValidReport(cli.run("check", "--format", "json", SIGNATURE).out());
        assertThat(json.get("templates").get(0).get("kind").asText()).isEqualTo("module");

        JsonNode sarif = Json.mapper().readTree(cli.run("check", "--format", "sarif", SIGNATURE, "examples/claude-task")
            .out());
        JsonNode templates = sarif.get("runs").get(0).get("properties").get("templates");
        assertThat(templates).hasSize(2);
        assertThat(templates.get(0).get("path").asText()).isEqualTo(SIGNATURE);
        assertThat(templates.get(0).get("kind").asText()).isEqualTo("module");
        assertThat(templates.get(1).get("path").asText()).isEqualTo("examples/claude-task");
        assertThat(templates.get(1).get("kind").asText()).isEqualTo("template");
    }

    @Test
    void kindOptionOverridesTheDetection() throws IOException {
        CliHarness.Run asTemplate = cli.run("check", "--format", "json", "--kind", "template", SIGNATURE);
        JsonNode t = Json.mapper().readTree(asTemplate.out()).get("templates").get(0);
        assertThat(t.get("kind").asText()).isEqualTo("template");
        assertThat(t.get("diagnostics").findValuesAsText("rule")).containsExactly("coder_ai_task_missing_prompt");
        assertThat(asTemplate.status()).isEqualTo(ExitStatus.FINDINGS);

        JsonNode auto = Json.mapper().readTree(cli.run("check", "--format", "json", "--kind", "AUTO", SIGNATURE).out());
        assertThat(auto.get("templates").get(0).get("kind").asText()).isEqualTo("module");

        JsonNode modules = Json.mapper().readTree(cli.run("check", "--format", "json", "--kind", "module",
            "examples/claude-task").out()).get("templates").get(0);
        assertThat(modules.get("kind").asText()).isEqualTo("module");
        assertThat(modules.get("task").get("capable").isNull()).isTrue();

        CliHarness.Run bad = cli.run("check", "--kind", "library", SIGNATURE);
        assertThat(bad.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(bad.err()).contains("expected auto, template or module, not 'library'");
    }

    @Test
    void aFolderCalledByAnotherFolderGivenIsAModule() throws IOException {
        JsonNode run = Json.mapper().readTree(cli.run("check", "--format", "json", "testdata/kind/called",
            "testdata/kind/called/modules/tool").out()).get("templates");
        assertThat(run.findValuesAsText("kind")).containsExactly("template", "module");
        assertThat(run.get(1).get("diagnostics").size()).isZero();
    }

    @Test
    void theConfigsPathsBlocksApply() throws IOException {
        JsonNode run = Json.mapper().readTree(cli.run("check", "--format", "json",
            "testdata/kind/configured/modules/plain", "testdata/kind/configured/templates/agent-id-template").out())
            .get("templates");
        assertThat(run.findValuesAsText("kind")).containsExactly("module", "template");
    }

    /**
     * Every folder of the Coder corpus, as one run: registry and coder/modules folders are modules
     * without any Task-rule finding; every template keeps the Task verdict it has on its own.
     */
    @Test
    void registryModulesAreModulesAndTemplatesKeepTheirVerdicts() throws IOException {
        Path corpus = Path.of(System.getProperty("templint.shared", "../shared"), "corpus/coder");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "Coder corpus not found at " + corpus);
        List<String> folders = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus)) {
            s.filter(p -> p.toString().endsWith(".tf")).map(p -> p.getParent().toString()).distinct().sorted()
                .forEach(folders::add);
        }
        assertThat(folders).hasSizeGreaterThan(50);
        JsonNode all = SchemaAssertions.assertValidReport(cli.run(Stream.concat(Stream.of("check", "--format", "json",
            "--fail-on", "never"), folders.stream()).toArray(String[]::new)).out()).get("templates");
        Map<String, String> kinds = new LinkedHashMap<>();
        for (JsonNode t : all) {
            String path = t.get("path").asText();
            String kind = t.get("kind").asText();
            kinds.put(corpus.relativize(Path.of(path)).toString(), kind);
            boolean module = path.contains("/modules/") || path.contains("coder-modules@");
            assertThat(kind).as(path).isEqualTo(module ? "module" : "template");
            if (module) {
                assertThat(t.get("diagnostics").findValuesAsText("rule")).as(path)
                    .noneMatch(r -> r.startsWith("coder_ai_task"));
                assertThat(t.get("task").get("capable").isNull()).as(path).isTrue();
                continue;
            }
            // a template's verdict is what it is when checked alone, as a template
            JsonNode alone = Json.mapper().readTree(cli.run("check", "--format", "json", "--fail-on", "never",
                "--kind", "template", path).out()).get("templates").get(0);
            assertThat(t.get("task").get("capable")).as(path).isEqualTo(alone.get("task").get("capable"));
            assertThat(t.get("diagnostics").findValuesAsText("rule")).as(path)
                .isEqualTo(alone.get("diagnostics").findValuesAsText("rule"));
        }
        assertThat(kinds).containsEntry("coder-modules@c873967/jfrog-token", "module")
            .containsEntry("coder-registry@3b64d99/registry/coder/templates/scratch", "template")
            .containsEntry("coder-terraform-provider-coder@35a52f2/integration/coder-ai-task", "template");
        assertThat(kinds.values().stream().filter("module"::equals).count()).isEqualTo(35);
    }
}
