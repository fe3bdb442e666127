package io.templint.rules.testing;

/**
 * One finding a fixture expects, read from a {@code # expect:} marker.
 *
 * @param file            the fixture file's name inside its template
 * @param line            the line the finding must start on
 * @param ruleId          the rule id it must have
 * @param messageContains a substring its message must contain, or null for any message
 * @param markerLine      the line of the marker itself, for error messages
 */
public record Expectation(String file, int line, String ruleId, String messageContains, int markerLine) {

    /** Whether a finding with these properties satisfies this expectation. */
    boolean matches(String findingFile, int findingLine, String findingRule, String message) {
        return file.equals(findingFile) && line == findingLine && ruleId.equals(findingRule)
            && (messageContains == null || message.contains(messageContains));
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + ruleId + (messageContains == null ? "" : " \"" + messageContains + "\"")
            + " (marker on line " + markerLine + ")";
    }
}
