package io.templint.report;

import io.templint.api.Finding;
import io.templint.api.Severity;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import io.templint.hcl.Range;
import java.util.ArrayList;
import java.util.List;

/** Turns the parser's {@link Diagnostic}s into report entries: findings of rule {@code syntax}. */
public final class SyntaxFindings {

    private SyntaxFindings() { }

    /** {@code summary; detail}, or the summary alone when there is no detail. */
    public static String message(Diagnostic d) {
        return d.detail().isEmpty() ? d.summary() : d.summary() + "; " + d.detail();
    }

    /** The report severity of a parser severity. */
    public static Severity severity(Diagnostic d) {
        return d.isError() ? Severity.ERROR : Severity.WARNING;
    }

    /** Every diagnostic of a parsed file as a finding about {@code displayFile}. */
    public static List<Finding> findings(HclFile file, String displayFile) {
        List<Finding> out = new ArrayList<>();
        for (Diagnostic d : file.diagnostics()) {
            Range r = d.subject();
            String subjectText = r == null ? "" : file.source().text(r);
            String message = message(d);
            out.add(new Finding(RuleCatalog.SYNTAX.id(), severity(d), message, displayFile,
                startLine(r), startColumn(r), endLine(r), endColumn(r), false, null,
                Fingerprints.hash(RuleCatalog.SYNTAX.id(), displayFile, message, subjectText), List.of()));
        }
        return out;
    }

    /** Every diagnostic of a parsed file as an entry of {@code templint parse}'s report. */
    public static ParseReport.FileResult parseResult(HclFile file, String displayFile) {
        List<ParseReport.Entry> entries = new ArrayList<>();
        for (Diagnostic d : file.diagnostics()) {
            Range r = d.subject();
            entries.add(new ParseReport.Entry(RuleCatalog.SYNTAX.id(), severity(d), message(d),
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
