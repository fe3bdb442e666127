package io.templint.report;

import io.templint.api.AgentReport;
import io.templint.api.EnvEntry;
import io.templint.api.Finding;
import io.templint.api.Report;
import io.templint.api.ResolvedModule;
import io.templint.api.SensitiveVariable;
import io.templint.api.SidebarApp;
import io.templint.api.SourceRef;
import io.templint.api.TaskReport;
import io.templint.api.TemplateKind;
import io.templint.api.TemplateReport;
import io.templint.api.UnresolvedModule;
import io.templint.hcl.SourceFile;
import java.io.IOException;
import java.util.List;

/**
 * The default, human-readable format. For each template: every finding with its location,
 * severity, rule and a code frame with the range underlined, then a summary of the template: the
 * Task verdict, the sidebar app, each agent's environment and where sensitive variables flow.
 * Last, one line with the totals.
 */
final class TextFormatter implements Formatter {

    private final boolean quiet;

    /** The full report. */
    TextFormatter() {
        this(false);
    }

    /**
     * @param quiet for a hook: only the findings of templates that have any, with their code frames,
     *              and one line of verdict; nothing at all when every template is clean
     */
    TextFormatter(boolean quiet) {
        this.quiet = quiet;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String description() {
        return "findings with code frames, then a summary of each template (default)";
    }

    @Override
    public boolean showsSource() {
        return true;
    }

    @Override
    public void write(Report report, ReportContext context, Appendable out) throws IOException {
        Style style = Style.of(context.color());
        if (quiet) {
            writeQuiet(report, context, style, out);
            return;
        }
        for (TemplateReport template : report.templates()) {
            for (Finding f : Findings.active(template.diagnostics())) {
                writeFinding(f, context.sources(), style, out);
            }
            writeSummary(template, style, out);
        }
        List<Finding> all = Findings.all(report);
        int suppressed = all.size() - Findings.active(all).size();
        out.append(style.bold(Findings.plural(report.templates().size(), "template") + " checked: "
            + Findings.summary(all))).append(suppressed > 0 ? " (" + suppressed + " suppressed)" : "")
            .append(baselineNote(report)).append('\n');
    }

    private static void writeQuiet(Report report, ReportContext context, Style style, Appendable out)
            throws IOException {
        int failing = 0;
        for (TemplateReport template : report.templates()) {
            List<Finding> active = Findings.active(template.diagnostics());
            for (Finding f : active) {
                writeFinding(f, context.sources(), style, out);
            }
            failing += active.isEmpty() ? 0 : 1;
        }
        if (failing == 0) {
            return;
        }
        List<Finding> all = Findings.all(report);
        out.append(style.bold("templint: " + Findings.summary(all) + " in " + failing + " of "
            + Findings.plural(report.templates().size(), "template") + " checked")).append(baselineNote(report))
            .append('\n');
    }

    /** {@code "; 3 known findings in the baseline not shown"}, or nothing without a baseline. */
    static String baselineNote(Report report) {
        Integer n = report.baselined();
        return n == null ? "" : "; " + (n == 1 ? "1 known finding" : n + " known findings")
            + " in the baseline not shown";
    }

    /** One finding: {@code file:line:col: severity: message [rule]} and its code frame. */
    static void writeFinding(Finding f, SourceLookup sources, Style style, Appendable out) throws IOException {
        SourceFile source = f.file() == null ? null : sources.find(f.file());
        DiagnosticText.write(String.valueOf(f.file()), f.line(), f.column(), f.endLine(), f.endColumn(), f.severity(),
            f.message(), " [" + f.rule() + "]", source, SourceRedaction.forRule(f.rule()), style, out);
        for (Finding.Related r : f.related()) {
            out.append("  ").append(style.dim("note:")).append(' ')
                .append(TerminalText.safe(r.file() + ":" + r.line() + ":" + r.column() + ": " + r.message()))
                .append('\n');
        }
        out.append('\n');
    }

    private static void writeSummary(TemplateReport t, Style style, Appendable out) throws IOException {
        out.append(style.bold("Template " + TerminalText.safe(t.path()))).append('\n');
        writeTask(t, style, out);
        for (AgentReport agent : t.agents()) {
            out.append("  Agent ").append(safe(agent.address()))
                .append(agent.env().isEmpty() && agent.envComplete() ? ": no environment" : " environment:")
                .append('\n');
            for (EnvEntry e : agent.env()) {
                writeEnv(agent, e, style, out);
            }
            if (!agent.envComplete()) {
                out.append("    ").append(style.bold("may be incomplete:")).append(' ')
                    .append(safe(agent.envMayComeFrom().stream().map(a -> describe(t, a))
                        .collect(java.util.stream.Collectors.joining("; "))))
                    .append('\n');
            }
        }
        writeUnresolved(t, style, out);
        writeFromCatalog(t, out);
        if (!t.sensitiveVariables().isEmpty()) {
            out.append("  Sensitive variables:\n");
            for (SensitiveVariable v : t.sensitiveVariables()) {
                out.append("    ").append(style.secret(safe(v.address())))
                    .append(" (").append(safe(v.file())).append(':').append(Integer.toString(v.line()))
                    .append(v.hasDefault() ? ", has a default" : "").append(')')
                    .append(v.usedBy().isEmpty() ? ": not used" : " flows to " + safe(String.join(", ", v.usedBy())))
                    .append('\n');
            }
        }
        out.append("  ").append(Findings.summary(t.diagnostics())).append("\n\n");
    }

    /** The text of a module's Task line. */
    static final String MODULE_VERDICT = "module (checked as a module; its caller decides whether it is a Task)";

    private static void writeTask(TemplateReport t, Style style, Appendable out) throws IOException {
        TaskReport task = t.task();
        boolean module = t.kind() == TemplateKind.MODULE;
        if (task == null) {
            return;
        }
        String verdict = module ? MODULE_VERDICT : task.capable() == null ? "unknown" : task.capable() ? "yes" : "no";
        out.append("  Task template: ")
            .append(Boolean.TRUE.equals(task.capable()) ? style.good(verdict) : style.bold(verdict))
            .append(" - ").append(safe(task.summary())).append('\n');
        for (SourceRef ai : task.aiTasks()) {
            out.append("    ").append(safe(ai.address())).append(" at ").append(safe(ai.file()))
                .append(':').append(Integer.toString(ai.line())).append('\n');
        }
        if (task.promptParameter() != null) {
            SourceRef p = task.promptParameter();
            out.append("    prompt parameter ").append(safe(p.address())).append(" at ").append(safe(p.file()))
                .append(':').append(Integer.toString(p.line())).append('\n');
        }
        SidebarApp app = task.sidebarApp();
        if (app != null) {
            out.append("  Sidebar app: ").append(safe(app.address()));
            if (app.slug() != null) {
                out.append(" (slug ").append(safe(app.slug()));
                if (app.displayName() != null) {
                    out.append(", \"").append(safe(app.displayName())).append('"');
                }
                out.append(')');
            }
            if (app.agent() != null) {
                out.append(" on ").append(safe(app.agent()));
            }
            if (!app.planned()) {
                out.append(" (no instance at import: count = 0)");
            }
            out.append(" from ").append(safe(app.expression())).append('\n');
        } else if (task.sidebarAppFrom() != null) {
            String from = task.sidebarAppFrom();
            String why = t.unresolvedModules().stream().filter(m -> m.address().equals(from)).findFirst()
                .map(TextFormatter::why).orElse("is not analysed");
            out.append("  Sidebar app: unknown - comes from ").append(safe(from)).append(", which ").append(why)
                .append('\n');
        } else if (!task.aiTasks().isEmpty()) {
            out.append("  Sidebar app: none resolved\n");
        }
    }

    /**
     * The modules analysed from the module catalog, in one line: {@code Modules from templint's
     * catalog (2026-08-21): module.claude-code 4.2.0 (newest matching ~> 4.0), ...}.
     */
    private static void writeFromCatalog(TemplateReport t, Appendable out) throws IOException {
        if (t.resolvedModules().isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder();
        for (ResolvedModule m : t.resolvedModules()) {
            line.append(line.length() == 0 ? "" : ", ").append(m.address()).append(' ').append(m.version());
            if (!m.exact()) {
                line.append(m.constraint() == null ? " (newest)" : " (newest matching " + m.constraint() + ")");
            }
        }
        out.append("  Modules from templint's catalog (").append(safe(String.valueOf(t.resolvedModules().get(0)
            .catalogDate()))).append(", not on disk): ").append(safe(line.toString())).append('\n');
    }

    /** Every module not analysed, why, and what the user can do about it. */
    private static void writeUnresolved(TemplateReport t, Style style, Appendable out) throws IOException {
        if (t.unresolvedModules().isEmpty()) {
            return;
        }
        out.append("  Modules not analysed:\n");
        for (UnresolvedModule m : t.unresolvedModules()) {
            out.append("    ").append(safe(describe(m)));
            if (t.task() != null && t.task().unresolvedModules().stream().anyMatch(u -> u.address().equals(m.address()))) {
                out.append(style.dim(" (the Task verdict depends on it)"));
            }
            out.append('\n');
        }
        if (t.unresolvedModules().stream().anyMatch(m -> UnresolvedModule.NOT_ON_DISK.equals(m.reason()))) {
            out.append("  ").append(style.bold("To analyse modules not on disk:")).append(" run terraform init in the"
                + " template folder and include its .terraform/modules (or check the folder where init was run)\n");
        }
        if (t.unresolvedModules().stream().anyMatch(m -> UnresolvedModule.OUTSIDE_ROOT.equals(m.reason()))) {
            out.append("  ").append(style.bold("To analyse modules outside the folder templint reads:"))
                .append(" give a folder that contains them with --root\n");
        }
    }

    /** {@code module.x (source version) is not on disk}, for the unresolved module with this address. */
    private static String describe(TemplateReport t, String address) {
        return t.unresolvedModules().stream().filter(m -> m.address().equals(address)).findFirst()
            .map(TextFormatter::describe).orElse(address + " is not analysed");
    }

    static String describe(UnresolvedModule m) {
        String source = m.source() == null ? "" : " (" + m.source() + (m.version() == null ? "" : " " + m.version()) + ")";
        return m.address() + source + " " + why(m);
    }

    /** Why a module was not analysed, as the end of a sentence: {@code is not on disk}. */
    static String why(UnresolvedModule m) {
        return m.reason() == null ? "is not analysed" : switch (m.reason()) {
            case UnresolvedModule.NOT_ON_DISK -> "is not on disk";
            case UnresolvedModule.OUTSIDE_ROOT -> "is outside the folder templint reads";
            case UnresolvedModule.MISSING_DIRECTORY -> "has no directory";
            default -> "was not analysed (a templint limit, a module cycle or a source not known statically)";
        };
    }

    private static void writeEnv(AgentReport agent, EnvEntry e, Style style, Appendable out) throws IOException {
        String name = e.name() == null ? "(computed name)" : e.name();
        // a secret's value is never printed: show the expression it comes from
        String value = e.value() != null && !e.sensitive() ? quote(e.value()) : e.expression();
        out.append("    ").append(safe(name)).append(" = ").append(safe(value));
        if (e.sensitive()) {
            out.append(' ').append(style.secret("(sensitive)"));
        }
        if (e.source() != null && !e.source().equals(agent.address())) {
            out.append(style.dim(" via " + safe(e.source())));
        }
        if (!e.planned()) {
            out.append(style.dim(" (no instance at import: count = 0)"));
        }
        out.append('\n');
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String safe(String s) {
        return TerminalText.safe(s == null ? "" : s);
    }
}
