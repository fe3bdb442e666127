package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --write-baseline} records today's findings; {@code --baseline} reports only new ones. */
class BaselineTest {

    static final String OLD = """
        variable "a" {
          type = string
        }

        variable "a" {
          type = string
        }

        locals {
          x = "${var.a}"
        }
        """;

    /** A second declaration of the same output: an error Terraform raises. */
    static final String NEW_ERROR = """
        output "o" {
          value = 1
        }

        output "o" {
          value = 2
        }
        """;

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();

    private Path repo() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("t"));
        Files.writeString(repo.resolve("t/main.tf"), OLD);
        return repo;
    }

    @Test
    void writtenBaselineHidesTodaysFindingsAndANewProblemFails() throws IOException {
        Path repo = repo();
        assertThat(cli.in(repo).run("check", "t").status()).isEqualTo(ExitStatus.FINDINGS);

        CliHarness.Run write = cli.in(repo).run("check", "--write-baseline", "templint-baseline.json", "t");
        assertThat(write.status()).isEqualTo(ExitStatus.OK);
        assertThat(write.out()).endsWith("1 template checked: 0 errors, 0 warnings, 0 notices; "
            + "3 known findings in the baseline not shown\n");
        JsonNode file = Json.mapper().readTree(repo.resolve("templint-baseline.json").toFile());
        assertThat(file.get("templintBaseline").intValue()).isEqualTo(1);
        assertThat(file.get("findings")).extracting(n -> n.get("file").textValue() + " " + n.get("rule").textValue())
            .containsExactly("t/main.tf terraform_deprecated_interpolation", "t/main.tf terraform_duplicate_declaration",
                "t/main.tf unused_local");

        // edits elsewhere in the file (lines above) keep the known findings known, from any folder
        Files.writeString(repo.resolve("t/main.tf"), "# a new comment\n\n" + OLD);
        CliHarness.Run same = cli.in(repo.resolve("t")).run("check", "--baseline", "../templint-baseline.json",
            "--format", "json", ".");
        assertThat(same.status()).isEqualTo(ExitStatus.OK);
        JsonNode report = io.templint.report.SchemaAssertions.assertValidReport(same.out());
        assertThat(report.get("baselined").intValue()).isEqualTo(3);
        assertThat(report.get("templates").get(0).get("diagnostics")).isEmpty();

        // a new problem fails, and only it is reported
        Files.writeString(repo.resolve("t/outputs.tf"), NEW_ERROR);
        CliHarness.Run fresh = cli.in(repo).run("check", "--baseline", "templint-baseline.json", "--format", "compact", "t");
        assertThat(fresh.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(fresh.out()).startsWith("t/outputs.tf:5:1: error: Duplicate output definition")
            .doesNotContain("t/main.tf");
        assertThat(fresh.out().lines()).hasSize(1);
    }

    @Test
    void aFindingThatDisappearsLeavesTheBaselineOnTheNextWrite() throws IOException {
        Path repo = repo();
        cli.in(repo).run("check", "--write-baseline", "b.json", "t");
        String before = Files.readString(repo.resolve("b.json"));
        Files.writeString(repo.resolve("t/main.tf"), OLD.replace("\"${var.a}\"", "var.a"));
        assertThat(cli.in(repo).run("check", "--write-baseline", "b.json", "t").status()).isEqualTo(ExitStatus.OK);
        String after = Files.readString(repo.resolve("b.json"));
        assertThat(before).contains("terraform_deprecated_interpolation");
        assertThat(after).doesNotContain("terraform_deprecated_interpolation").contains("unused_local");
        assertThat(cli.in(repo).run("check", "--write-baseline", "b.json", "t").status()).isEqualTo(ExitStatus.OK);
        assertThat(Files.readString(repo.resolve("b.json"))).as("stable").isEqualTo(after);
    }

    @Test
    void aBadBaselineFileIsAClearFailure() throws IOException {
        Path repo = repo();
        Files.writeString(repo.resolve("bad.json"), "{\"templintBaseline\": 1,\n");
        CliHarness.Run run = cli.in(repo).run("check", "--baseline", "bad.json", "t");
        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("templint: bad.json:2:1: not a templint baseline: the file is not valid JSON\n");

        Files.writeString(repo.resolve("bad.json"), "{\"templintBaseline\": 1, \"findings\": [ {\"file\": 3} ]}");
        assertThat(cli.in(repo).run("check", "--baseline", "bad.json", "t").err()).isEqualTo("templint: bad.json: not a "
            + "templint baseline: findings[0] needs the strings \"file\", \"rule\" and \"fingerprint\"\n");

        CliHarness.Run missing = cli.in(repo).run("check", "--baseline", "none.json", "t");
        assertThat(missing.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(missing.err()).isEqualTo("templint: none.json: no such baseline file (write one with --write-baseline)\n");
    }
}
