package io.templint.report;

import io.templint.api.Finding;
import io.templint.api.Report;
import io.templint.api.TemplateReport;
import java.io.IOException;
import java.util.List;

/**
 * JUnit XML, for CI servers that show test results: one {@code <testsuite>} a template, one
 * {@code <testcase>} a finding (a {@code <failure>}, or {@code <skipped>} when suppressed), and a
 * single passing test case for a template without findings.
 */
final class JunitFormatter implements Formatter {

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String description() {
        return "JUnit XML, for CI servers that show test results";
    }

    @Override
    public void write(Report report, ReportContext context, Appendable out) throws IOException {
        List<Finding> all = Findings.all(report);
        int failures = Findings.active(all).size();
        int tests = 0;
        for (TemplateReport t : report.templates()) {
            tests += Math.max(1, t.diagnostics().size());
        }
        out.append(Xml.DECLARATION).append("<testsuites name=\"templint\" tests=\"").append(Integer.toString(tests))
            .append("\" failures=\"").append(Integer.toString(failures)).append("\" errors=\"0\">\n");
        for (TemplateReport t : report.templates()) {
            writeSuite(t, out);
        }
        out.append("</testsuites>\n");
    }

    private static void writeSuite(TemplateReport t, Appendable out) throws IOException {
        List<Finding> findings = t.diagnostics();
        int failures = Findings.active(findings).size();
        int skipped = findings.size() - failures;
        String suite = Xml.escape(t.path());
        out.append("  <testsuite name=\"").append(suite)
            .append("\" tests=\"").append(Integer.toString(Math.max(1, findings.size())))
            .append("\" failures=\"").append(Integer.toString(failures))
            .append("\" errors=\"0\" skipped=\"").append(Integer.toString(skipped)).append("\">\n");
        if (findings.isEmpty()) {
            out.append("    <testcase classname=\"").append(suite).append("\" name=\"templint\"/>\n");
        }
        for (Finding f : findings) {
            String text = Findings.location(f) + ": " + f.severity().label() + ": " + f.message() + " [" + f.rule() + "]";
            out.append("    <testcase classname=\"").append(suite)
                .append("\" name=\"").append(Xml.escape(f.rule() + " " + Findings.location(f))).append("\">\n");
            if (f.suppressed()) {
                out.append("      <skipped message=\"").append(Xml.escape(
                    "suppressed" + (f.suppressionReason() == null ? "" : ": " + f.suppressionReason()))).append("\"/>\n");
            } else {
                out.append("      <failure type=\"").append(f.severity().label()).append("\" message=\"")
                    .append(Xml.escape(f.message())).append("\">").append(Xml.escape(text)).append("</failure>\n");
            }
            out.append("    </testcase>\n");
        }
        out.append("  </testsuite>\n");
    }
}
