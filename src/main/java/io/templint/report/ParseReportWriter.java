package io.templint.report;

import io.templint.hcl.SourceFile;
import java.io.IOException;
import java.util.List;

/** Writes {@code templint parse}'s report as {@code text} or {@code json}. */
public final class ParseReportWriter {

    /** The formats {@code templint parse} supports. */
    public static final List<String> FORMATS = List.of("text", "json");

    private ParseReportWriter() { }

    /** JSON: {@code {"files": [{"file": ..., "diagnostics": [...]}]}}. */
    public static void writeJson(ParseReport report, Appendable out) throws IOException {
        JsonOut.write(report, out);
    }

    /**
     * Text: for each diagnostic {@code file:line:col: severity: summary; detail} and a code frame;
     * nothing for a file without diagnostics.
     */
    public static void writeText(ParseReport report, SourceLookup sources, Style style, Appendable out)
        throws IOException {
        for (ParseReport.FileResult file : report.files()) {
            SourceFile source = sources.find(file.file());
            for (ParseReport.Entry d : file.diagnostics()) {
                DiagnosticText.write(file.file(), d.line(), d.column(), d.endLine(), d.endColumn(), d.severity(),
                    d.message(), "", source, SourceRedaction.ANY_SOURCE, style, out);
            }
        }
    }
}
