package io.templint.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embedding templint in an import step" example, compiled and run. The code between
 * the {@code README:begin} and {@code README:end} markers must appear verbatim in README.md, so the
 * example there cannot drift from code that works.
 */
class ImportStepExampleTest {

    // README:begin
    /** Checks an uploaded template version before it is published. */
    static final class TemplateImportStep {
        /** Rules whose error findings block a version (ids are stable; `templint rules` lists them). */
        private static final Set<String> BLOCKING_RULES = Set.of("syntax", "coder_ai_task_missing_prompt");

        /** One instance for the whole service: immutable and thread-safe. */
        private final Templint templint = Templint.builder().coderVersion("2.27").build();

        /** The outcome for one upload: whether to accept it, why not, and the JSON report to store. */
        record Outcome(boolean accepted, List<String> reasons, String reportJson) { }

        Outcome check(InputStream uploadedTar, String versionId) {
            Report report;
            try {
                report = templint.analyzeArchive(uploadedTar, versionId);
            } catch (TemplintException e) { // corrupt or unsafe archive, or over the size limits
                return new Outcome(false, List.of(e.getMessage()), null);
            }
            TemplateReport template = report.templates().get(0);
            List<String> reasons = new ArrayList<>();
            if (!Boolean.TRUE.equals(template.task().capable())) { // false, or null: undecidable
                reasons.add("not a Task template: " + template.task().summary());
            }
            for (Finding f : template.diagnostics()) {
                if (!f.suppressed() && f.severity() == Severity.ERROR && BLOCKING_RULES.contains(f.rule())) {
                    reasons.add(f.file() + ":" + f.line() + ": " + f.message() + " [" + f.rule() + "]");
                }
            }
            return new Outcome(reasons.isEmpty(), reasons, ReportJson.toJson(report));
        }
    }
    // README:end

    private final TemplateImportStep step = new TemplateImportStep();

    @Test
    void aTaskTemplateIsAcceptedAndItsReportStored() throws Exception {
        byte[] tar = ApiContractTest.tarOf("main.tf", Files.readAllBytes(Path.of("examples/claude-task/main.tf")));
        TemplateImportStep.Outcome outcome = step.check(new ByteArrayInputStream(tar), "versions/41");
        assertThat(outcome.reasons()).isEmpty();
        assertThat(outcome.accepted()).isTrue();
        Report stored = ReportJson.fromJson(outcome.reportJson());
        assertThat(stored.templates().get(0).path()).isEqualTo("versions/41");
        assertThat(stored.templates().get(0).task().capable()).isTrue();
    }

    @Test
    void aTemplateWithoutThePromptParameterIsRejected() throws Exception {
        byte[] tar = ApiContractTest.tarOf("main.tf", """
            resource "coder_ai_task" "t" {
              sidebar_app {
                id = "x"
              }
            }
            """.getBytes(StandardCharsets.UTF_8));
        TemplateImportStep.Outcome outcome = step.check(new ByteArrayInputStream(tar), "versions/42");
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.reasons()).first().asString().startsWith("not a Task template: ");
        assertThat(outcome.reasons()).anySatisfy(r -> assertThat(r)
            .startsWith("versions/42/main.tf:1: ").endsWith("[coder_ai_task_missing_prompt]"));
        assertThat(ReportJson.fromJson(outcome.reportJson()).templates().get(0).task().capable()).isFalse();
    }

    @Test
    void aSyntaxErrorIsABlockingFinding() throws Exception {
        byte[] main = Files.readAllBytes(Path.of("examples/claude-task/main.tf"));
        byte[] broken = (new String(main, StandardCharsets.UTF_8) + "\nlocals {\n  a = \n}\n")
            .getBytes(StandardCharsets.UTF_8);
        TemplateImportStep.Outcome outcome = step.check(
            new ByteArrayInputStream(ApiContractTest.tarOf("main.tf", broken)), "versions/43");
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.reasons()).anySatisfy(r -> assertThat(r).startsWith("versions/43/main.tf:").endsWith("[syntax]"));
    }

    @Test
    void aCorruptUploadIsRejectedWithoutAReport() {
        TemplateImportStep.Outcome outcome = step.check(
            new ByteArrayInputStream("not a tar at all".repeat(100).getBytes(StandardCharsets.UTF_8)), "versions/44");
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.reasons()).singleElement().asString().contains("versions/44");
        assertThat(outcome.reportJson()).isNull();
    }

    @Test
    void theReadmeShowsThisCodeVerbatim() throws Exception {
        String source = Files.readString(Path.of("src/test/java/io/templint/api/ImportStepExampleTest.java"));
        String begin = "    // README:begin\n";
        String example = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("    // README:end\n"));
        StringBuilder unindented = new StringBuilder();
        example.lines().forEach(l -> unindented.append(l.startsWith("    ") ? l.substring(4) : l).append('\n'));
        assertThat(Files.readString(Path.of("README.md"))).contains("```java\n" + unindented + "```\n");
    }
}
