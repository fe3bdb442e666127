package io.templint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Report;
import io.templint.api.Severity;
import io.templint.api.TemplateReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormatterTest {

    private final TextFormatter text = new TextFormatter();

    @Test
    void findingsWithCodeFramesThenTheTemplateSummary() {
        String out = SampleReports.write(text, SampleReports.full(), SampleReports.context());
        assertThat(out).contains("""
            examples/claude task/main.tf:2:3: error: Invalid expression; Expected the start of an expression. [syntax]
            2 |   sensitive = true
              |   ^^^^^^^^^
            """);
        // a tab before the range stays a tab in the underline, so it lines up
        assertThat(out).contains("6 | \tos   = \"linux\"\n  | \t^^\n");
        assertThat(out).contains("  note: examples/claude task/main.tf:6:2: first set here");
        assertThat(out).contains("Template examples/claude task\n  Task template: yes - coder_ai_task.claude");
        assertThat(out).contains("  Sidebar app: coder_app.claude (slug claude, \"Claude Code\") on coder_agent.main"
            + " from coder_app.claude.id");
        assertThat(out).contains("    GIT_AUTHOR_NAME = \"AI Bot\"\n");
        assertThat(out).contains("    GITHUB_TOKEN = var.github_pat (sensitive)\n");
        assertThat(out).doesNotContain("ghp_secret_default");
        assertThat(out).contains("    EDITOR = local.editor via coder_env.editor\n");
        assertThat(out).contains("var.github_pat (examples/claude task/main.tf:1) flows to coder_agent.main.env.GITHUB_TOKEN");
        assertThat(out).contains("  Modules not analysed:\n    module.tools (registry.coder.com/coder/tools/coder 1.0.0)"
            + " is not on disk (the Task verdict depends on it)\n  To analyse modules not on disk: run terraform init in"
            + " the template folder and include its .terraform/modules (or check the folder where init was run)\n");
        assertThat(out).doesNotContain("a secret flows into the environment");
        assertThat(out).endsWith("1 template checked: 1 error, 1 warning, 1 notice (1 suppressed)\n");
        assertThat(out).doesNotContain("\u001b[");
    }

    @Test
    void saysWhatWasNotSeenAndWhatToDo() {
        String out = SampleReports.write(text, SampleReports.incomplete(), SampleReports.context());
        assertThat(out).contains("  Task template: unknown - ");
        assertThat(out).contains("  Sidebar app: unknown - comes from module.claude-code, which is not on disk\n");
        assertThat(out).contains("  Agent coder_agent.main environment:\n    may be incomplete: module.claude-code"
            + " (registry.coder.com/coder/claude-code/coder 4.0.0) is not on disk\n");
        assertThat(out).doesNotContain("no environment");
        assertThat(out).contains("    module.shared (../../shared) is outside the folder templint reads\n");
        assertThat(out).contains("  To analyse modules not on disk: run terraform init");
        assertThat(out).contains("  To analyse modules outside the folder templint reads: give a folder that contains"
            + " them with --root\n");
    }

    @Test
    void colourOnlyWhenAsked() {
        ReportContext color = new ReportContext(SampleReports.sources(), RuleCatalog.builtin(), true);
        String out = SampleReports.write(text, SampleReports.full(), color);
        assertThat(out).contains("\u001b[1;31merror\u001b[0m");
    }

    @Test
    void escapeSequencesFromATemplateAreNeutralised() {
        Report evil = new Report(1, Report.Tool.TEMPLINT, "2.27", List.of(new TemplateReport("t", null, List.of(),
            List.of(), List.of(), List.of(SampleReports.finding("syntax", Severity.ERROR, "bad \u001b[2J thing", 1, 1, 1, 2)))));
        String out = SampleReports.write(text, evil, SampleReports.context());
        assertThat(out).doesNotContain("\u001b").contains("bad \\u001b[2J thing");
    }

    @Test
    void unknownTaskVerdictIsSaid() {
        String out = SampleReports.write(text, SampleReports.clean(), SampleReports.context());
        assertThat(out).contains("Task template: no - no coder_ai_task is defined")
            .endsWith("1 template checked: 0 errors, 0 warnings, 0 notices\n");
    }
}
