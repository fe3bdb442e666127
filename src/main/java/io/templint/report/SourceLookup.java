package io.templint.report;

import io.templint.hcl.SourceFile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds the source text of a file by the path a report uses for it ({@code Finding.file()}), so
 * formatters can show code frames without reading anything themselves.
 */
@FunctionalInterface
public interface SourceLookup {

    /** The file the report calls {@code file}, or null when its text is not available. */
    SourceFile find(String file);

    /** A lookup that knows no file. */
    static SourceLookup none() {
        return file -> null;
    }

    /** A lookup over a fixed map from report path to source. */
    static SourceLookup of(Map<String, SourceFile> files) {
        Map<String, SourceFile> copy = new LinkedHashMap<>(files);
        return copy::get;
    }
}
