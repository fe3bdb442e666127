package io.templint.hcl.conformance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-corpus agreement figures, and the outcomes that disagree. Thread-safe. */
public final class Scoreboard {

    /** Counts for one corpus. */
    public static final class Tally {
        private int files;
        private final Map<Metric, int[]> judged = new EnumMap<>(Metric.class);

        Tally() {
            for (Metric m : Metric.values()) {
                judged.put(m, new int[2]); // [judged, agreed]
            }
        }

        public int files() {
            return files;
        }

        public int judged(Metric m) {
            return judged.get(m)[0];
        }

        public int agreed(Metric m) {
            return judged.get(m)[1];
        }
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final List<Outcome> mismatches = new ArrayList<>();

    /** Records one outcome; it is kept when it disagrees on any metric, asserted or not. */
    public synchronized void record(Outcome o) {
        Tally t = tallies.computeIfAbsent(o.testCase().corpus(), k -> new Tally());
        t.files++;
        boolean disagrees = false;
        for (Metric m : Metric.values()) {
            Boolean ok = m.judge(o);
            if (ok != null) {
                t.judged.get(m)[0]++;
                if (ok) {
                    t.judged.get(m)[1]++;
                } else {
                    disagrees = true;
                }
            }
        }
        if (disagrees) {
            mismatches.add(o);
        }
    }

    public synchronized Map<String, Tally> tallies() {
        return new LinkedHashMap<>(tallies);
    }

    public synchronized List<Outcome> mismatches() {
        return new ArrayList<>(mismatches);
    }

    public synchronized boolean isEmpty() {
        return tallies.isEmpty();
    }

    /** The summary table of the asserted metrics: per corpus, files and agreement rates (with counts). */
    public String table() {
        return table(Metric.assertedMetrics());
    }

    /** A summary table of the given metrics. */
    public synchronized String table(List<Metric> metrics) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("| %-22s | %6s |", "corpus", "files"));
        for (Metric m : metrics) {
            sb.append(String.format(" %-17s |", m == Metric.TREE ? "tree-equality" : m.label()));
        }
        sb.append("\n|------------------------|-------:|");
        sb.append("-------------------|".repeat(metrics.size())).append('\n');
        Tally total = new Tally();
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            row(sb, e.getKey(), e.getValue(), metrics);
            total.files += e.getValue().files;
            for (Metric m : Metric.values()) {
                total.judged.get(m)[0] += e.getValue().judged(m);
                total.judged.get(m)[1] += e.getValue().agreed(m);
            }
        }
        row(sb, "all", total, metrics);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Tally t, List<Metric> metrics) {
        sb.append(String.format("| %-22s | %6d |", name, t.files));
        for (Metric m : metrics) {
            sb.append(String.format(" %-17s |", rate(t, m)));
        }
        sb.append('\n');
    }

    private static String rate(Tally t, Metric m) {
        int n = t.judged(m);
        if (n == 0) {
            return "n/a";
        }
        return String.format("%6.2f%% %4d/%-4d", 100.0 * t.agreed(m) / n, t.agreed(m), n).strip();
    }
}
