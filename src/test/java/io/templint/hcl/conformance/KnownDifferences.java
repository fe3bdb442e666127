package io.templint.hcl.conformance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accepted differences from the reference, parsed from lines {@code corpus/file | metric | reason}
 * (blank lines and lines starting with {@code #} are ignored). Every entry must name a real
 * difference: one that no longer occurs is reported as stale, so the list stays honest.
 */
public final class KnownDifferences {

    /** One accepted difference. */
    public record Entry(String caseId, Metric metric, String reason) { }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private KnownDifferences() { }

    /** Parses the list; a malformed or duplicate line is an error in the test itself. */
    public static KnownDifferences parse(String text) {
        KnownDifferences known = new KnownDifferences();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            if (parts.length != 3 || parts[2].isBlank()) {
                throw new IllegalArgumentException("known difference needs 'file | metric | reason': " + line);
            }
            Entry e = new Entry(parts[0].strip(), Metric.byLabel(parts[1].strip()), parts[2].strip());
            if (!e.metric().asserted()) {
                throw new IllegalArgumentException(e.metric().label() + " is reported, not asserted: " + line);
            }
            if (known.entries.put(key(e.caseId(), e.metric()), e) != null) {
                throw new IllegalArgumentException("duplicate known difference: " + line);
            }
        }
        return known;
    }

    /** The entry for this case and metric, or null. */
    public Entry find(String caseId, Metric metric) {
        return entries.get(key(caseId, metric));
    }

    /** All entries of the corpora named. */
    public Set<Entry> ofCorpora(Set<String> corpora) {
        return entries.values().stream()
            .filter(e -> corpora.stream().anyMatch(c -> e.caseId().startsWith(c + "/")))
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String key(String caseId, Metric metric) {
        return caseId + "|" + metric.label();
    }
}
