package io.templint.report;

import io.templint.api.Severity;
import java.util.List;

/**
 * The report of {@code templint parse}: every file given, in order, with its syntax diagnostics.
 *
 * @param files one entry per file
 */
public record ParseReport(List<FileResult> files) {

    public ParseReport {
        files = List.copyOf(files);
    }

    /** Whether any file has a syntax error. */
    public boolean hasErrors() {
        return files.stream().anyMatch(f -> f.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR));
    }

    /**
     * One parsed file.
     *
     * @param file        the file as given
     * @param diagnostics its syntax diagnostics, in source order
     */
    public record FileResult(String file, List<Entry> diagnostics) {
        public FileResult {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * One syntax diagnostic; positions are 1-based, the end exclusive.
     *
     * @param rule     always {@code syntax}
     * @param severity error or warning
     * @param message  {@code summary; detail}
     */
    public record Entry(String rule, Severity severity, String message, int line, int column,
                        int endLine, int endColumn) {
    }
}
