package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.report.Formatters;
import io.templint.report.SchemaAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    static final String BROKEN = "testdata/cli/broken";
    static final String TASK = "testdata/cli/task";
    static final String EMPTY = "testdata/cli/empty";
    static final String CORRUPT = "testdata/cli/corrupt.tgz";

    private final CliHarness cli = new CliHarness();

    @TempDir
    Path tmp;

    @Test
    void syntaxErrorsAreErrorFindingsAndExitOne() {
        CliHarness.Run run = cli.run("check", BROKEN);
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).containsPattern("testdata/cli/broken/main\\.tf:\\d+:\\d+: error: .* \\[syntax]\n");
        assertThat(run.out()).contains("Template testdata/cli/broken\n").contains(" | ");
        assertThat(cli.run("check", "--fail-on", "never", BROKEN).status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void jsonReportFollowsTheSchema() {
        CliHarness.Run run = cli.run("check", "--format", "json", BROKEN + "/", TASK);
        JsonNode report = SchemaAssertions.assertValidReport(run.out());
        assertThat(report.get("coderVersion").asText()).isEqualTo("2.27");
        assertThat(report.get("templates").findValuesAsText("path")).containsExactly(BROKEN, TASK);
        JsonNode d = report.get("templates").get(0).get("diagnostics").get(0);
        assertThat(d.get("rule").asText()).isEqualTo("syntax");
        assertThat(d.get("file").asText()).isEqualTo(BROKEN + "/main.tf");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void everyFormatWritesOnlyTheReportToStandardOutput() {
        for (String format : Formatters.standard().names()) {
            CliHarness.Run run = cli.run("check", "--format", format, BROKEN);
            assertThat(run.status()).as(format).isEqualTo(ExitStatus.FINDINGS);
            assertThat(run.err()).as(format).isEmpty();
            assertThat(run.out()).as(format).contains("main.tf");
        }
        SchemaAssertions.assertValidSarif(cli.run("check", "--format", "sarif", BROKEN).out());
    }

    @Test
    void coderVersionIsPassedOn() {
        JsonNode report = SchemaAssertions.assertValidReport(
            cli.run("check", "--format", "json", "--coder-version", "2.30", BROKEN).out());
        assertThat(report.get("coderVersion").asText()).isEqualTo("2.30");
    }

    @Test
    void singleFilesLimitFindingsToTheFilesNamedAndGroupByFolder() {
        CliHarness.Run run = cli.run("check", "--format", "json", "--fail-on", "never",
            BROKEN + "/variables.tf.json", TASK + "/apps.tf", BROKEN + "/variables.tf.json");
        JsonNode templates = SchemaAssertions.assertValidReport(run.out()).get("templates");
        assertThat(templates.findValuesAsText("path")).containsExactly(BROKEN, TASK);
        assertThat(templates.get(0).get("diagnostics").findValuesAsText("file"))
            .allMatch(f -> f.equals(BROKEN + "/variables.tf.json"));
        assertThat(templates.get(1).get("diagnostics").findValuesAsText("file"))
            .allMatch(f -> f.equals(TASK + "/apps.tf"));
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void aFileInTheWorkingDirectoryIsNamedAsGiven() throws IOException {
        Files.writeString(tmp.resolve("main.tf"), "resource \"x\" \"y\" {\n");
        JsonNode report = SchemaAssertions.assertValidReport(
            cli.in(tmp).run("check", "--format", "json", "main.tf").out());
        assertThat(report.get("templates").get(0).get("path").asText()).isEqualTo(".");
        assertThat(report.get("templates").get(0).get("diagnostics").get(0).get("file").asText()).isEqualTo("main.tf");
    }

    @Test
    void cleanTemplatePasses() {
        CliHarness.Run run = cli.run("check", TASK);
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).doesNotContain("[syntax]").endsWith("1 template checked: 0 errors, 0 warnings, 0 notices\n");
        assertThat(cli.run("check", "--fail-on", "never", BROKEN + "/variables.tf.json").out())
            .doesNotContain("error:");
    }

    @Test
    void emptyTemplateIsAWarning() {
        CliHarness.Run run = cli.run("check", "--format", "compact", EMPTY);
        assertThat(run.out()).isEqualTo(EMPTY + ":1:1: warning: No .tf or .tf.json file in " + EMPTY
            + " [empty_template]\n");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(cli.run("check", "--fail-on", "warning", EMPTY).status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(cli.run("check", "--fail-on", "notice", EMPTY).status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void archivesAreReadThroughTheLoader() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("main.tf", "resource \"coder_agent\" \"main\" {\n  os = \n}\n");
        files.put("modules/x/ignored.txt", "not terraform");
        Files.write(tmp.resolve("t.tar.gz"), TestArchives.tarGz(files));
        Files.write(tmp.resolve("t.zip"), TestArchives.zip(files));
        Files.write(tmp.resolve("t.tar"), TestArchives.tar(files));
        CliHarness.Run run = cli.in(tmp).run("check", "--format", "json", "t.tar.gz", "t.zip", "t.tar");
        JsonNode report = SchemaAssertions.assertValidReport(run.out());
        assertThat(report.get("templates").findValuesAsText("path")).containsExactly("t.tar.gz", "t.zip", "t.tar");
        assertThat(report.get("templates").get(0).get("diagnostics").get(0).get("file").asText())
            .isEqualTo("t.tar.gz/main.tf");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void tarOnStandardInput() {
        byte[] tar = TestArchives.tar(Map.of("main.tf", "a = \n"));
        CliHarness.Run run = cli.stdin(tar).run("check", "--format", "compact", "-");
        assertThat(run.out()).startsWith("-/main.tf:1:");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(cli.run("check", "-", "-").err()).isEqualTo("templint: -: standard input can be read only once\n");
    }

    @Test
    void corruptOrUnsafeArchivesFailTheRun() throws IOException {
        Files.write(tmp.resolve("bad.tar.gz"), "this is not gzip".getBytes(StandardCharsets.UTF_8));
        CliHarness.Run run = cli.in(tmp).run("check", "bad.tar.gz");
        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.out()).contains("bad.tar.gz:1:1: error: bad.tar.gz").contains("[template_source]");
        assertThat(run.err()).startsWith("templint: bad.tar.gz").endsWith("\n").hasLineCount(1);

        Files.write(tmp.resolve("escape.tar"), TestArchives.tar(Map.of("../evil.tf", "a = 1\n")));
        CliHarness.Run escape = cli.in(tmp).run("check", "escape.tar");
        assertThat(escape.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(escape.err()).startsWith("templint: ").hasLineCount(1);
    }

    /**
     * A corrupt or hostile archive fails the run (exit 2, as the contract wants for unsafe input),
     * but the other templates are analysed and reported, and the bad one has a report entry saying
     * why it was not analysed.
     */
    @Test
    void anUnreadableArchiveDoesNotStopTheOtherTemplates() throws IOException {
        Files.write(tmp.resolve("escape.tar"), TestArchives.tar(Map.of("../evil.tf", "a = 1\n")));
        String escape = tmp.resolve("escape.tar").toString();
        CliHarness.Run run = cli.run("check", "--format", "json", CORRUPT, escape, TASK, BROKEN);
        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.err().lines()).hasSize(2).allMatch(l -> l.startsWith("templint: "))
            .anyMatch(l -> l.startsWith("templint: " + CORRUPT + ": ")).anyMatch(l -> l.contains("../evil.tf"));
        JsonNode templates = SchemaAssertions.assertValidReport(run.out()).get("templates");
        assertThat(templates.findValuesAsText("path")).containsExactly(CORRUPT, escape, TASK, BROKEN);
        for (JsonNode bad : List.of(templates.get(0), templates.get(1))) {
            assertThat(bad.get("task").get("capable").isNull()).isTrue();
            assertThat(bad.get("diagnostics")).hasSize(1);
            JsonNode d = bad.get("diagnostics").get(0);
            assertThat(d.get("rule").asText()).isEqualTo("template_source");
            assertThat(d.get("severity").asText()).isEqualTo("error");
            assertThat(d.get("file").asText()).isEqualTo(bad.get("path").asText());
        }
        assertThat(templates.get(2).get("task").get("capable").asBoolean()).isTrue();
        assertThat(templates.get(3).get("diagnostics").findValuesAsText("rule")).contains("syntax");

        CliHarness.Run text = cli.run("check", "--fail-on", "never", CORRUPT, TASK);
        assertThat(text.status()).as("an unreadable input fails the run whatever --fail-on says")
            .isEqualTo(ExitStatus.FAILURE);
        assertThat(text.out()).contains("Template " + TASK + "\n").contains("[template_source]")
            .contains("2 templates checked");
        assertThat(cli.run("check", TASK).status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void failuresAreOneLineOnStandardErrorAndExitTwo() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "hello");
        List<String[]> bad = new ArrayList<>();
        bad.add(new String[] {"check"});
        bad.add(new String[] {"check", "--bogus", BROKEN});
        bad.add(new String[] {"check", "--format", "yaml", BROKEN});
        bad.add(new String[] {"check", "--fail-on", "sometimes", BROKEN});
        bad.add(new String[] {"check", "--coder-version", "latest", BROKEN});
        bad.add(new String[] {"check", "--config", "missing.yml", BROKEN});
        bad.add(new String[] {"check", "does-not-exist"});
        bad.add(new String[] {"check", tmp.resolve("notes.txt").toString()});
        bad.add(new String[] {"check", "@" + tmp.resolve("no-such-args")});
        bad.add(new String[] {"frobnicate"});
        bad.add(new String[] {});
        for (String[] args : bad) {
            CliHarness.Run run = cli.run(args);
            String what = String.join(" ", args);
            assertThat(run.status()).as(what).isEqualTo(ExitStatus.FAILURE);
            assertThat(run.out()).as(what).isEmpty();
            assertThat(run.err()).as(what).startsWith(args.length == 0 ? "Usage: templint" : "templint: ");
            if (args.length > 0) {
                assertThat(run.err()).as(what).hasLineCount(1);
            }
            assertThat(run.err()).as(what).doesNotContain("Exception", "\tat ");
        }
        assertThat(cli.run("check", "--format", "yaml", BROKEN).err())
            .contains("unknown format 'yaml' (expected one of text, compact, json, sarif, checkstyle, junit, github)");
    }

    @Test
    void outputFileTakesTheReport() throws IOException {
        Path report = tmp.resolve("report.sarif");
        CliHarness.Run run = cli.run("check", "--format", "sarif", "--output", report.toString(), BROKEN);
        assertThat(run.out()).isEmpty();
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        SchemaAssertions.assertValidSarif(Files.readString(report));
        CliHarness.Run unwritable = cli.run("check", "-o", tmp.resolve("no/such/dir/r.txt").toString(), BROKEN);
        assertThat(unwritable.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(unwritable.err()).contains("cannot write the report").hasLineCount(1);
    }

    @Test
    void argumentFilesAddArguments() throws IOException {
        Path args = tmp.resolve("args.txt");
        Files.writeString(args, "--format\r\ncompact\n\n" + BROKEN + "/variables.tf.json\n");
        CliHarness.Run run = cli.run("check", "@" + args, "--fail-on", "never");
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).allMatch(l -> l.startsWith(BROKEN + "/variables.tf.json:"));
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        assertThat(cli.terminals(true, false).run("check", BROKEN).out()).contains("\u001b[");
        assertThat(cli.terminals(true, false).run("check", "--no-color", BROKEN).out()).doesNotContain("\u001b[");
        assertThat(new CliHarness().terminals(true, false).env("NO_COLOR", "1").run("check", BROKEN).out())
            .doesNotContain("\u001b[");
        assertThat(new CliHarness().terminals(false, false).run("check", BROKEN).out()).doesNotContain("\u001b[");
    }

    @Test
    void progressOnlyWhenStandardErrorIsATerminalAndTemplatesAreMany() {
        CliHarness.Run many = cli.terminals(false, true).run("check", "--format", "compact", BROKEN, TASK, EMPTY);
        assertThat(many.err()).contains("[1/3] " + BROKEN).contains("[3/3] " + EMPTY).endsWith("\r\u001b[K");
        assertThat(many.out()).doesNotContain("[1/3]");
        assertThat(new CliHarness().terminals(false, true).run("check", BROKEN).err()).isEmpty();
        assertThat(new CliHarness().run("check", BROKEN, TASK, EMPTY).err()).isEmpty();
    }

    @Test
    void configSetsDefaultsThatOptionsOverride() throws IOException {
        Path config = tmp.resolve("settings.hcl");
        Files.writeString(config, "config {\n  fail_on = \"never\"\n  coder_version = \"2.30\"\n}\n");
        CliHarness.Run run = cli.run("check", "--config", config.toString(), "--format", "json", BROKEN);
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(SchemaAssertions.assertValidReport(run.out()).get("coderVersion").asText()).isEqualTo("2.30");
        assertThat(cli.run("check", "--config", config.toString(), "--fail-on", "error", BROKEN).status())
            .isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void configIsDiscoveredAboveTheFirstFolder() throws IOException {
        Files.createDirectories(tmp.resolve(".git"));
        Files.createDirectories(tmp.resolve("templates/t"));
        Files.writeString(tmp.resolve("templates/t/main.tf"), "a = {\n");
        Files.writeString(tmp.resolve(".templint.hcl"), "config {\n  fail_on = \"never\"\n}\n");
        CliHarness.Run run = cli.in(tmp).run("check", "templates/t/main.tf");
        assertThat(run.out()).contains("templates/t/main.tf:");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void aRuleOffByDefaultRunsWhenTheConfigEnablesIt() throws IOException {
        Files.createDirectories(tmp.resolve("t"));
        Files.writeString(tmp.resolve("t/main.tf"), "variable \"v\" {\n  type = string\n}\noutput \"o\" {\n  value = var.v\n}\n");
        Path none = tmp.resolve("none.hcl");
        Files.writeString(none, "config {\n  fail_on = \"never\"\n}\n");
        assertThat(cli.in(tmp).run("check", "--config", none.toString(), "--format", "json", "t").out())
            .doesNotContain("terraform_required_version");
        Path on = tmp.resolve("on.hcl");
        Files.writeString(on, "rule \"terraform_required_version\" {\n  enabled = true\n}\n");
        CliHarness.Run run = cli.in(tmp).run("check", "--config", on.toString(), "--format", "json", "t");
        assertThat(run.out()).contains("\"rule\": \"terraform_required_version\"")
            .contains("terraform \\\"required_version\\\" attribute is required");
    }

    @Test
    void badConfigFailsTheRun() throws IOException {
        Path config = tmp.resolve("bad.hcl");
        Files.writeString(config, "rule \"no_such_rule\" {\n  enabled = false\n}\n");
        CliHarness.Run run = cli.run("check", "--config", config.toString(), BROKEN);
        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("templint: bad config: " + config + ":1:").hasLineCount(1);
        assertThat(cli.run("check", "--config", tmp.toString(), BROKEN).err())
            .isEqualTo("templint: " + tmp + ": cannot read the config file\n");
    }

    @Test
    void theAnalyzerKeepsSourcesOnlyForFormatsThatShowThem() {
        List<AnalysisRequest> seen = new ArrayList<>();
        Analyzer real = new TemplintAnalyzer(io.templint.rules.RuleRegistry.builtin());
        CliServices recording = CliServices.defaults().withAnalyzer(r -> {
            seen.add(r);
            return real.analyze(r);
        });
        new CliHarness().services(recording).run("check", BROKEN);
        new CliHarness().services(recording).run("check", "--format", "json", "--coder-version", "2.34", BROKEN);
        assertThat(seen).extracting(AnalysisRequest::keepSources).containsExactly(true, false);
        assertThat(seen.get(1).coderVersion()).isEqualTo("2.34");
        assertThat(seen.get(1).inputs()).singleElement().isInstanceOf(TemplateInput.Directory.class);
    }

    @Test
    void analyzerFailuresAndCrashesBecomeOneLine() {
        CliServices failing = CliServices.defaults().withAnalyzer(r -> {
            throw new AnalysisException("bad config: rules.x is not a rule");
        });
        CliHarness.Run run = new CliHarness().services(failing).run("check", BROKEN);
        assertThat(run.err()).isEqualTo("templint: bad config: rules.x is not a rule\n");
        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);

        CliServices crashing = CliServices.defaults().withAnalyzer(r -> {
            throw new IllegalStateException("boom");
        });
        CliHarness.Run crash = new CliHarness().services(crashing).run("check", BROKEN);
        assertThat(crash.err()).isEqualTo("templint: internal error: boom\n");
        assertThat(crash.status()).isEqualTo(ExitStatus.FAILURE);
    }
}
