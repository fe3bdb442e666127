package io.templint.report;

import io.templint.api.Finding;
import io.templint.api.Report;
import java.io.IOException;

/** One line a finding, {@code file:line:col: severity: message [rule]}, for editors and grep. */
final class CompactFormatter implements Formatter {

    @Override
    public String name() {
        return "compact";
    }

    @Override
    public String description() {
        return "one line a finding: file:line:col: severity: message [rule]";
    }

    @Override
    public void write(Report report, ReportContext context, Appendable out) throws IOException {
        for (Finding f : Findings.active(Findings.all(report))) {
            out.append(TerminalText.safe(Findings.location(f))).append(": ").append(f.severity().label())
                .append(": ").append(TerminalText.safe(f.message())).append(" [")
                .append(TerminalText.safe(f.rule())).append("]\n");
        }
    }
}
