package io.templint.report;

import io.templint.api.Finding;
import io.templint.api.Report;
import java.io.IOException;

/**
 * GitHub Actions workflow commands, which annotate the pull request's diff:
 * {@code ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message}. Property values
 * and the message are escaped as GitHub's toolkit does ({@code %}, CR, LF; in properties also
 * {@code :} and {@code ,}), after showing other control characters and bidirectional controls as
 * {@code \\uXXXX} (a file whose name holds one is then named as shown, not as on disk). Severity
 * {@code notice} is GitHub's {@code notice}.
 */
final class GithubFormatter implements Formatter {

    @Override
    public String name() {
        return "github";
    }

    @Override
    public String description() {
        return "GitHub Actions annotations (workflow commands)";
    }

    @Override
    public void write(Report report, ReportContext context, Appendable out) throws IOException {
        for (Finding f : Findings.active(Findings.all(report))) {
            out.append("::").append(f.severity().label()).append(' ');
            if (f.file() != null) {
                out.append("file=").append(property(f.file()));
                if (f.line() >= 1) {
                    out.append(",line=").append(Integer.toString(f.line()))
                        .append(",col=").append(Integer.toString(f.column()))
                        .append(",endLine=").append(Integer.toString(Math.max(f.line(), f.endLine())))
                        .append(",endColumn=").append(Integer.toString(f.endColumn()));
                }
                out.append(',');
            }
            out.append("title=").append(property("templint " + f.rule()))
                .append("::").append(data(f.message())).append('\n');
        }
    }

    /**
     * Escapes a command's message: control characters and bidirectional controls are shown as
     * {@code \\uXXXX} ({@link TerminalText#safeLines}: the log and the annotation show what a
     * reviewer would otherwise not see), then {@code %} and newlines as GitHub's toolkit does.
     */
    static String data(String s) {
        return TerminalText.safeLines(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command property's value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
