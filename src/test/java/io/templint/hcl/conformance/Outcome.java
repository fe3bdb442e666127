package io.templint.hcl.conformance;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.SourceFile;
import java.util.List;

/**
 * What templint made of one conformance case, judged against the reference.
 *
 * @param testCase    the case
 * @param source      the bytes read (empty when the file could not be read)
 * @param diagnostics templint's diagnostics, in the order reported
 * @param treeDiffs   differences from the reference tree (empty when equal or not compared)
 * @param crash       why the parser produced no result (an exception escaped, or it timed out); null
 *                    when it returned normally
 */
public record Outcome(ConformanceCase testCase, SourceFile source, List<Diagnostic> diagnostics,
                      List<JsonDiff.Difference> treeDiffs, String crash) {

    public Outcome {
        diagnostics = List.copyOf(diagnostics);
        treeDiffs = List.copyOf(treeDiffs);
    }

    /** Whether templint reported an error. */
    public boolean errors() {
        return firstError() != null;
    }

    /** templint's first error diagnostic, or null. */
    public Diagnostic firstError() {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return d;
            }
        }
        return null;
    }

    /** How many errors templint reported. */
    public int errorCount() {
        return (int) diagnostics.stream().filter(Diagnostic::isError).count();
    }

    /** The ranges of templint's errors in the reference's shape, in order. */
    public List<com.fasterxml.jackson.databind.JsonNode> errorSubjects() {
        return diagnostics.stream().filter(Diagnostic::isError).map(d -> OracleShape.range(d.subject())).toList();
    }

    /** The line of templint's first error, or 0 when there is none or it has no location. */
    public int firstErrorLine() {
        Diagnostic d = firstError();
        return d == null || d.subject() == null ? 0 : d.subject().startLine();
    }

    /** The text of a 1-based line of the input, trimmed and cut to 100 characters. */
    public String lineText(int line) {
        String t = source.lineText(line).strip();
        return t.length() <= 100 ? t : t.substring(0, 97) + "...";
    }
}
