package io.templint.report;

import io.templint.api.Finding;
import io.templint.api.Severity;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import io.templint.hcl.Range;
import io.templint.rules.EngineRules;
import io.templint.rules.Fingerprints;
import java.util.function.UnaryOperator;
import java.util.ArrayList;
import java.util.List;

/** Turns the parser's {@link Diagnostic}s into report entries: findings of rule {@code syntax}. */
public final class SyntaxFindings {

    private static final String SYNTAX = EngineRules.SYNTAX.id();

    private SyntaxFindings() { }

    /** {@code summary; detail}, or the summary alone when there is no detail. */
    public static String message(Diagnostic d) {
        return d.detail().isEmpty() ? d.summary() : d.summary() + "; " + d.detail();
    }

    /** The report severity of a parser severity. */
    public static Severity severity(Diagnostic d) {
        return d.isError() ? Severity.ERROR : Severity.WARNING;
    }

    /**
     * Every diagnostic of a parsed file as a finding of rule {@code syntax}.
     *
     * @param file        the parsed file, named by its path inside the template
     * @param displayPath maps that name to the path a user would open
     */
    public static List<Finding> findings(HclFile file, UnaryOperator<String> displayPath) {
        List<Finding> out = new ArrayList<>();
        String display = displayPath.apply(file.name());
        for (Diagnostic d : file.diagnostics()) {
            Range r = d.subject();
            String subjectText = r == null ? "" : file.source().text(r);
            String message = message(d);
            out.add(new Finding(SYNTAX, severity(d), message, display,
                startLine(r), startColumn(r), endLine(r), endColumn(r), false, null,
                Fingerprints.of(SYNTAX, file.name(), "", message, subjectText), List.of()));
        }
        return out;
    }

    /** Every diagnostic of a parsed file as an entry of {@code templint parse}'s report. */
    public static ParseReport.FileResult parseResult(HclFile file, String displayFile) {
        List<ParseReport.Entry> entries = new ArrayList<>();
        for (Diagnostic d : file.diagnostics()) {
            Range r = d.subject();
            entries.add(new ParseReport.Entry(SYNTAX, severity(d), message(d),
                startLine(r), startColumn(r), endLine(r), endColumn(r)));
        }
        return new ParseReport.FileResult(displayFile, entries);
    }

    private static int startLine(Range r) {
        return r == null ? 1 : Math.max(1, r.startLine());
    }

    private static int startColumn(Range r) {
        return r == null ? 1 : Math.max(1, r.startColumn());
    }

    private static int endLine(Range r) {
        return r == null ? 1 : Math.max(startLine(r), r.endLine());
    }

    private static int endColumn(Range r) {
        if (r == null) {
            return 1;
        }
        return r.endLine() <= r.startLine() ? Math.max(startColumn(r), r.endColumn()) : Math.max(1, r.endColumn());
    }
}
