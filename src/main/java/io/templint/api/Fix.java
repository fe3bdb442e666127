package io.templint.api;

import java.util.List;
import java.util.Objects;

/**
 * The one mechanical fix of a finding: edits of the file's bytes that {@code templint check --fix}
 * applies (and SARIF offers to editors as {@code fixes}).
 *
 * @param description  what the fix does, e.g. {@code write var.x}
 * @param applied      whether {@code --fix} wrote it to the file (the finding is then gone from the file)
 * @param replacements the edits, in file order, none overlapping
 */
public record Fix(String description, boolean applied, List<Replacement> replacements) {

    public Fix {
        Objects.requireNonNull(description, "description");
        replacements = List.copyOf(replacements);
    }

    /** This fix, marked as written to the file. */
    public Fix asApplied() {
        return new Fix(description, true, replacements);
    }

    /**
     * One edit: the region from ({@code line}, {@code column}) to ({@code endLine}, {@code endColumn})
     * (end exclusive; equal for an insertion), which is also the bytes {@code byteOffset} to
     * {@code byteOffset + byteLength} of the file as it was read (a byte order mark included), is
     * replaced with {@code insertedText}.
     *
     * @param file         the file, as {@link Finding#file()} names it
     * @param line         1-based start line
     * @param column       1-based start column
     * @param endLine      1-based end line
     * @param endColumn    1-based end column (exclusive)
     * @param byteOffset   0-based offset of the first byte replaced
     * @param byteLength   how many bytes are replaced (0 for an insertion)
     * @param insertedText the new text
     */
    public record Replacement(String file, int line, int column, int endLine, int endColumn,
                              int byteOffset, int byteLength, String insertedText) {
        public Replacement {
            Objects.requireNonNull(insertedText, "insertedText");
        }
    }
}
