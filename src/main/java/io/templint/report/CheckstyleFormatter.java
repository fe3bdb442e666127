package io.templint.report;

import io.templint.api.Finding;
import io.templint.api.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle's XML format, which many CI servers and review tools read: one {@code <file>} per
 * file with active findings, one {@code <error>} a finding ({@code source} is
 * {@code templint.RULE}; severity {@code notice} becomes checkstyle's {@code info}).
 */
final class CheckstyleFormatter implements Formatter {

    @Override
    public String name() {
        return "checkstyle";
    }

    @Override
    public String description() {
        return "Checkstyle XML, for CI servers and code review tools";
    }

    @Override
    public void write(Report report, ReportContext context, Appendable out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : Findings.active(Findings.all(report))) {
            byFile.computeIfAbsent(f.file() == null ? "" : f.file(), k -> new ArrayList<>()).add(f);
        }
        out.append(Xml.DECLARATION).append("<checkstyle version=\"4.3\">\n");
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            out.append("  <file name=\"").append(Xml.escape(e.getKey())).append("\">\n");
            for (Finding f : e.getValue()) {
                out.append("    <error line=\"").append(Integer.toString(f.line()))
                    .append("\" column=\"").append(Integer.toString(f.column()))
                    .append("\" severity=\"").append(switch (f.severity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        case NOTICE -> "info";
                    })
                    .append("\" message=\"").append(Xml.escape(f.message()))
                    .append("\" source=\"templint.").append(Xml.escape(f.rule())).append("\"/>\n");
            }
            out.append("  </file>\n");
        }
        out.append("</checkstyle>\n");
    }
}
