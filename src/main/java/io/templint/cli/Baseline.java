package io.templint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.templint.api.Finding;
import io.templint.api.Report;
import io.templint.api.TemplateReport;
import io.templint.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The findings a repository already has, recorded so that later runs report only new ones
 * ({@code templint check --write-baseline FILE}, {@code --baseline FILE}).
 *
 * <p>A finding is known when the baseline holds its file and its fingerprint. The file is written
 * relative to the baseline file's folder, so the baseline matches whatever folder templint is run
 * from; the fingerprint ignores lines added or removed elsewhere in the file. Syntax errors and
 * suppressed findings are never recorded. The file is JSON, sorted, one finding per entry, meant to
 * be committed:
 * <pre>
 * { "templintBaseline": 1,
 *   "findings": [ { "file": "templates/a/main.tf", "rule": "...", "fingerprint": "...", "message": "..." } ] }
 * </pre>
 */
final class Baseline {

    /** The format version written in {@code templintBaseline}. */
    static final int VERSION = 1;

    /** One known finding. */
    record Entry(String file, String rule, String fingerprint, String message) {
        String key() {
            return file + "\u0000" + fingerprint;
        }
    }

    private final List<Entry> entries;
    private final Set<String> keys = new HashSet<>();

    private Baseline(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::file).thenComparing(Entry::rule).thenComparing(Entry::fingerprint));
        this.entries = List.copyOf(sorted);
        this.entries.forEach(e -> keys.add(e.key()));
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * The findings of {@code report} that a baseline records: every active, non-syntax finding
     * with a fingerprint.
     *
     * @param workingDir where the report's relative file names start
     * @param folder     the baseline file's folder
     */
    static Baseline of(Report report, Path workingDir, Path folder) {
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TemplateReport t : report.templates()) {
            for (Finding f : t.diagnostics()) {
                if (recordable(f)) {
                    Entry e = new Entry(relative(f.file(), workingDir, folder), f.rule(), f.fingerprint(), f.message());
                    if (seen.add(e.key())) {
                        out.add(e);
                    }
                }
            }
        }
        return new Baseline(out);
    }

    private static boolean recordable(Finding f) {
        return !f.suppressed() && f.fingerprint() != null && !"syntax".equals(f.rule());
    }

    /**
     * {@code report} without the findings this baseline knows, and with their number in
     * {@link Report#baselined()}.
     */
    Report filter(Report report, Path workingDir, Path folder) {
        int hidden = 0;
        List<TemplateReport> templates = new ArrayList<>(report.templates().size());
        for (TemplateReport t : report.templates()) {
            List<Finding> kept = new ArrayList<>(t.diagnostics().size());
            for (Finding f : t.diagnostics()) {
                if (recordable(f) && keys.contains(relative(f.file(), workingDir, folder) + "\u0000" + f.fingerprint())) {
                    hidden++;
                } else {
                    kept.add(f);
                }
            }
            templates.add(kept.size() == t.diagnostics().size() ? t : t.withDiagnostics(kept));
        }
        return new Report(report.schemaVersion(), report.tool(), report.coderVersion(), templates, hidden);
    }

    /** A finding's file relative to the baseline's folder, with {@code /} separators. */
    static String relative(String file, Path workingDir, Path folder) {
        if (file == null) {
            return "";
        }
        try {
            Path abs = workingDir.resolve(file).toAbsolutePath().normalize();
            Path base = folder.toAbsolutePath().normalize();
            Path rel = abs.startsWith(base) || abs.getRoot() != null && abs.getRoot().equals(base.getRoot())
                ? base.relativize(abs) : abs;
            return rel.toString().replace('\\', '/');
        } catch (IllegalArgumentException e) { // InvalidPathException too
            return file; // not a path on this system (e.g. a name inside an archive): compare as written
        }
    }

    /** The JSON text of the baseline file. */
    String toJson() {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("templintBaseline", VERSION);
        ArrayNode list = root.putArray("findings");
        for (Entry e : entries) {
            ObjectNode n = list.addObject();
            n.put("file", e.file());
            n.put("rule", e.rule());
            n.put("fingerprint", e.fingerprint());
            n.put("message", e.message());
        }
        StringBuilder out = new StringBuilder();
        try {
            Json.writePretty(root, out);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    /** Writes the baseline to {@code file}; {@code name} is how the user wrote it. */
    void write(Path file, String name) {
        try {
            Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new CliException(name + ": cannot write the baseline: " + Messages.of(e), e);
        }
    }

    /**
     * Reads a baseline file.
     *
     * @throws CliException naming the file when it is missing, unreadable or not a baseline
     */
    static Baseline read(Path file, String name) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliException(name + ": no such baseline file (write one with --write-baseline)", e);
        } catch (IOException | RuntimeException e) {
            throw new CliException(name + ": cannot read the baseline file: " + Messages.of(e), e);
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                ? ":" + j.getLocation().getLineNr() + ":" + j.getLocation().getColumnNr() : "";
            throw new CliException(name + where + ": not a templint baseline: the file is not valid JSON", e);
        }
        if (root == null || !root.isObject() || !root.path("templintBaseline").isInt()) {
            throw bad(name, "expected an object with \"templintBaseline\": " + VERSION);
        }
        if (root.get("templintBaseline").intValue() != VERSION) {
            throw bad(name, "version " + root.get("templintBaseline").intValue() + " is not supported (expected "
                + VERSION + ")");
        }
        JsonNode findings = root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw bad(name, "expected a \"findings\" array");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode n = findings.get(i);
            String path = text(n, "file");
            String rule = text(n, "rule");
            String fingerprint = text(n, "fingerprint");
            if (path == null || rule == null || fingerprint == null) {
                throw bad(name, "findings[" + i + "] needs the strings \"file\", \"rule\" and \"fingerprint\"");
            }
            entries.add(new Entry(path, rule, fingerprint, Objects.requireNonNullElse(text(n, "message"), "")));
        }
        return new Baseline(entries);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    private static CliException bad(String name, String why) {
        return new CliException(name + ": not a templint baseline: " + why);
    }
}
