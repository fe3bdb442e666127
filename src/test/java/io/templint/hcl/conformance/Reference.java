package io.templint.hcl.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference parser's verdict for one input: whether it reported errors, its first error, how
 * many, and the tree it built. Parts that the reference data does not give are null and are not
 * judged.
 *
 * @param errors         whether the reference reported an error
 * @param firstErrorLine the line of the reference's first error diagnostic; null when it reported
 *                       none or when the data does not say
 * @param firstError     the reference's first error diagnostic as JSON; null as for firstErrorLine
 * @param errorSubjects  the ranges of the reference's errors, in order (JSON null for an error
 *                       without one); null when the data does not say
 * @param body           the reference's tree in the oracle shape; null when not given
 * @param errorCount     how many errors the reference reported; null when the data does not say
 */
public record Reference(boolean errors, Integer firstErrorLine, JsonNode firstError,
                        List<JsonNode> errorSubjects, JsonNode body, Integer errorCount) {

    /** A verdict without a tree or error location (whole-file expressions judged from test data). */
    public static Reference verdictOnly(boolean errors) {
        return new Reference(errors, null, null, null, null, null);
    }

    /**
     * A verdict with the number of errors but without their locations (whole-file expressions whose
     * test data gives the number of diagnostics).
     */
    public static Reference counted(int errorCount) {
        return new Reference(errorCount > 0, null, null, null, null, errorCount);
    }

    /** The reference from one oracle line: {@code {"file", "errors", "diagnostics", "body"}}. */
    public static Reference fromOracle(JsonNode line) {
        JsonNode first = null;
        List<JsonNode> subjects = new ArrayList<>();
        for (JsonNode d : line.path("diagnostics")) {
            if ("error".equals(d.path("severity").asText())) {
                subjects.add(d.path("subject"));
                if (first == null) {
                    first = d;
                }
            }
        }
        Integer firstLine = null;
        if (first != null) {
            JsonNode subject = first.get("subject");
            firstLine = subject != null && subject.isArray() && subject.size() == 6 ? subject.get(0).asInt() : 0;
        }
        return new Reference(line.path("errors").asBoolean(), firstLine, first, List.copyOf(subjects),
            line.get("body"), subjects.size());
    }
}
