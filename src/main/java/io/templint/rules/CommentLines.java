package io.templint.rules;

import io.templint.hcl.Comment;
import io.templint.hcl.HclFile;
import io.templint.hcl.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which parts of a file are code and which are only comments or blanks: what a line-anchored
 * marker (a suppression, a test expectation) needs to find the line it applies to.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class CommentLines {

    private final SourceFile source;
    private final List<Comment> comments;

    /** An index over {@code file}'s comments. */
    public CommentLines(HclFile file) {
        this.source = file.source();
        List<Comment> sorted = new ArrayList<>(file.comments());
        sorted.sort(Comparator.comparingInt(c -> c.range().startByte()));
        this.comments = sorted;
    }

    /** The comments, in source order. */
    public List<Comment> comments() {
        return comments;
    }

    /** Whether the file starts with a UTF-8 byte order mark (EF BB BF). */
    public boolean startsWithByteOrderMark() {
        byte[] b = source.bytes();
        return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
    }

    /** Whether line {@code line} holds nothing but whitespace and comments. */
    public boolean isCodeFree(int line) {
        return isCodeFree(source.lineStartByte(line), source.lineStartByte(line + 1));
    }

    /** Whether a comment is the first thing on its line (only whitespace or comments before it). */
    public boolean startsLine(Comment comment) {
        int start = comment.range().startByte();
        return isCodeFree(source.lineStartByte(comment.range().startLine()), start);
    }

    /**
     * The first line after {@code line} that holds code, skipping lines that hold only comments;
     * -1 when a blank line or the end of the file comes first.
     */
    public int nextCodeLine(int line) {
        int last = source.lineCount();
        for (int l = line + 1; l <= last; l++) {
            if (isBlank(l)) {
                return -1;
            }
            if (!isCodeFree(l)) {
                return l;
            }
        }
        return -1;
    }

    /** Whether line {@code line} holds only whitespace that is not part of a comment. */
    public boolean isBlank(int line) {
        int start = source.lineStartByte(line);
        return source.lineText(line).isBlank() && commentAt(start) == null;
    }

    /** Whether every non-whitespace byte in {@code [from, to)} lies inside a comment. */
    public boolean isCodeFree(int from, int to) {
        byte[] bytes = source.bytes();
        int end = Math.min(to, bytes.length);
        int i = Math.max(0, from);
        while (i < end) {
            byte b = bytes[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                i++;
                continue;
            }
            Comment c = commentAt(i);
            if (c == null) {
                return false;
            }
            i = Math.max(i + 1, c.range().endByte());
        }
        return true;
    }

    /** The comment covering byte {@code offset}, or null. */
    private Comment commentAt(int offset) {
        int lo = 0;
        int hi = comments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Comment c = comments.get(mid);
            if (c.range().endByte() <= offset) {
                lo = mid + 1;
            } else if (c.range().startByte() > offset) {
                hi = mid - 1;
            } else {
                return c;
            }
        }
        return null;
    }
}
