package io.templint.report;

import io.templint.api.AgentReport;
import io.templint.api.Compatibility;
import io.templint.api.EnvEntry;
import io.templint.api.Finding;
import io.templint.api.Fix;
import io.templint.api.Report;
import io.templint.api.ResolvedModule;
import io.templint.api.SensitiveVariable;
import io.templint.api.Severity;
import io.templint.api.SidebarApp;
import io.templint.api.SourceRef;
import io.templint.api.TaskReport;
import io.templint.api.TemplateKind;
import io.templint.api.TemplateReport;
import io.templint.api.UnresolvedModule;
import java.io.IOException;
import java.util.List;

/**
 * Writes the JSON reports ({@code check}'s, {@code parse}'s and {@code rules}') without a
 * data-binding library, so that a run writing them loads no Jackson class (loading and setting up
 * Jackson's {@code ObjectMapper} cost every such run 40 to 60 ms).
 *
 * <p>The text is byte for byte what {@link Json#writePretty} (Jackson with the report mix-ins)
 * writes for the same value, which the tests check on every folder of the corpus and on every
 * awkward character: each record's components in declaration order, nulls written except where the
 * mix-ins of {@link Json} leave a field out, two-space indentation, {@code "name": value}, empty
 * lists as {@code []}, {@link Severity} and {@link TemplateKind} as their labels, and strings
 * escaped as {@link Json}'s {@code ReaderSafeEscapes} escapes them: {@code \"}, {@code \\}, the
 * short escapes {@code \b \t \n \f \r}, {@code \}{@code u00XX} for the other C0 controls and DEL,
 * {@code \}{@code uXXXX} (upper-case hex) for every other character of
 * {@link TerminalText#mustEscape}, and everything else (other non-ASCII characters, surrogates)
 * as it is. Every record is written by its own method: a component added to a record must be added
 * here too ({@code JsonOutTest} compares fully filled records of every type with Jackson's text).
 */
public final class JsonOut {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out = new StringBuilder(4096);
    /** Nesting depth of the container being written (0: the top-level value). */
    private int depth;
    /** For each depth, whether its container has no member yet. */
    private boolean[] empty = new boolean[16];

    private JsonOut() { }

    /**
     * Writes {@code templint check}'s JSON report (the contract's) followed by a newline.
     *
     * @param report the report
     * @param out    where to write it
     * @throws IOException when {@code out} fails
     */
    public static void write(Report report, Appendable out) throws IOException {
        JsonOut w = new JsonOut();
        w.report(report);
        w.finish(out);
    }

    /**
     * Writes {@code templint parse}'s JSON report followed by a newline.
     *
     * @param report the report
     * @param out    where to write it
     * @throws IOException when {@code out} fails
     */
    public static void write(ParseReport report, Appendable out) throws IOException {
        JsonOut w = new JsonOut();
        w.parseReport(report);
        w.finish(out);
    }

    /**
     * Writes {@code templint rules --format json}: {@code {"rules": [...]}} followed by a newline.
     *
     * @param rules the rules, in order
     * @param out   where to write them
     * @throws IOException when {@code out} fails
     */
    public static void writeRules(List<RuleInfo> rules, Appendable out) throws IOException {
        JsonOut w = new JsonOut();
        w.open('{');
        w.field("rules");
        w.list(rules);
        w.close('}');
        w.finish(out);
    }

    private void finish(Appendable target) throws IOException {
        target.append(out).append('\n');
    }

    // ---- check's report ------------------------------------------------------------------------

    private void report(Report r) {
        if (isNull(r)) {
            return;
        }
        open('{');
        field("schemaVersion");
        number(r.schemaVersion());
        field("tool");
        if (!isNull(r.tool())) {
            open('{');
            field("name");
            string(r.tool().name());
            field("version");
            string(r.tool().version());
            close('}');
        }
        field("coderVersion");
        string(r.coderVersion());
        field("templates");
        list(r.templates());
        if (r.baselined() != null) {
            field("baselined");
            number(r.baselined());
        }
        close('}');
    }

