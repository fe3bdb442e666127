package io.templint.report;

import io.templint.api.Severity;
import io.templint.hcl.SourceFile;
import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * The human-readable form of one diagnostic, shared by {@code check}'s text format and
 * {@code parse}'s: {@code file:line:col: severity: message}, an optional suffix, and a code frame
 * when the source is at hand.
 */
final class DiagnosticText {

    private DiagnosticText() { }

    /**
     * Writes the diagnostic's line and code frame.
     *
     * @param suffix appended to the first line, e.g. {@code " [rule]"}; may be empty
     * @param source the file's text, or null for no code frame
     * @param redact masks secrets in each line of the code frame ({@link SourceRedaction})
     */
    static void write(String file, int line, int column, int endLine, int endColumn, Severity severity,
                      String message, String suffix, SourceFile source, UnaryOperator<String> redact, Style style,
                      Appendable out)
        throws IOException {
        out.append(style.bold(TerminalText.safe(file + ":" + line + ":" + column))).append(": ")
            .append(style.severity(severity, severity.label())).append(": ")
            .append(TerminalText.safe(message)).append(suffix.isEmpty() ? "" : style.dim(TerminalText.safe(suffix)))
            .append('\n');
        if (source != null) {
            out.append(CodeFrame.render(source, line, column, endLine, endColumn, severity, style, redact));
        }
    }
}
