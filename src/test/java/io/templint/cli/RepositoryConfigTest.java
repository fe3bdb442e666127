package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.report.Json;
import io.templint.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .templint.hcl} in a repository of templates and modules: each template's own file,
 * {@code exclude}, and rule settings per folder.
 */
class RepositoryConfigTest {

    static final String AGENT = "resource \"coder_agent\" \"main\" {\n  os   = \"linux\"\n  arch = \"amd64\"\n}\n";
    static final String UNUSED = "\nvariable \"unused\" {\n  type = string\n}\n";
    static final String BROKEN = "resource \"coder_agent\" \"main\" {\n  os = \n}\n";

    @TempDir
    Path repo;

    private Path write(String file, String text) throws IOException {
        Path p = repo.resolve(file);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private void gitRepository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
    }

    private static List<String> lines(CliHarness.Run run) {
        return run.out().lines().toList();
    }

    @Test
    void eachTemplateUsesTheNearestConfigurationAboveItsOwnFolder() throws IOException {
        gitRepository();
        write("a/main.tf", AGENT + UNUSED);
        write("b/main.tf", AGENT + UNUSED);
        write("c/main.tf", AGENT + UNUSED);
        write("a/.templint.hcl", "rule \"unused_variable\" { severity = \"error\" }\n");
        write("b/.templint.hcl", "rule \"unused_variable\" { enabled = false }\n");
        write(".templint.hcl", "rule \"unused_variable\" { severity = \"notice\" }\n");

        CliHarness.Run run = new CliHarness().in(repo).run("check", "--format", "compact", "a", "b", "c");
        assertThat(run.err()).isEmpty();
        assertThat(lines(run)).containsExactly(
            "a/main.tf:6:1: error: variable \"unused\" is declared but never used: remove it, or read it as var.unused "
                + "[unused_variable]",
            "c/main.tf:6:1: notice: variable \"unused\" is declared but never used: remove it, or read it as var.unused "
                + "[unused_variable]");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);

        CliHarness.Run reversed = new CliHarness().in(repo).run("check", "--format", "compact", "c", "b", "a");
        assertThat(lines(reversed)).as("not the first folder's file for all").containsExactly(
            "c/main.tf:6:1: notice: variable \"unused\" is declared but never used: remove it, or read it as var.unused "
                + "[unused_variable]",
            "a/main.tf:6:1: error: variable \"unused\" is declared but never used: remove it, or read it as var.unused "
                + "[unused_variable]");

        CliHarness.Run files = new CliHarness().in(repo).run("check", "--format", "compact", "b/main.tf", "a/main.tf");
        assertThat(lines(files)).as("single files: their folder's file").hasSize(1).first().asString()
            .startsWith("a/main.tf:6:1: error: ");

