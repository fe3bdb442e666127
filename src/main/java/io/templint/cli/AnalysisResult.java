package io.templint.cli;

import io.templint.api.Report;
import io.templint.report.SourceLookup;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link Analyzer} returns.
 *
 * @param report   the report of every template, those that could not be read included
 * @param sources  the text of every file the report names (by {@code Finding.file()}), for code frames
 * @param failures one message per template that could not be read at all (a corrupt or unsafe
 *                 archive, a source over the limits), in input order: the run exits with status 2
 */
record AnalysisResult(Report report, SourceLookup sources, List<String> failures) {
    public AnalysisResult {
        Objects.requireNonNull(report, "report");
        sources = sources == null ? SourceLookup.none() : sources;
        failures = List.copyOf(failures);
    }

    /** A result in which every template could be read. */
    AnalysisResult(Report report, SourceLookup sources) {
        this(report, sources, List.of());
    }
}
