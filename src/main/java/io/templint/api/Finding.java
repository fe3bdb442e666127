package io.templint.api;

import java.util.List;

/**
 * One diagnostic of the report: a syntax error, a loader problem, or a rule's finding.
 *
 * @param rule              the rule id ({@code syntax} for syntax errors)
 * @param severity          the effective severity
 * @param message           what is wrong, in one or two sentences
 * @param file              the file a user would open
 * @param line              1-based start line
 * @param column            1-based start column
 * @param endLine           1-based end line
 * @param endColumn         1-based end column (exclusive)
 * @param suppressed        whether an inline {@code templint-ignore} comment silenced it
 * @param suppressionReason the reason the suppression gave, or null
 * @param fingerprint       a stable identity that does not change when lines move
 * @param related           other locations involved (e.g. the first of two duplicates)
 * @param fix               the finding's one mechanical fix, or null when it has none (or the report was
 *                          made without looking for fixes)
 */
public record Finding(String rule, Severity severity, String message, String file,
                      int line, int column, int endLine, int endColumn,
                      boolean suppressed,
                      String suppressionReason,
                      String fingerprint,
                      List<Related> related,
                      Fix fix) {

    /**
     * Copies {@code related} into an immutable list (null becomes empty).
     *
     * @param rule the rule id ({@code syntax} for syntax errors)
     * @param severity the effective severity
     * @param message what is wrong, in one or two sentences
     * @param file the file a user would open
     * @param line 1-based start line
     * @param column 1-based start column
     * @param endLine 1-based end line
     * @param endColumn 1-based end column (exclusive)
     * @param suppressed whether an inline {@code templint-ignore} comment silenced it
     * @param suppressionReason the reason the suppression gave, or null
     * @param fingerprint a stable identity that does not change when lines move
     * @param related other locations involved (e.g. the first of two duplicates)
     * @param fix the finding's one mechanical fix, or null
     */
    public Finding {
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A finding without a fix. */
    public Finding(String rule, Severity severity, String message, String file, int line, int column, int endLine,
                   int endColumn, boolean suppressed, String suppressionReason, String fingerprint,
                   List<Related> related) {
        this(rule, severity, message, file, line, column, endLine, endColumn, suppressed, suppressionReason,
            fingerprint, related, null);
    }

    /** This finding with {@code fix} (null for none). */
    public Finding withFix(Fix fix) {
        return new Finding(rule, severity, message, file, line, column, endLine, endColumn, suppressed,
            suppressionReason, fingerprint, related, fix);
    }

    /** Whether {@code templint check --fix} fixed this finding in the file. */
    public boolean fixed() {
        return fix != null && fix.applied();
    }

    /** Another location involved in a finding. */
    public record Related(String message, String file, int line, int column, int endLine, int endColumn) {
    }
}
