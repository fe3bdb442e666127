package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-commit hook runs {@code check --quiet}: silent when all is well, brief when not. */
class QuietHookTest {

    static final String CLEAN = """
        terraform {
          required_providers {
            coder = {
              source = "coder/coder"
            }
          }
        }
        """;

    static final String BROKEN = "variable \"a\" {\n  type = string\n}\n\nvariable \"a\" {\n  type = number\n}\n";

    @TempDir
    Path repo;

    private Path twoTemplates() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("clean"));
        Files.createDirectories(repo.resolve("broken"));
        Files.writeString(repo.resolve("clean/main.tf"), CLEAN);
        Files.writeString(repo.resolve("broken/main.tf"), BROKEN);
        return repo;
    }

    @Test
    void cleanTemplatesPrintNothing() throws IOException {
        twoTemplates();
        CliHarness.Run run = new CliHarness().in(repo)
            .run(EndOfOptionsTest.hookCommand(List.of("clean/main.tf")).toArray(String[]::new));
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        CliHarness.Run byHand = new CliHarness().in(repo).run("check", "clean");
        assertThat(byHand.out()).as("the full report is for a run by hand").contains("Template clean\n")
            .endsWith("1 template checked: 0 errors, 0 warnings, 0 notices\n");
    }

    @Test
    void aFailingTemplatePrintsItsFindingsWithCodeFramesAndOneLineOfVerdict() throws IOException {
        twoTemplates();
        CliHarness.Run run = new CliHarness().in(repo)
            .run(EndOfOptionsTest.hookCommand(List.of("clean/main.tf", "broken/main.tf")).toArray(String[]::new));
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("broken/main.tf:1:1: warning: variable \"a\" is declared but never used");
        assertThat(run.out()).contains("\nbroken/main.tf:5:1: error: Duplicate variable declaration");
        assertThat(run.out()).contains("variable \"a\" {\n").doesNotContain("clean/").doesNotContain("Template ")
            .doesNotContain("Task template").doesNotContain("Agent ");
        assertThat(lines.get(lines.size() - 1))
            .isEqualTo("templint: 1 error, 1 warning, 0 notices in 1 of 2 templates checked");
        assertThat(lines).filteredOn(l -> l.startsWith("templint: ")).hasSize(1);
    }

    @Test
    void quietLeavesMachineFormatsAlone() throws IOException {
        twoTemplates();
        CliHarness.Run run = new CliHarness().in(repo).run("check", "--quiet", "--format", "json", "clean");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).startsWith("{\n  \"schemaVersion\": 1,");
    }
}
