package io.templint.cli;

import io.templint.api.Report;
import io.templint.report.SourceLookup;
import java.util.Objects;

/**
 * What an {@link Analyzer} returns.
 *
 * @param report  the report of every template
 * @param sources the text of every file the report names (by {@code Finding.file()}), for code frames
 */
record AnalysisResult(Report report, SourceLookup sources) {
    public AnalysisResult {
        Objects.requireNonNull(report, "report");
        sources = sources == null ? SourceLookup.none() : sources;
    }
}
