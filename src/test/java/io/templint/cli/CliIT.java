package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.report.Formatters;
import io.templint.report.SchemaAssertions;
import io.templint.testkit.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the shaded jar (and the {@code bin/templint} launcher) run as separate processes,
 * as pipelines and pre-commit run them. Runs in {@code mvn verify} after {@code package}.
 */
class CliIT {

    private static Path jar;
    private static Path basedir;

    @TempDir
    Path tmp;

    @BeforeAll
    static void locate() {
        basedir = Path.of(System.getProperty("templint.basedir", "")).toAbsolutePath();
        jar = Path.of(System.getProperty("templint.jar", "target/templint-0.1.0-cli.jar")).toAbsolutePath();
        assertThat(jar).as("the shaded jar; run 'mvn verify'").isRegularFile();
    }

    record Result(int status, String out, String err) {
    }

    private static Result run(Path dir, byte[] stdin, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("NO_COLOR");
        Path out = Files.createTempFile("templint-out", ".txt");
        Path err = Files.createTempFile("templint-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().write(stdin);
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private static Result templint(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return run(basedir, new byte[0], cmd);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void exitStatusZeroOneTwo() throws Exception {
        Result ok = templint("check", "testdata/cli/task");
        assertThat(ok.status()).isZero();
        assertThat(ok.err()).isEmpty();
        assertThat(ok.out()).endsWith("1 template checked: 0 errors, 0 warnings, 0 notices\n");

        Result findings = templint("check", "testdata/cli/broken");
        assertThat(findings.status()).isEqualTo(1);
        assertThat(findings.err()).isEmpty();
        assertThat(findings.out()).contains("testdata/cli/broken/main.tf:12:37: error: ");

        Result usage = templint("check", "--format", "yaml", "testdata/cli/task");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.out()).isEmpty();
        assertThat(usage.err()).startsWith("templint: unknown format 'yaml'").hasLineCount(1);

        Result missing = templint("check", "no/such/template");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo("templint: no/such/template: no such file or directory\n");
    }

    @Test
    void everyFormatPutsOnlyTheReportOnStandardOutput() throws Exception {
        for (String format : Formatters.standard().names()) {
            Result r = templint("check", "--format", format, "testdata/cli/broken", "testdata/cli/task");
            assertThat(r.status()).as(format).isEqualTo(1);
            assertThat(r.err()).as(format).isEmpty();
            assertThat(r.out()).as(format).contains("testdata/cli/broken/main.tf").doesNotContain("\u001b[");
            switch (format) {
                case "json" -> {
                    JsonNode report = SchemaAssertions.assertValidReport(r.out());
                    assertThat(report.get("templates")).hasSize(2);
                }
                case "sarif" -> SchemaAssertions.assertValidSarif(r.out());
                case "checkstyle", "junit" -> assertThat(r.out()).startsWith("<?xml version=\"1.0\"");
                case "github" -> assertThat(r.out()).startsWith("::error file=testdata/cli/broken/main.tf,line=12,");
                case "compact" -> assertThat(r.out().lines()).allMatch(l -> l.contains(": error: "));
                default -> assertThat(r.out()).contains("2 templates checked");
            }
        }
    }

    @Test
    void aCorruptArchiveFailsTheRunButTheOtherTemplatesAreReported() throws Exception {
        Result r = templint("check", "--format", "json", "testdata/cli/task", "testdata/cli/corrupt.tgz",
            "testdata/cli/broken");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("templint: testdata/cli/corrupt.tgz: ").hasLineCount(1);
        JsonNode templates = SchemaAssertions.assertValidReport(r.out()).get("templates");
        assertThat(templates.findValuesAsText("path"))
            .containsExactly("testdata/cli/task", "testdata/cli/corrupt.tgz", "testdata/cli/broken");
        assertThat(templates.get(0).get("task").get("capable").asBoolean()).isTrue();
        assertThat(templates.get(1).get("diagnostics").get(0).get("rule").asText()).isEqualTo("template_source");
        assertThat(templates.get(2).get("diagnostics").findValuesAsText("rule")).contains("syntax");
    }

    @Test
    void parseAndRulesAndVersion() throws Exception {
        Result parse = templint("parse", "--format", "json", "testdata/cli/task/main.tf", "testdata/cli/broken/main.tf");
        assertThat(parse.status()).isEqualTo(1);
        assertThat(parse.out()).startsWith("{\n  \"files\": [");
        assertThat(templint("parse", "testdata/cli/task/main.tf").status()).isZero();
        assertThat(templint("rules", "--format", "json").out()).contains("\"id\": \"syntax\"");
        assertThat(templint("--version").out()).startsWith("templint 0.1.0\nmodule catalog ");
    }

    @Test
    void tarOnStandardInput() throws Exception {
        byte[] tar = TestArchives.tar(Map.of("main.tf", "resource \"coder_agent\" \"main\" {\n  os = \"linux\"\n}\n"));
        Result r = run(basedir, tar, List.of(javaBinary(), "-jar", jar.toString(), "check", "--format", "json", "-"));
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(SchemaAssertions.assertValidReport(r.out()).get("templates").get(0).get("path").asText())
            .isEqualTo("-");
    }

    @Test
    void realTemplatesGiveSchemaValidReports() throws Exception {
        Path corpus = SharedCorpus.require("corpus/coder");
        List<String> dirs;
        try (var files = Files.walk(corpus)) {
            dirs = files.filter(p -> p.toString().endsWith(".tf")).map(p -> p.getParent().toString())
                .distinct().sorted().toList();
        }
        Path args = tmp.resolve("templates.txt");
        Files.write(args, dirs);
        for (String format : List.of("json", "sarif")) {
            Result r = templint("check", "--format", format, "--fail-on", "never", "@" + args);
            assertThat(r.status()).as(format).isZero();
            assertThat(r.err()).as(format).isEmpty();
            if (format.equals("json")) {
                assertThat(SchemaAssertions.assertValidReport(r.out()).get("templates")).hasSize(dirs.size());
            } else {
                SchemaAssertions.assertValidSarif(r.out());
            }
        }
    }

    @Test
    void launcherRunsAsPreCommitDoes() throws Exception {
        Path launcher = basedir.resolve("bin/templint");
        assertThat(launcher).isExecutable();
        Files.createDirectories(tmp.resolve("templates/a"));
        Files.writeString(tmp.resolve("templates/a/main.tf"), "resource \"coder_agent\" \"main\" {\n  os = \n}\n");
        Files.writeString(tmp.resolve("templates/a/ok.tf"), "terraform {}\n");
        for (int i = 0; i < 2; i++) {  // the first run may make the start-up archive, the second uses it
            Result r = run(tmp, new byte[0], List.of(launcher.toString(), "check", "--", "templates/a/main.tf",
                "templates/a/ok.tf"));
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).startsWith("templates/a/main.tf:2:").doesNotContain("[cds]", "warning: ");
            Result ok = run(tmp, new byte[0], List.of(launcher.toString(), "check", "--", "templates/a/ok.tf"));
            assertThat(ok.status()).isZero();
            assertThat(ok.err()).isEmpty();
        }
        assertThat(run(tmp, new byte[0], List.of(launcher.toString(), "--version")).out())
            .startsWith("templint 0.1.0\nmodule catalog ");
    }
}
