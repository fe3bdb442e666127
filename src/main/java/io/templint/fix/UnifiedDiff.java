package io.templint.fix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The unified diff ({@code diff -u}, {@code git diff} style) of a file before and after its fixes:
 * {@code --- a/path}, {@code +++ b/path}, hunks with three lines of context. Lines are written with
 * their own terminators ({@code \r\n} stays). The changed lines are found by the longest common
 * subsequence of the lines between the common first and last lines (fixes change few lines).
 */
public final class UnifiedDiff {

    /** Lines of context around each change. */
    public static final int CONTEXT = 3;

    /** Above this many cells the middle of two files is shown as one change rather than compared line by line. */
    private static final long MAX_CELLS = 4_000_000L;

    private UnifiedDiff() { }

    /** One run of changed lines: old lines {@code [oldStart, oldEnd)} became new lines {@code [newStart, newEnd)}. */
    private record Change(int oldStart, int oldEnd, int newStart, int newEnd) { }

    /**
     * The diff of {@code before} and {@code after}, or the empty string when they are the same.
     *
     * @param path the file as reports name it
     */
    public static String of(String path, byte[] before, byte[] after) {
        List<String> oldLines = lines(before);
        List<String> newLines = lines(after);
        List<Change> changes = changes(oldLines, newLines);
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
        int i = 0;
        while (i < changes.size()) {
            int j = i;
            while (j + 1 < changes.size() && changes.get(j + 1).oldStart() - changes.get(j).oldEnd() <= 2 * CONTEXT) {
                j++;
            }
            Change first = changes.get(i);
            Change last = changes.get(j);
            int oldFrom = Math.max(0, first.oldStart() - CONTEXT);
            int oldTo = Math.min(oldLines.size(), last.oldEnd() + CONTEXT);
            int newFrom = first.newStart() - (first.oldStart() - oldFrom);
            int newTo = last.newEnd() + (oldTo - last.oldEnd());
            out.append("@@ -").append(range(oldFrom, oldTo - oldFrom)).append(" +")
                .append(range(newFrom, newTo - newFrom)).append(" @@\n");
            int at = oldFrom;
            for (int k = i; k <= j; k++) {
                Change c = changes.get(k);
                for (; at < c.oldStart(); at++) {
                    line(out, ' ', oldLines.get(at));
                }
                for (int n = c.oldStart(); n < c.oldEnd(); n++) {
                    line(out, '-', oldLines.get(n));
                }
                for (int n = c.newStart(); n < c.newEnd(); n++) {
                    line(out, '+', newLines.get(n));
                }
                at = c.oldEnd();
            }
            for (; at < oldTo; at++) {
                line(out, ' ', oldLines.get(at));
            }
            i = j + 1;
        }
        return out.toString();
    }

    private static List<Change> changes(List<String> a, List<String> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
            pre++;
        }
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
            suf++;
        }
        int n = a.size() - pre - suf;
        int m = b.size() - pre - suf;
        List<Change> out = new ArrayList<>();
        if (n == 0 && m == 0) {
            return out;
        }
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            out.add(new Change(pre, pre + n, pre, pre + m));
            return out;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(pre + i).equals(b.get(pre + j)) ? lcs[i + 1][j + 1] + 1
                    : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int os = -1;
        int ns = -1;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(pre + i).equals(b.get(pre + j))) {
                if (os >= 0) {
                    out.add(new Change(pre + os, pre + i, pre + ns, pre + j));
                    os = -1;
                }
                i++;
                j++;
            } else {
                if (os < 0) {
                    os = i;
                    ns = j;
                }
                if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                    j++;
                } else {
                    i++;
                }
            }
        }
        if (os >= 0) {
            out.add(new Change(pre + os, pre + i, pre + ns, pre + j));
        }
        return out;
    }

    /** {@code start+1,count}, as diff writes it: the count left out when it is 1, the line before an empty range. */
    private static String range(int start, int count) {
        if (count == 0) {
            return start + ",0";
        }
        return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
    }

    private static void line(StringBuilder out, char mark, String text) {
        out.append(mark).append(text);
        if (!text.endsWith("\n")) {
            out.append("\n\\ No newline at end of file\n");
        }
    }

    /** The lines of {@code bytes}, each with its terminator (the last may have none). */
    private static List<String> lines(byte[] bytes) {
        List<String> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                out.add(new String(bytes, s, i + 1 - s, StandardCharsets.UTF_8));
                s = i + 1;
            }
        }
        if (s < bytes.length) {
            out.add(new String(bytes, s, bytes.length - s, StandardCharsets.UTF_8));
        }
        return out;
    }

}