        write("shared.hcl", "rule \"unused_variable\" { severity = \"warning\" }\n");
        CliHarness.Run named = new CliHarness().in(repo).run("check", "--format", "compact", "--config", "shared.hcl",
            "a", "b");
        assertThat(lines(named)).as("--config: one file for all").extracting(l -> l.substring(0, l.indexOf(" variable")))
            .containsExactly("a/main.tf:6:1: warning:", "b/main.tf:6:1: warning:");
        CliHarness.Run env = new CliHarness().in(repo).env("TEMPLINT_CONFIG", "shared.hcl")
            .run("check", "--format", "compact", "a", "b");
        assertThat(env.out()).isEqualTo(named.out());
    }

    @Test
    void failOnIsEachTemplatesOwnUnlessGivenOnTheCommandLine() throws IOException {
        gitRepository();
        write("strict/main.tf", AGENT + UNUSED);
        write("strict/.templint.hcl", "config {\n  fail_on = \"warning\"\n}\n");
        write("lax/main.tf", AGENT + UNUSED);
        assertThat(new CliHarness().in(repo).run("check", "lax").status()).isEqualTo(ExitStatus.OK);
        assertThat(new CliHarness().in(repo).run("check", "lax", "strict").status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(new CliHarness().in(repo).run("check", "--fail-on", "error", "lax", "strict").status())
            .isEqualTo(ExitStatus.OK);
    }

    @Test
    void configurationsThatTargetDifferentCoderReleasesNeedOneOnTheCommandLine() throws IOException {
        gitRepository();
        write("a/main.tf", AGENT);
        write("b/main.tf", AGENT);
        write("a/.templint.hcl", "config {\n  coder_version = \"2.27\"\n}\n");
        write("b/.templint.hcl", "config {\n  coder_version = \"2.30\"\n}\n");
        CliHarness.Run run = new CliHarness().in(repo).run("check", "a", "b");
        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("templint: the templates' configurations target different Coder releases: 2.27 ("
            + repo.resolve("a/.templint.hcl") + ") and 2.30 (" + repo.resolve("b/.templint.hcl") + "); a report has "
            + "one: pass --coder-version, or check them in separate runs\n");
        CliHarness.Run given = new CliHarness().in(repo).run("check", "--format", "json", "--coder-version", "2.30",
            "a", "b");
        assertThat(given.status()).isEqualTo(ExitStatus.OK);
        assertThat(given.out()).contains("\"coderVersion\": \"2.30\"");
        CliHarness.Run one = new CliHarness().in(repo).run("check", "--format", "json", "b");
        assertThat(one.out()).as("one template: its file's release").contains("\"coderVersion\": \"2.30\"");
    }

    @Test
    void anExcludedFolderIsNotCheckedNorReadWhetherGivenAsAFolderOrAsFiles() throws IOException {
        gitRepository();
        write(".templint.hcl", "config {\n  exclude = [\"test/fixtures\", \"**/testdata\"]\n}\n");
        write("t/main.tf", AGENT);
        write("test/fixtures/bad/main.tf", BROKEN);
        write("t/testdata/case1/main.tf", BROKEN);
        List<String> analysed = new ArrayList<>();
        Analyzer real = new TemplintAnalyzer(RuleRegistry.discover());
        Analyzer recording = request -> {
            request.inputs().forEach(i -> analysed.add(i.displayPath()));
            return real.analyze(request);
        };
        CliHarness.Run run = new CliHarness().in(repo).services(CliServices.defaults().withAnalyzer(recording))
            .run("check", "--format", "compact", "t", "test/fixtures/bad", "t/testdata/case1/main.tf");
        assertThat(analysed).containsExactly("t");
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.err()).isEqualTo(
            "templint: test/fixtures/bad: not checked: exclude \"test/fixtures\" of .templint.hcl\n"
            + "templint: t/testdata/case1: not checked: exclude \"**/testdata\" of .templint.hcl\n");

        CliHarness.Run quiet = new CliHarness().in(repo).run("check", "--quiet", "test/fixtures/bad/main.tf");
        assertThat(quiet.status()).isEqualTo(ExitStatus.OK);
        assertThat(quiet.out()).as("the hook: nothing to say").isEmpty();
        assertThat(quiet.err()).isEmpty();

        CliHarness.Run json = new CliHarness().in(repo).run("check", "--format", "json", "test/fixtures/bad");
        assertThat(json.status()).isEqualTo(ExitStatus.OK);
        assertThat(Json.mapper().readTree(json.out()).get("templates")).isEmpty();

        CliHarness.Run noConfig = new CliHarness().in(repo).run("check", "--no-config", "test/fixtures/bad");
        assertThat(noConfig.status()).as("--no-config: nothing excluded").isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void aModuleInAnExcludedFolderIsStillLoadedByTheTemplateThatCallsIt() throws IOException {
        gitRepository();
        write(".templint.hcl", "config {\n  exclude = [\"vendor\"]\n}\n");
        write("t/main.tf", AGENT + "\nmodule \"m\" {\n  source = \"../vendor/m\"\n}\n");
        write("vendor/m/main.tf", "variable \"needed\" {\n  type = string\n}\n");
        CliHarness.Run run = new CliHarness().in(repo).run("check", "--format", "compact", "t", "vendor/m");
        assertThat(lines(run)).as("Terraform loads the module, so templint does: its missing argument is found")
            .containsExactly("t/main.tf:6:12: error: Missing required argument; The argument \"needed\" is required by "
                + "module \"module.m\", but no definition was found. [terraform]",
                "vendor/m/main.tf:1:1: warning: variable \"needed\" is declared but never used: remove it, or read it "
                    + "as var.needed [unused_variable]");
        assertThat(run.err()).isEqualTo("templint: vendor/m: not checked: exclude \"vendor\" of .templint.hcl\n");
    }

    @Test
    void ruleSettingsOfAPathsBlockApplyToTheFilesOfTheFoldersItMatchesWhicheverTemplateReadsThem()
            throws IOException {
        gitRepository();
        write(".templint.hcl", """
            rule "unused_variable" { severity = "notice" }
            paths "modules/**" {
              kind = "module"
              rule "unused_variable" { enabled = false }
            }
            paths "templates/legacy" {
              rule "unused_variable" { severity = "error" }
            }
            """);
        write("templates/new/main.tf", AGENT + UNUSED + "\nmodule \"m\" {\n  source   = \"../../modules/m\"\n"
            + "  agent_id = coder_agent.main.id\n}\n");
        write("templates/legacy/main.tf", AGENT + UNUSED);
        write("modules/m/main.tf", "variable \"agent_id\" {\n  type = string\n}\n\nvariable \"unused\" {\n"
            + "  type    = string\n  default = \"\"\n}\n");
        CliHarness.Run run = new CliHarness().in(repo)
            .run("check", "--format", "json", "templates/new", "templates/legacy", "modules/m");
        assertThat(run.err()).isEmpty();
        JsonNode templates = Json.mapper().readTree(run.out()).get("templates");
        List<String> found = new ArrayList<>();
        for (JsonNode t : templates) {
            for (JsonNode d : t.get("diagnostics")) {
                found.add(t.get("path").asText() + " " + t.get("kind").asText() + ": " + d.get("file").asText() + ":"
                    + d.get("line").asInt() + ":" + d.get("column").asInt() + " " + d.get("severity").asText() + " " + d.get("rule").asText());
            }
        }
        assertThat(found).as("none in modules/m, read by templates/new or checked on its own").containsExactly(
            "templates/new template: templates/new/main.tf:6:1 notice unused_variable",
            "templates/legacy template: templates/legacy/main.tf:6:1 error unused_variable");
        assertThat(templates.get(2).get("kind").asText()).isEqualTo("module");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void aRuleDisabledAtTheTopAndEnabledForOneFolderRunsThereOnly() throws IOException {
        gitRepository();
        write(".templint.hcl", """
            rule "unused_variable" { enabled = false }
            paths "strict" {
              rule "unused_variable" { enabled = true }
            }
            """);
        write("strict/main.tf", AGENT + UNUSED);
        write("other/main.tf", AGENT + UNUSED);
        CliHarness.Run run = new CliHarness().in(repo).run("check", "--format", "compact", "strict", "other");
        assertThat(lines(run)).containsExactly("strict/main.tf:6:1: warning: variable \"unused\" is declared but never "
            + "used: remove it, or read it as var.unused [unused_variable]");
    }

    @Test
    void aSuppressionOfARuleTurnedOffForItsFolderIsNotReportedAsUnused() throws IOException {
        gitRepository();
        write(".templint.hcl", """
            paths "legacy" {
              rule "unused_variable" { enabled = false }
            }
            """);
        String suppressed = AGENT + "\n# templint-ignore: unused_variable kept for the old callers\n"
            + "variable \"used\" {\n  type = string\n}\n\noutput \"o\" {\n  value = var.used\n}\n";
        write("legacy/main.tf", suppressed);
        write("current/main.tf", suppressed);
        CliHarness.Run run = new CliHarness().in(repo).run("check", "--format", "compact", "legacy", "current");
        assertThat(lines(run)).as("only where the rule runs is the suppression unused").containsExactly(
            "current/main.tf:6:1: notice: templint-ignore: unused_variable reports nothing here, so this suppression"
                + " is not needed [unused_suppression]");
    }

    @Test
    void anUnknownSettingStopsTheRunNamingTheFileLineAndColumn() throws IOException {
        gitRepository();
        write("t/main.tf", AGENT);
        Path config = write(".templint.hcl", "paths \"modules/**\" {\n  rule \"unused_variabel\" {\n    enabled = false\n"
            + "  }\n}\n");
        CliHarness.Run run = new CliHarness().in(repo).run("check", "t");
        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("templint: bad config: " + config + ":2:8: unknown rule \"unused_variabel\" "
            + "(did you mean \"unused_variable\"?)\n");
        write(".templint.hcl", "config {\n  excludes = [\"x\"]\n}\n");
        assertThat(new CliHarness().in(repo).run("check", "t").err()).isEqualTo("templint: bad config: " + config
            + ":2:3: unknown attribute 'excludes' in config (expected coder_version, fail_on, exclude); did you mean "
            + "\"exclude\"?\n");
    }
}
