package io.templint.report;

import io.templint.api.AgentReport;
import io.templint.api.Compatibility;
import io.templint.api.EnvEntry;
import io.templint.api.Finding;
import io.templint.api.Report;
import io.templint.api.SensitiveVariable;
import io.templint.api.Severity;
import io.templint.api.SidebarApp;
import io.templint.api.SourceRef;
import io.templint.api.TaskReport;
import io.templint.api.TemplateReport;
import io.templint.api.UnresolvedModule;
import io.templint.hcl.SourceFile;
import java.util.List;
import java.util.Map;

/** Reports with every kind of content, written by hand, for the formatter tests. */
public final class SampleReports {

    /** The file the sample findings point into. */
    public static final String MAIN_TF = "examples/claude task/main.tf";

    /** Its text: the findings' ranges are real ranges of it. */
    public static final String MAIN_TF_TEXT = """
        variable "github_pat" {
          sensitive = true
        }

        resource "coder_agent" "main" {
        \tos   = "linux"
          env = { GITHUB_TOKEN = var.github_pat }
        }
        """;

    private SampleReports() { }

    /** The source of {@link #MAIN_TF}. */
    public static SourceLookup sources() {
        return SourceLookup.of(Map.of(MAIN_TF, SourceFile.of(MAIN_TF, MAIN_TF_TEXT)));
    }

    /** A context with the sample sources, the built-in rules and no colour. */
    public static ReportContext context() {
        return new ReportContext(sources(), RuleCatalog.builtin(), false);
    }

    /** A finding in {@link #MAIN_TF}. */
    public static Finding finding(String rule, Severity severity, String message, int line, int column,
                                  int endLine, int endColumn) {
        return new Finding(rule, severity, message, MAIN_TF, line, column, endLine, endColumn, false, null,
            null, List.of());
    }

    /** A Task template with an agent, env, a sensitive variable, and findings of every severity. */
    public static Report full() {
        TaskReport task = new TaskReport(true,
            "coder_ai_task.claude and the \"AI Prompt\" parameter data.coder_parameter.ai_prompt are both defined",
            List.of(new SourceRef("coder_ai_task.claude", MAIN_TF, 40)),
            new SourceRef("data.coder_parameter.ai_prompt", MAIN_TF, 12),
            new SidebarApp("coder_app.claude", "claude", "Claude Code", "coder_agent.main", "coder_app.claude.id",
                null, null, MAIN_TF, 30, true), null,
            List.of(new UnresolvedModule("module.tools", "registry.coder.com/coder/tools/coder", "1.0.0",
                UnresolvedModule.NOT_ON_DISK)),
            List.of(new Compatibility("2.24-2.27", true, "both are defined")));
        AgentReport agent = new AgentReport("coder_agent.main", "main", true, List.of(), List.of(
            new EnvEntry("GIT_AUTHOR_NAME", "AI Bot", "\"AI Bot\"", false, "coder_agent.main", MAIN_TF, 22, true, null),
            new EnvEntry("GITHUB_TOKEN", "ghp_secret_default", "var.github_pat", true, "coder_agent.main", MAIN_TF,
                7, true, null),
            new EnvEntry("EDITOR", null, "local.editor", false, "coder_env.editor", MAIN_TF, 50, true, "replace")));
        SensitiveVariable pat = new SensitiveVariable("var.github_pat", "github_pat", MAIN_TF, 1, false,
            List.of("coder_agent.main.env.GITHUB_TOKEN"));
        List<Finding> findings = List.of(
            finding("syntax", Severity.ERROR, "Invalid expression; Expected the start of an expression.", 2, 3, 2, 12),
            new Finding("duplicate-env", Severity.WARNING, "GITHUB_TOKEN is set twice, \"x\" & <y>, 100%",
                MAIN_TF, 7, 11, 7, 23, false, null, "fp-dup",
                List.of(new Finding.Related("first set here", MAIN_TF, 6, 2, 6, 4))),
            finding("agent-os", Severity.NOTICE, "os is set with a tab before it", 6, 2, 6, 4),
            new Finding("secret-in-env", Severity.WARNING, "a secret flows into the environment", MAIN_TF,
                7, 26, 7, 40, true, "reviewed: the token is scoped", "fp-secret", List.of()));
        TemplateReport t = new TemplateReport("examples/claude task", task, task.unresolvedModules(), List.of(agent),
            List.of(pat), findings);
        return new Report(Report.SCHEMA_VERSION, Report.Tool.TEMPLINT, "2.27", List.of(t));
    }

    /** A template without any finding, agent or Task. */
    public static Report clean() {
        TaskReport task = new TaskReport(false, "no coder_ai_task is defined", List.of(), null, null, null, List.of(),
            List.of(new Compatibility("2.24-2.27", false, "no coder_ai_task")));
        TemplateReport t = new TemplateReport("plain", task, List.of(), List.of(), List.of(), List.of());
        return new Report(Report.SCHEMA_VERSION, Report.Tool.TEMPLINT, "2.27", List.of(t));
    }

    /**
     * A template that depends on modules templint did not analyse: the Task verdict unknown, the
     * sidebar app coming from a module not on disk, an agent whose environment may be incomplete,
     * and a local module beyond the read root.
     */
    public static Report incomplete() {
        UnresolvedModule claude = new UnresolvedModule("module.claude-code", "registry.coder.com/coder/claude-code/coder",
            "4.0.0", UnresolvedModule.NOT_ON_DISK);
        UnresolvedModule shared = new UnresolvedModule("module.shared", "../../shared", null,
            UnresolvedModule.OUTSIDE_ROOT);
        TaskReport task = new TaskReport(null, "no coder_ai_task resource is defined in the modules on disk, but it"
            + " depends on module.claude-code, which is not on disk", List.of(), null, null, "module.claude-code",
            List.of(claude), List.of(new Compatibility("2.24-2.27", null, "depends on module.claude-code")));
        AgentReport agent = new AgentReport("coder_agent.main", "main", false, List.of("module.claude-code"),
            List.of());
        TemplateReport t = new TemplateReport("examples/claude", task, List.of(claude, shared), List.of(agent),
            List.of(), List.of());
        return new Report(Report.SCHEMA_VERSION, Report.Tool.TEMPLINT, "2.27", List.of(t));
    }

    /** Writes a report in a format. */
    public static String write(Formatter formatter, Report report, ReportContext context) {
        StringBuilder out = new StringBuilder();
        try {
            formatter.write(report, context, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
