package io.templint.fix;

import io.templint.hcl.Pos;
import java.util.Objects;

/**
 * One edit of a file's bytes: the bytes from {@code start} to {@code end} (0-based, end exclusive,
 * a byte order mark counted) become {@code text}.
 *
 * @param start the first position replaced
 * @param end   the position after the last one replaced ({@code start} for an insertion)
 * @param text  the new text
 */
public record Edit(Pos start, Pos end, String text) {

    public Edit {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(text, "text");
        if (end.byteOffset() < start.byteOffset()) {
            throw new IllegalArgumentException("an edit ends before it starts");
        }
    }

    /** Whether the two edits touch the same bytes, or insert at the same place. */
    public boolean overlaps(Edit other) {
        int s1 = start.byteOffset();
        int e1 = end.byteOffset();
        int s2 = other.start.byteOffset();
        int e2 = other.end.byteOffset();
        if (s1 == e1 || s2 == e2) {
            return s1 >= s2 && s1 <= e2 || s2 >= s1 && s2 <= e1;
        }
        return s1 < e2 && s2 < e1;
    }
}
