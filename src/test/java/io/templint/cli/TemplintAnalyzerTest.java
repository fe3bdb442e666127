package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Report;
import io.templint.api.ReportJson;
import io.templint.api.TemplateReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code templint check} runs the full analysis: Task verdict, sidebar app, environment, secrets. */
class TemplintAnalyzerTest {

    @Test
    void checkReportsTheCoderFactsOfATemplate() throws Exception {
        CliHarness.Run run = new CliHarness().run("check", "--format", "json", "examples/claude-task");
        assertThat(run.status()).isZero();
        Report r = ReportJson.fromJson(run.out());
        TemplateReport t = r.templates().get(0);
        assertThat(t.task().capable()).isTrue();
        assertThat(t.task().sidebarApp().address()).isEqualTo("coder_app.claude");
        assertThat(t.sensitiveVariables().get(0).usedBy()).containsExactly("coder_agent.main.env.GITHUB_TOKEN");
    }

    @Test
    void coderVersionSelectsTheRule() throws Exception {
        CliHarness.Run run = new CliHarness().run("check", "--format", "json", "--coder-version", "2.35",
            "testdata/coder/count-zero");
        Report r = ReportJson.fromJson(run.out());
        assertThat(r.coderVersion()).isEqualTo("2.35");
        assertThat(r.templates().get(0).task().capable()).isFalse();
    }

    @Test
    void singleFilesKeepTheWholeModuleButOnlyTheirFindings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.tf"), "resource \"coder_agent\" \"main\" {\n  os = \n}\n");
        Files.writeString(dir.resolve("other.tf"), "locals {\n  x = \n}\n");
        CliHarness.Run run = new CliHarness().in(dir).run("check", "--format", "json", "other.tf");
        TemplateReport t = ReportJson.fromJson(run.out()).templates().get(0);
        assertThat(t.diagnostics()).isNotEmpty().allSatisfy(f -> assertThat(f.file()).endsWith("other.tf"));
        assertThat(t.agents()).extracting(a -> a.address()).containsExactly("coder_agent.main");
    }
}
