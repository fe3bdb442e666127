package io.templint.rules.testing;

/**
 * One finding a fixture expects, read from a {@code # expect:} marker.
 *
 * @param file            the fixture file's name inside its template
 * @param line            the line the finding must start on
 * @param column          the column the finding must start at: the marker's {@code @column}, else the
 *                        first non-blank character of the line
 * @param endLine         the line the finding must end on, or 0 when the marker does not say
 * @param endColumn       the column (exclusive) the finding must end at, or 0 when the marker does not say
 * @param ruleId          the rule id it must have
 * @param messageContains a substring its message must contain, or null for any message
 * @param markerLine      the line of the marker itself, for error messages
 */
public record Expectation(String file, int line, int column, int endLine, int endColumn, String ruleId,
                          String messageContains, int markerLine) {

    /** Whether a finding with these properties satisfies this expectation. */
    boolean matches(String findingFile, int findingLine, int findingColumn, int findingEndLine, int findingEndColumn,
                    String findingRule, String message) {
        return file.equals(findingFile) && line == findingLine && column == findingColumn
            && (endLine == 0 || endLine == findingEndLine && endColumn == findingEndColumn)
            && ruleId.equals(findingRule) && (messageContains == null || message.contains(messageContains));
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + (endLine == 0 ? "" : "-" + endLine + ":" + endColumn) + ": " + ruleId
            + (messageContains == null ? "" : " \"" + messageContains + "\"") + " (marker on line " + markerLine + ")";
    }
}