    private void template(TemplateReport t) {
        if (isNull(t)) {
            return;
        }
        open('{');
        field("path");
        string(t.path());
        field("kind");
        string(t.kind() == null ? null : t.kind().label());
        field("task");
        task(t.task());
        field("unresolvedModules");
        unresolvedModules(t.unresolvedModules());
        field("agents");
        list(t.agents());
        field("sensitiveVariables");
        list(t.sensitiveVariables());
        field("diagnostics");
        list(t.diagnostics());
        field("resolvedModules");
        list(t.resolvedModules());
        close('}');
    }

    private void task(TaskReport t) {
        if (isNull(t)) {
            return;
        }
        open('{');
        field("capable");
        bool(t.capable());
        field("summary");
        string(t.summary());
        field("aiTasks");
        list(t.aiTasks());
        field("promptParameter");
        sourceRef(t.promptParameter());
        field("sidebarApp");
        sidebarApp(t.sidebarApp());
        field("sidebarAppFrom");
        string(t.sidebarAppFrom());
        field("unresolvedModules");
        unresolvedModules(t.unresolvedModules());
        field("compatibility");
        list(t.compatibility());
        close('}');
    }

    private void sourceRef(SourceRef s) {
        if (isNull(s)) {
            return;
        }
        open('{');
        field("address");
        string(s.address());
        field("file");
        string(s.file());
        field("line");
        number(s.line());
        close('}');
    }

    private void sidebarApp(SidebarApp a) {
        if (isNull(a)) {
            return;
        }
        open('{');
        field("address");
        string(a.address());
        field("slug");
        string(a.slug());
        field("displayName");
        string(a.displayName());
        field("agent");
        string(a.agent());
        field("expression");
        string(a.expression());
        if (a.url() != null) {
            field("url");
            string(a.url());
        }
        if (a.command() != null) {
            field("command");
            string(a.command());
        }
        field("file");
        string(a.file());
        field("line");
        number(a.line());
        field("planned");
        bool(a.planned());
        close('}');
    }

    private void unresolvedModules(List<UnresolvedModule> modules) {
        list(modules);
    }

    private void unresolvedModule(UnresolvedModule m) {
        if (isNull(m)) {
            return;
        }
        open('{');
        field("address");
        string(m.address());
        field("source");
        string(m.source());
        field("version");
        string(m.version());
        field("reason");
        string(m.reason());
        close('}');
    }

    private void compatibility(Compatibility c) {
        if (isNull(c)) {
            return;
        }
        open('{');
        field("coder");
        string(c.coder());
        field("capable");
        bool(c.capable());
        field("reason");
        string(c.reason());
        close('}');
    }

    private void agent(AgentReport a) {
        if (isNull(a)) {
            return;
        }
        open('{');
        field("address");
        string(a.address());
        field("name");
        string(a.name());
        field("envComplete");
        bool(a.envComplete());
        field("envMayComeFrom");
        strings(a.envMayComeFrom());
        field("env");
        list(a.env());
        close('}');
    }

    private void envEntry(EnvEntry e) {
        if (isNull(e)) {
            return;
        }
        open('{');
        field("name");
        string(e.name());
        field("value");
        string(e.value());
        field("expression");
        string(e.expression());
        field("sensitive");
        bool(e.sensitive());
        field("source");
        string(e.source());
        field("file");
        string(e.file());
        field("line");
        number(e.line());
        field("planned");
        bool(e.planned());
        if (e.mergeStrategy() != null) {
            field("mergeStrategy");
            string(e.mergeStrategy());
        }
        close('}');
    }

    private void sensitiveVariable(SensitiveVariable v) {
        if (isNull(v)) {
            return;
        }
        open('{');
        field("address");
        string(v.address());
        field("name");
        string(v.name());
        field("file");
        string(v.file());
        field("line");
        number(v.line());
        field("hasDefault");
        bool(v.hasDefault());
        field("usedBy");
        strings(v.usedBy());
        close('}');
    }

