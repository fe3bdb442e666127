package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.api.Finding;
import io.templint.api.Severity;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.fix.Edit;
import io.templint.fix.ProposedFix;
import io.templint.hcl.Pos;
import io.templint.report.SchemaAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code templint check --fix} and {@code --fix-dry-run} over the fixtures of {@code testdata/fix}. */
class FixCommandTest {

    private static final Path FIXTURES = Path.of("testdata/fix");

    @TempDir
    Path tmp;

    /** Copies {@code testdata/fix/CASE/before} to {@code tmp/CASE}. */
    private Path copy(String name) throws IOException {
        Path from = FIXTURES.resolve(name).resolve("before");
        Path to = tmp.resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private CliHarness cli() {
        return new CliHarness().in(tmp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"interpolation", "index", "lookup", "prompt", "sensitive_output", "overlap", "crlf_bom"})
    void fixMakesTheAfterFilesAndASecondFixChangesNothing(String name) throws IOException {
        Path dir = copy(name);
        CliHarness.Run run = cli().run("check", "--fix", "--fail-on", "never", name);
        assertThat(run.status()).as(run.err()).isEqualTo(0);
        Path after = FIXTURES.resolve(name).resolve("after");
        try (Stream<Path> files = Files.list(after)) {
            for (Path f : files.toList()) {
                assertThat(new String(Files.readAllBytes(dir.resolve(f.getFileName())), StandardCharsets.ISO_8859_1))
                    .as(name + "/" + f.getFileName())
                    .isEqualTo(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(run.err()).startsWith("templint: fixed ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no temporary file is left")
                .allMatch(n -> n.endsWith(".tf"));
        }

        byte[] once = Files.readAllBytes(dir.resolve("main.tf"));
        CliHarness.Run again = cli().run("check", "--fix", "--fail-on", "never", name);
        assertThat(again.err()).doesNotContain("fixed");
        assertThat(Files.readAllBytes(dir.resolve("main.tf"))).isEqualTo(once);

        // what is left has no fix to offer
        CliHarness.Run sarif = cli().run("check", "--format", "sarif", "--fail-on", "never", name);
        JsonNode results = SchemaAssertions.assertValidSarif(sarif.out()).at("/runs/0/results");
        for (JsonNode r : results) {
            assertThat(r.has("fixes")).as(r.toString()).isFalse();
        }
    }

    @Test
    void theCrlfFixtureReallyHasCrlfAndABom() throws IOException {
        byte[] before = Files.readAllBytes(FIXTURES.resolve("crlf_bom/before/main.tf"));
        assertThat(before[0] & 0xff).isEqualTo(0xEF);
        assertThat(new String(before, StandardCharsets.UTF_8)).contains("\r\n").doesNotContain("}\n");
    }

    @Test
    void aFixThatWouldUnalignCommentsIsNotMade() throws IOException {
        Path dir = copy("comments");
        byte[] before = Files.readAllBytes(dir.resolve("main.tf"));
        CliHarness.Run run = cli().run("check", "--fix", "--fail-on", "never", "comments");
        assertThat(Files.readAllBytes(dir.resolve("main.tf"))).isEqualTo(before);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("comments/main.tf:12:9: warning: interpolation-only expression");
    }

    @Test
    void aFileReadByTwoTemplatesGivenIsDiffedAndWrittenOnce() throws IOException {
        Path m = Files.createDirectories(tmp.resolve("t/m"));
        Files.writeString(tmp.resolve("t/main.tf"), "module \"m\" {\n  source = \"./m\"\n}\n");
        Files.writeString(m.resolve("main.tf"), "variable \"images\" {\n  type    = map(string)\n"
            + "  default = { a = \"x\" }\n}\n\noutput \"o\" {\n  value = lookup(var.images, \"a\")\n}\n");
        CliHarness.Run dry = cli().run("check", "--fix-dry-run", "--fail-on", "never", "t", "t/m");
        assertThat(dry.out().lines().filter(l -> l.startsWith("+++ ")).toList()).containsExactly("+++ b/t/m/main.tf");
        CliHarness.Run run = cli().run("check", "--fix", "--fail-on", "never", "t", "t/m");
        assertThat(run.err()).isEqualTo("templint: fixed 1 finding in t/m/main.tf (1)\n");
        assertThat(Files.readString(m.resolve("main.tf"))).contains("  value = var.images[\"a\"]\n");
    }

    @Test
    void rulesAndExplainSayWhichRulesAreFixable() throws IOException {
        CliHarness.Run rules = cli().run("rules");
        assertThat(rules.out())
            .containsPattern("(?m)^terraform_deprecated_index +warning +Legacy index \\(\\.0\\) and splat \\(\\.\\*\\) "
                + "syntax is deprecated \\[fixable]$")
            .containsPattern("(?m)^unused_local +warning +A local value is defined but never used$");
        CliHarness.Run json = cli().run("rules", "--format", "json");
        JsonNode all = io.templint.report.Json.mapper().readTree(json.out()).get("rules");
        List<String> fixable = new ArrayList<>();
        for (JsonNode r : all) {
            if (r.get("fixable").asBoolean()) {
                fixable.add(r.get("id").asText());
            }
        }
        assertThat(fixable).containsExactlyInAnyOrder("coder_ai_prompt_misspelled", "sensitive_output_not_marked",
            "terraform_deprecated_index", "terraform_deprecated_interpolation", "terraform_deprecated_lookup");
        assertThat(cli().run("explain", "sensitive_output_not_marked").out())
            .startsWith("sensitive_output_not_marked (error, fixable: templint check --fix)\n\n");
        assertThat(cli().run("explain", "unused_local").out()).startsWith("unused_local (warning)\n\n");
    }

    @Test
    void anUncertainPromptIsLeftAsItIs() throws IOException {
        Path dir = copy("not_certain");
        byte[] before = Files.readAllBytes(dir.resolve("main.tf"));
        CliHarness.Run run = cli().run("check", "--fix", "--format", "json", "--fail-on", "never", "not_certain");
        assertThat(Files.readAllBytes(dir.resolve("main.tf"))).isEqualTo(before);
        JsonNode report = SchemaAssertions.assertValidReport(run.out());
        List<String> rules = new ArrayList<>();
        for (JsonNode d : report.at("/templates/0/diagnostics")) {
            rules.add(d.get("rule").asText());
            assertThat(d.has("fix")).isFalse();
        }
        assertThat(rules).containsExactly("coder_ai_prompt_misspelled", "coder_ai_prompt_misspelled");
    }

    @Test
    void dryRunPrintsTheExactDiffAndWritesNothing() throws IOException {
        Path dir = copy("sensitive_output");
        byte[] before = Files.readAllBytes(dir.resolve("main.tf"));
        CliHarness.Run run = cli().run("check", "--fix-dry-run", "sensitive_output");
        assertThat(run.out()).isEqualTo(Files.readString(FIXTURES.resolve("sensitive_output/dry-run.diff")));
        assertThat(Files.readAllBytes(dir.resolve("main.tf"))).isEqualTo(before);
        // the inline output keeps its error: the status is that of a check of the fixed files
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        CliHarness.Run never = cli().run("check", "--fix-dry-run", "--fail-on", "never", "sensitive_output");
        assertThat(never.status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void dryRunOfACleanFixStatusIsThatOfTheFixedResult() throws IOException {
        copy("overlap");
        CliHarness.Run run = cli().run("check", "--fix-dry-run", "--fail-on", "warning", "overlap");
        assertThat(run.out()).isEqualTo("""
            --- a/overlap/main.tf
            +++ b/overlap/main.tf
            @@ -4,7 +4,7 @@
            \s
             locals {
               # the interpolation and the legacy index overlap: one is fixed, then the other
            -  first = "${var.names.0}"
            +  first = var.names[0]
             }
            \s
             output "first" {
            """);
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        CliHarness.Run check = cli().run("check", "--fail-on", "warning", "overlap");
        assertThat(check.status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void jsonAfterFixListsTheFixedFindingsAndValidates() throws IOException {
        copy("sensitive_output");
        CliHarness.Run run = cli().run("check", "--fix", "--format", "json", "sensitive_output");
        JsonNode report = SchemaAssertions.assertValidReport(run.out());
        List<String> fixed = new ArrayList<>();
        int open = 0;
        for (JsonNode d : report.at("/templates/0/diagnostics")) {
            if (d.has("fix")) {
                assertThat(d.at("/fix/applied").asBoolean()).isTrue();
                fixed.add(d.get("line").asInt() + " " + d.at("/fix/description").asText());
            } else if (d.get("rule").asText().equals("sensitive_output_not_marked")) {
                open++;
            }
        }
        assertThat(fixed).containsExactly("8 add sensitive = true", "12 add sensitive = true",
            "17 write sensitive = true");
        assertThat(open).isEqualTo(1); // the one-line block
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err()).isEqualTo("templint: fixed 3 findings in sensitive_output/main.tf (3)\n");
    }

    @Test
    void sarifOffersFixesWithoutFixAndMarksThemAppliedWithIt() throws IOException {
        Path dir = copy("interpolation");
        byte[] before = Files.readAllBytes(dir.resolve("main.tf"));
        CliHarness.Run offer = cli().run("check", "--format", "sarif", "--fail-on", "never", "interpolation");
        assertThat(Files.readAllBytes(dir.resolve("main.tf"))).isEqualTo(before);
        JsonNode sarif = SchemaAssertions.assertValidSarif(offer.out());
        JsonNode first = null;
        int withFixes = 0;
        for (JsonNode r : sarif.at("/runs/0/results")) {
            if (r.has("fixes")) {
                withFixes++;
                if (first == null) {
                    first = r.at("/fixes/0");
                }
            }
        }
        assertThat(withFixes).isEqualTo(5);
        assertThat(first.at("/description/text").asText()).isEqualTo("write var.name");
        JsonNode change = first.at("/artifactChanges/0");
        assertThat(change.at("/artifactLocation/uri").asText()).isEqualTo("interpolation/main.tf");
        JsonNode replacement = change.at("/replacements/0");
        assertThat(replacement.at("/deletedRegion/startLine").asInt()).isEqualTo(16);
        assertThat(replacement.at("/deletedRegion/startColumn").asInt()).isEqualTo(21);
        assertThat(replacement.at("/deletedRegion/endColumn").asInt()).isEqualTo(34);
        int offset = replacement.at("/deletedRegion/byteOffset").asInt();
        int length = replacement.at("/deletedRegion/byteLength").asInt();
        assertThat(new String(before, offset, length, StandardCharsets.UTF_8)).isEqualTo("\"${var.name}\"");
        assertThat(replacement.at("/insertedContent/text").asText()).isEqualTo("var.name");
        assertThat(first.has("properties")).isFalse();

        CliHarness.Run fix = cli().run("check", "--fix", "--format", "sarif", "--fail-on", "never", "interpolation");
        JsonNode fixed = SchemaAssertions.assertValidSarif(fix.out());
        int applied = 0;
        for (JsonNode r : fixed.at("/runs/0/results")) {
            if (r.at("/fixes/0/properties/applied").asBoolean()) {
                applied++;
            }
        }
        assertThat(applied).isEqualTo(5);
    }

    @Test
    void aReadOnlyFileIsNotRewrittenAndSaysSo() throws IOException {
        Path dir = copy("overlap");
        Path file = dir.resolve("main.tf");
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            CliHarness.Run run = cli().run("check", "--fix", "--fail-on", "never", "overlap");
            assertThat(run.err()).isEqualTo("templint: overlap/main.tf: not fixed: the file is read-only\n");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(run.out()).contains("[terraform_deprecated_interpolation]");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void archivesAndStandardInputAreNeverRewritten() throws IOException {
        Path dir = copy("overlap");
        Path archive = tmp.resolve("t.tar");
        Files.write(archive, TestArchives.tar(Map.of("main.tf", Files.readString(dir.resolve("main.tf")))));
        byte[] before = Files.readAllBytes(archive);
        CliHarness.Run run = cli().run("check", "--fix", "--fail-on", "never", "t.tar");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("[terraform_deprecated_interpolation]");
        assertThat(Files.readAllBytes(archive)).isEqualTo(before);
    }

    @Test
    void fixAndDryRunTogetherIsBadUsage() throws IOException {
        copy("overlap");
        CliHarness.Run run = cli().run("check", "--fix", "--fix-dry-run", "overlap");
        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.err()).contains("--fix and --fix-dry-run cannot be used together");
    }

    @Test
    void aFixThatBreaksParsingIsDropped() {
        byte[] text = "a = \"${var.x}\"\nb = \"${var.y}\"\n".getBytes(StandardCharsets.UTF_8);
        ProposedFix good = fix(4, 14, 1, "var.x");
        ProposedFix bad = fix(19, 29, 2, "var.y +");
        List<ProposedFix> kept = FixRun.parsing(List.of(good, bad), name -> text);
        assertThat(kept).containsExactly(good);
    }

    private static ProposedFix fix(int start, int end, int line, String text) {
        Finding f = new Finding("terraform_deprecated_interpolation", Severity.WARNING, "m", "main.tf", line, 5, line,
            15, false, null, "fp", List.of());
        int lineStart = line == 1 ? 0 : 15;
        return new ProposedFix(f, "main.tf", "write " + text, List.of(new Edit(new Pos(line, start - lineStart + 1, start),
            new Pos(line, end - lineStart + 1, end), text)), Set.of());
    }

    @Test
    void aFixThatChangesAnotherFindingFailsVerification() throws Exception {
        Templint templint = Templint.create();
        TemplateReport before = templint.analyze(Map.of("main.tf", """
            variable "x" {
              type = string
            }

            output "a" {
              value = "${var.x}"
            }
            """.getBytes(StandardCharsets.UTF_8)), "t").templates().get(0);
        Finding interpolation = before.diagnostics().stream()
            .filter(f -> f.rule().equals("terraform_deprecated_interpolation")).findFirst().orElseThrow();
        ProposedFix fix = new ProposedFix(interpolation, "main.tf", "write var.x", List.of(new Edit(
            new Pos(6, 11, 0), new Pos(6, 21, 0), "var.x")), Set.of());
        TemplateReport clean = templint.analyze(Map.of("main.tf", """
            variable "x" {
              type = string
            }

            output "a" {
              value = var.x
            }
            """.getBytes(StandardCharsets.UTF_8)), "t").templates().get(0);
        assertThat(FixRun.verified(before, List.of(fix), clean)).isTrue();
        TemplateReport worse = templint.analyze(Map.of("main.tf", """
            variable "x" {
              type = string
            }

            output "a" {
              value = var.y
            }
            """.getBytes(StandardCharsets.UTF_8)), "t").templates().get(0);
        assertThat(FixRun.verified(before, List.of(fix), worse)).isFalse();
        assertThat(FixRun.verified(before, List.of(), clean)).isFalse();
    }
}
