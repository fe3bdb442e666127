package io.templint.hcl.json;

import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns byte offsets of a file into {@link Pos}itions: 1-based line, 1-based column counting
 * Unicode grapheme clusters (a tab is one column), 0-based byte offset.
 *
 * <p>Offsets are usually asked for in increasing order while a file is read, so this keeps a
 * cursor and only scans forward from it: reading a whole file costs one pass over its bytes, also
 * for a minified file that is a single long line. Asking for an earlier offset restarts from the
 * start of that offset's line. Columns are exact when both the cursor and the target lie on
 * grapheme cluster boundaries, which holds for every JSON token boundary (they sit next to ASCII
 * characters). Not thread-safe: one instance per file being read.
 */
final class SourcePositions {

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private final SourceFile file;
    private final byte[] bytes;
    private int offset;
    private int line = 1;
    private int column = 1;

    SourcePositions(SourceFile file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    /** The file name used in ranges. */
    String filename() {
        return file.name();
    }

    /** The position of byte offset {@code target}, clamped to the file. */
    Pos pos(int target) {
        int t = Math.max(0, Math.min(target, bytes.length));
        if (t < offset) {
            rewindToLineOf(t);
        }
        advance(t);
        return new Pos(line, column, offset);
    }

    /** The range between two byte offsets. */
    Range range(int startByte, int endByte) {
        Pos s = pos(startByte);
        return new Range(file.name(), s, pos(endByte));
    }

    /** The end of the file. */
    Pos end() {
        return pos(bytes.length);
    }

    private void rewindToLineOf(int target) {
        int lo = 1;
        int hi = file.lineCount();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (file.lineStartByte(mid) <= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        line = lo;
        column = 1;
        offset = file.lineStartByte(lo);
    }

    private void advance(int target) {
        int segmentStart = offset;
        int segmentColumn = column;
        boolean nonAscii = false;
        for (int i = offset; i < target; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                line++;
                segmentStart = i + 1;
                segmentColumn = 1;
                nonAscii = false;
            } else if (b < 0) {
                nonAscii = true;
            }
        }
        column = segmentColumn + (nonAscii
            ? graphemeCount(segmentStart, target)
            : target - segmentStart);
        offset = target;
    }

    private int graphemeCount(int from, int to) {
        String s = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        Matcher m = GRAPHEME.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
