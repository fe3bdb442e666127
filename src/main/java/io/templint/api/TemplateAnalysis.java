package io.templint.api;

import io.templint.coder.CoderFacts;
import io.templint.hcl.SourceFile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The full result of analysing one template: its report entry, the Coder facts behind it (null
 * when the template could not be analysed that far), and the parsed sources by the path reports
 * show (for formats that quote code).
 *
 * @param report  the report entry
 * @param facts   the Coder facts, or null
 * @param sources every parsed file by its display path
 */
public record TemplateAnalysis(TemplateReport report, CoderFacts facts, Map<String, SourceFile> sources) {

    /**
     * Copies the sources into an unmodifiable map that keeps their order.
     *
     * @param report the report entry
     * @param facts the Coder facts, or null
     * @param sources every parsed file by its display path
     */
    public TemplateAnalysis {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }
}