    private void finding(Finding f) {
        if (isNull(f)) {
            return;
        }
        open('{');
        field("rule");
        string(f.rule());
        field("severity");
        severity(f.severity());
        field("message");
        string(f.message());
        field("file");
        string(f.file());
        span(f.line(), f.column(), f.endLine(), f.endColumn());
        field("suppressed");
        bool(f.suppressed());
        if (f.suppressionReason() != null) {
            field("suppressionReason");
            string(f.suppressionReason());
        }
        field("fingerprint");
        string(f.fingerprint());
        if (f.related() != null && !f.related().isEmpty()) {
            field("related");
            list(f.related());
        }
        if (f.fix() != null) {
            field("fix");
            fix(f.fix());
        }
        close('}');
    }

    private void related(Finding.Related r) {
        if (isNull(r)) {
            return;
        }
        open('{');
        field("message");
        string(r.message());
        field("file");
        string(r.file());
        span(r.line(), r.column(), r.endLine(), r.endColumn());
        close('}');
    }

    private void replacement(Fix.Replacement r) {
        if (isNull(r)) {
            return;
        }
        open('{');
        field("file");
        string(r.file());
        span(r.line(), r.column(), r.endLine(), r.endColumn());
        field("byteOffset");
        number(r.byteOffset());
        field("byteLength");
        number(r.byteLength());
        field("insertedText");
        string(r.insertedText());
        close('}');
    }

    private void fix(Fix f) {
        open('{');
        field("description");
        string(f.description());
        field("applied");
        bool(f.applied());
        field("replacements");
        list(f.replacements());
        close('}');
    }

    private void resolvedModule(ResolvedModule m) {
        if (isNull(m)) {
            return;
        }
        open('{');
        field("address");
        string(m.address());
        field("source");
        string(m.source());
        field("constraint");
        string(m.constraint());
        field("version");
        string(m.version());
        field("resolvedFrom");
        string(m.resolvedFrom());
        field("catalogDate");
        string(m.catalogDate());
        field("exact");
        bool(m.exact());
        close('}');
    }

    // ---- parse's report and the rule list ------------------------------------------------------

    private void parseReport(ParseReport r) {
        if (isNull(r)) {
            return;
        }
        open('{');
        field("files");
        list(r.files());
        close('}');
    }

    private void fileResult(ParseReport.FileResult f) {
        if (isNull(f)) {
            return;
        }
        open('{');
        field("file");
        string(f.file());
        field("diagnostics");
        list(f.diagnostics());
        close('}');
    }

    private void entry(ParseReport.Entry e) {
        if (isNull(e)) {
            return;
        }
        open('{');
        field("rule");
        string(e.rule());
        field("severity");
        severity(e.severity());
        field("message");
        string(e.message());
        span(e.line(), e.column(), e.endLine(), e.endColumn());
        close('}');
    }

    private void rule(RuleInfo r) {
        if (isNull(r)) {
            return;
        }
        open('{');
        field("id");
        string(r.id());
        field("defaultSeverity");
        severity(r.defaultSeverity());
        field("summary");
        string(r.summary());
        field("description");
        string(r.description());
        field("helpUri");
        string(r.helpUri());
        field("fixable");
        bool(r.fixable());
        field("enabledByDefault");
        bool(r.enabledByDefault());
        close('}');
    }

    // ---- layout --------------------------------------------------------------------------------

    /** Starts an object or array ({@code c} is its opening bracket). */
    private void open(char c) {
        out.append(c);
        depth++;
        if (depth == empty.length) {
            empty = java.util.Arrays.copyOf(empty, depth * 2);
        }
        empty[depth] = true;
    }

    /** Ends the current object or array: on a line of its own unless it is empty. */
    private void close(char c) {
        boolean wasEmpty = empty[depth];
        depth--;
        if (!wasEmpty) {
            newline();
        }
        out.append(c);
    }

