package io.templint.report;

import io.templint.api.Finding;
import io.templint.api.Report;
import io.templint.api.Severity;
import io.templint.api.TemplateReport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small queries over the findings of a report that several formatters share. */
public final class Findings {

    private Findings() { }

    /** Every finding of every template, in report order. */
    public static List<Finding> all(Report report) {
        List<Finding> all = new ArrayList<>();
        for (TemplateReport t : report.templates()) {
            all.addAll(t.diagnostics());
        }
        return all;
    }

    /**
     * The findings that count: those no {@code templint-ignore} comment silenced and {@code --fix} did
     * not fix.
     */
    public static List<Finding> active(List<Finding> findings) {
        return findings.stream().filter(f -> !f.suppressed() && !f.fixed()).toList();
    }

    /** How many active findings there are of each severity (every severity present, maybe 0). */
    public static Map<Severity, Integer> countBySeverity(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : active(findings)) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return counts;
    }

    /** {@code "2 errors, 1 warning, 0 notices"}. */
    public static String summary(List<Finding> findings) {
        Map<Severity, Integer> c = countBySeverity(findings);
        return plural(c.get(Severity.ERROR), "error") + ", " + plural(c.get(Severity.WARNING), "warning")
            + ", " + plural(c.get(Severity.NOTICE), "notice");
    }

    /** {@code file:line:col}. */
    public static String location(Finding f) {
        return f.file() + ":" + f.line() + ":" + f.column();
    }

    /** {@code "1 error"}, {@code "2 errors"}. */
    public static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
