package io.templint.hcl.parser;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advances line/column positions over source bytes the way HCL does: a column is a Unicode
 * grapheme cluster, {@code \n} and {@code \r\n} start a new line. Pure-ASCII spans take a fast path.
 */
final class TextPositions {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private TextPositions() { }

    /**
     * Advances {@code (line, column)} over {@code src[from, to)}; returns the new position packed
     * as {@code line << 32 | column}.
     */
    static long advance(byte[] src, int from, int to, int line, int column) {
        int l = line;
        int c = column;
        for (int i = from; i < to; i++) {
            byte b = src[i];
            if (b < 0) {
                // not ASCII: count grapheme clusters over the whole span
                return advanceUnicode(src, from, to, line, column);
            }
            if (b == '\n') {
                l++;
                c = 1;
            } else if (b != '\r' || i + 1 >= to || src[i + 1] != '\n') {
                // "\r\n" is one grapheme cluster: its '\n' does the line break
                c++;
            }
        }
        return pack(l, c);
    }

    private static long advanceUnicode(byte[] src, int from, int to, int line, int column) {
        String s = new String(src, from, to - from, StandardCharsets.UTF_8);
        Matcher m = GRAPHEME.matcher(s);
        while (m.find()) {
            int len = m.end() - m.start();
            char c = s.charAt(m.start());
            if ((len == 1 && c == '\n') || (len == 2 && c == '\r' && s.charAt(m.start() + 1) == '\n')) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return pack(line, column);
    }

    /** The number of grapheme clusters in {@code s}. */
    static int graphemeCount(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.length();
        }
        int n = 0;
        Matcher m = GRAPHEME.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The char length of the first {@code clusters} grapheme clusters of {@code s}. */
    static int prefixLength(String s, int clusters) {
        Matcher m = GRAPHEME.matcher(s);
        int end = 0;
        for (int i = 0; i < clusters && m.find(); i++) {
            end = m.end();
        }
        return end;
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    static int line(long packed) {
        return (int) (packed >>> 32);
    }

    static int column(long packed) {
        return (int) packed;
    }
}
