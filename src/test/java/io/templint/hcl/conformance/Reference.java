package io.templint.hcl.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reference parser's verdict for one input: whether it reported errors, on which line its first
 * error is, and the tree it built. Parts that the reference data does not give are null and are
 * not judged.
 *
 * @param errors         whether the reference reported an error
 * @param firstErrorLine the line of the reference's first error diagnostic; null when it reported
 *                       none or when the data does not say
 * @param firstError     the reference's first error diagnostic as JSON, for reports; may be null
 * @param body           the reference's tree in the oracle shape; null when not given
 */
public record Reference(boolean errors, Integer firstErrorLine, JsonNode firstError, JsonNode body) {

    /** A verdict without a tree or error location (whole-file expressions judged from test data). */
    public static Reference verdictOnly(boolean errors) {
        return new Reference(errors, null, null, null);
    }

    /** The reference from one oracle line: {@code {"file", "errors", "diagnostics", "body"}}. */
    public static Reference fromOracle(JsonNode line) {
        JsonNode first = null;
        for (JsonNode d : line.path("diagnostics")) {
            if ("error".equals(d.path("severity").asText())) {
                first = d;
                break;
            }
        }
        Integer firstLine = null;
        if (first != null) {
            JsonNode subject = first.get("subject");
            firstLine = subject != null && subject.isArray() && subject.size() == 6 ? subject.get(0).asInt() : 0;
        }
        return new Reference(line.path("errors").asBoolean(), firstLine, first, line.get("body"));
    }
}
