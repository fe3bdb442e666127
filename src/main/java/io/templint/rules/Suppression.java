package io.templint.rules;

import io.templint.hcl.Range;
import java.util.List;
import java.util.Objects;

/**
 * One {@code templint-ignore} comment and what it covers.
 *
 * <p>Syntax, in a {@code #} or {@code //} comment:
 * <pre>
 * # templint-ignore: rule_id reason text
 * // templint-ignore: rule_a, rule_b reason text
 * # templint-ignore: all reason text
 * # templint-ignore-file: rule_id reason text
 * </pre>
 *
 * @param comment the comment's range (where an unused suppression is reported)
 * @param ruleIds the rule ids it names, in order; empty when it is malformed
 * @param reason  the text after the ids, or null when there is none
 * @param scope   what it covers
 * @param line    for {@link Scope#LINE}, the covered line; for {@link Scope#BLOCK}, the block's first line;
 *                otherwise the comment's line
 * @param block   for {@link Scope#BLOCK}, the covered block's range; else null
 */
record Suppression(Range comment, List<String> ruleIds, String reason, Scope scope, int line, Range block) {

    /** What a suppression covers. */
    public enum Scope {
        /** Findings that start on one line. */
        LINE,
        /** Findings that start inside one block. */
        BLOCK,
        /** Nothing: a blank line or the end of the file follows the comment. */
        NOTHING,
        /** Every finding in the comment's file ({@code templint-ignore-file} before any code). */
        FILE,
        /** Nothing: a {@code templint-ignore-file} comment that comes after code. */
        MISPLACED_FILE
    }

    public Suppression {
        Objects.requireNonNull(comment, "comment");
        ruleIds = List.copyOf(ruleIds);
        Objects.requireNonNull(scope, "scope");
        if ((scope == Scope.BLOCK) != (block != null)) {
            throw new IllegalArgumentException("a block range is given exactly for block scope");
        }
    }

    /** Whether it names no rule (e.g. {@code # templint-ignore:} alone, or without the colon). */
    public boolean isMalformed() {
        return ruleIds.isEmpty();
    }

    /** Whether it names {@value Suppressions#ALL}, every rule. */
    public boolean coversAllRules() {
        return ruleIds.contains(Suppressions.ALL);
    }

    /** Whether it silences a finding of {@code ruleId} at {@code range}. */
    public boolean covers(String ruleId, Range range) {
        if (!(coversAllRules() || ruleIds.contains(ruleId)) || !range.filename().equals(comment.filename())) {
            return false;
        }
        return switch (scope) {
            case LINE -> range.startLine() == line;
            case BLOCK -> block.containsOffset(range.startByte());
            case FILE -> true;
            case NOTHING, MISPLACED_FILE -> false;
        };
    }
}
