package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.report.SchemaAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --root DIR}: how far up a folder's local module sources are read. The repository is built
 * in a temporary folder without {@code .git}, so without {@code --root} each folder is its own root.
 */
class ModuleRootOptionTest {

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();

    private void repository() throws IOException {
        write("repo/modules/agent/main.tf", """
            variable "agent_id" {}
            variable "unused" {
              default = 1
            }
            resource "coder_env" "token" {
              agent_id = var.agent_id
              name     = "TOKEN"
              value    = "x"
            }
            """);
        write("repo/examples/a/main.tf", """
            resource "coder_agent" "main" {
              os   = "linux"
              arch = "amd64"
            }
            module "agent" {
              source   = "../../modules/agent"
              agent_id = coder_agent.main.id
            }
            """);
    }

    private void write(String path, String text) throws IOException {
        Path file = tmp.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void withoutRootTheModuleBesideTheFolderIsAWarningAndUnresolved() throws IOException {
        repository();
        cli.in(tmp);
        CliHarness.Run run = cli.run("check", "--format", "json", "repo/examples/a");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        JsonNode t = SchemaAssertions.assertValidReport(run.out()).get("templates").get(0);
        assertThat(t.get("unresolvedModules").get(0).get("reason").asText()).isEqualTo("outside-root");
        assertThat(t.get("diagnostics").get(0).get("severity").asText()).isEqualTo("warning");
        JsonNode agent = t.get("agents").get(0);
        assertThat(agent.get("envComplete").asBoolean()).isFalse();
        assertThat(agent.get("envMayComeFrom").get(0).asText()).isEqualTo("module.agent");

        CliHarness.Run text = cli.run("check", "repo/examples/a");
        assertThat(text.out()).contains("    may be incomplete: module.agent (../../modules/agent) is outside the"
            + " folder templint reads\n", "give a folder that contains them with --root");
    }

    @Test
    void withRootTheModuleIsAnalysedAndItsFilesShownAsAUserOpensThem() throws IOException {
        repository();
        cli.in(tmp);
        CliHarness.Run run = cli.run("check", "--format", "json", "--fail-on", "warning", "--root", "repo",
            "repo/examples/a");
        JsonNode t = SchemaAssertions.assertValidReport(run.out()).get("templates").get(0);
        assertThat(t.get("unresolvedModules").size()).isZero();
        JsonNode env = t.get("agents").get(0).get("env").get(0);
        assertThat(env.get("name").asText()).isEqualTo("TOKEN");
        assertThat(env.get("file").asText()).isEqualTo("repo/modules/agent/main.tf");
        assertThat(t.get("agents").get(0).get("envComplete").asBoolean()).isTrue();
        // the module's own findings name its file as a user opens it
        assertThat(t.get("diagnostics").findValuesAsText("file")).containsOnly("repo/modules/agent/main.tf");
        assertThat(t.get("diagnostics").findValuesAsText("rule")).containsExactlyInAnyOrder("unused_variable",
            "terraform_typed_variables", "terraform_typed_variables");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void aRootThatIsNoFolderIsBadUsage() {
        CliHarness.Run run = cli.run("check", "--root", "no/such/dir", "testdata/cli/task");
        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.err()).contains("--root: no/such/dir: no such directory");
        assertThat(run.out()).isEmpty();
    }
}
