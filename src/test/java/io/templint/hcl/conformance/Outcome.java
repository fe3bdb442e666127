package io.templint.hcl.conformance;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.SourceFile;
import java.util.List;

/**
 * What templint made of one conformance case, judged against the reference.
 *
 * @param testCase   the case
 * @param source     the bytes read (empty when the file could not be read)
 * @param errors     whether templint reported an error
 * @param firstError templint's first error diagnostic, or null
 * @param treeDiffs  differences from the reference tree (empty when equal or not judged)
 * @param crash      why the parser produced no result (an exception escaped, or it timed out); null
 *                   when it returned normally
 */
public record Outcome(ConformanceCase testCase, SourceFile source, boolean errors, Diagnostic firstError,
                      List<JsonDiff.Difference> treeDiffs, String crash) {

    public Outcome {
        treeDiffs = List.copyOf(treeDiffs);
    }

    /** The line of templint's first error, or 0 when there is none or it has no location. */
    public int firstErrorLine() {
        return firstError == null || firstError.subject() == null ? 0 : firstError.subject().startLine();
    }

    /** The text of a 1-based line of the input, trimmed and cut to 100 characters. */
    public String lineText(int line) {
        String t = source.lineText(line).strip();
        return t.length() <= 100 ? t : t.substring(0, 97) + "...";
    }
}