    /** Before an array element: the separator, a new line and the indentation. */
    private void item() {
        if (!empty[depth]) {
            out.append(',');
        }
        empty[depth] = false;
        newline();
    }

    /** An object member's name (plain ASCII: the records' component names) and {@code ": "}. */
    private void field(String name) {
        item();
        out.append('"').append(name).append("\": ");
    }

    private void newline() {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** Writes {@code null} when {@code value} is null, and says whether it did. */
    private boolean isNull(Object value) {
        if (value == null) {
            out.append("null");
            return true;
        }
        return false;
    }

    /** Starts an array for {@code list}, or writes {@code null}; true when the caller writes the elements and closes it. */
    private boolean array(List<?> list) {
        if (isNull(list)) {
            return false;
        }
        open('[');
        return true;
    }

    // ---- values --------------------------------------------------------------------------------

    private void strings(List<String> list) {
        list(list);
    }

    /** The four position fields of a finding, a related location, a fix's replacement or a syntax error. */
    private void span(int line, int column, int endLine, int endColumn) {
        field("line");
        number(line);
        field("column");
        number(column);
        field("endLine");
        number(endLine);
        field("endColumn");
        number(endColumn);
    }

    /** An array of report values, each written by the method for its type; or {@code null}. */
    private void list(List<?> values) {
        if (array(values)) {
            for (Object v : values) {
                item();
                element(v);
            }
            close(']');
        }
    }

    /** One element of a report list (a type test per record type: no lambda to link at start-up). */
    private void element(Object v) {
        if (v == null || v instanceof String) {
            string((String) v);
        } else if (v instanceof Finding f) {
            finding(f);
        } else if (v instanceof TemplateReport t) {
            template(t);
        } else if (v instanceof ParseReport.FileResult f) {
            fileResult(f);
        } else if (v instanceof ParseReport.Entry e) {
            entry(e);
        } else if (v instanceof Finding.Related r) {
            related(r);
        } else if (v instanceof AgentReport a) {
            agent(a);
        } else if (v instanceof EnvEntry e) {
            envEntry(e);
        } else if (v instanceof SensitiveVariable sv) {
            sensitiveVariable(sv);
        } else if (v instanceof SourceRef r) {
            sourceRef(r);
        } else if (v instanceof UnresolvedModule m) {
            unresolvedModule(m);
        } else if (v instanceof ResolvedModule m) {
            resolvedModule(m);
        } else if (v instanceof Compatibility c) {
            compatibility(c);
        } else if (v instanceof Fix.Replacement r) {
            replacement(r);
        } else if (v instanceof RuleInfo r) {
            rule(r);
        } else {
            throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
        }
    }

    private void severity(Severity s) {
        string(s == null ? null : s.label());
    }

    private void number(int n) {
        out.append(n);
    }

    private void number(Integer n) {
        if (!isNull(n)) {
            out.append(n.intValue());
        }
    }

    private void bool(boolean b) {
        out.append(b);
    }

    private void bool(Boolean b) {
        if (!isNull(b)) {
            out.append(b.booleanValue());
        }
    }

    /** A JSON string, escaped as {@link Json}'s {@code ReaderSafeEscapes}: see the class comment. */
    private void string(String s) {
        if (isNull(s)) {
            return;
        }
        out.append('"');
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                if (c != '"' && c != '\\') {
                    continue;
                }
            } else if (c >= 0x80 && !TerminalText.mustEscape(c)) {
                continue;
            }
            out.append(s, start, i);
            start = i + 1;
            out.append('\\');
            switch (c) {
                case '"', '\\' -> out.append(c);
                case '\b' -> out.append('b');
                case '\t' -> out.append('t');
                case '\n' -> out.append('n');
                case '\f' -> out.append('f');
                case '\r' -> out.append('r');
                default -> out.append('u').append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
                    .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        out.append(s, start, n).append('"');
    }
}
