package io.templint.hcl.json;

import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.json.JsonValue.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps positions in the decoded text of a JSON string that has escapes back to the file: the
 * parsers see {@code "a\nb"} as three characters on two lines, while the file has six characters
 * on one line. With this map a reference inside a long escaped script still points at its place
 * in the file (HCL's own JSON reader only approximates this).
 *
 * <p>Decoded positions are taken by their byte offset in the UTF-8 encoding of the decoded text;
 * a position inside the decoded bytes of one escape maps to that escape's start.
 */
final class StringSourceMap {

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private final byte[] source;
    private final String filename;
    private final Pos contentStart;
    /** Decoded offsets at which an escape's decoded bytes start or end, ascending. */
    private final int[] decoded;
    /** The source offsets of the same points. */
    private final int[] sourceAt;
    private final int contentEnd;
    private int cursorByte;
    private int cursorColumn;

    private StringSourceMap(byte[] source, JsonString s, int[] decoded, int[] sourceAt) {
        this.source = source;
        this.filename = s.range().filename();
        this.contentStart = s.contentStart();
        this.contentEnd = s.contentRange().endByte();
        this.decoded = decoded;
        this.sourceAt = sourceAt;
        this.cursorByte = contentStart.byteOffset();
        this.cursorColumn = contentStart.column();
    }

    /** The map for string {@code s} whose source lies in {@code source}. */
    static StringSourceMap of(byte[] source, JsonString s) {
        int from = s.contentStart().byteOffset();
        int to = s.contentRange().endByte();
        int[] dec = new int[16];
        int[] src = new int[16];
        int n = 0;
        dec[n] = 0;
        src[n++] = from;
        int d = 0;
        int i = from;
        while (i < to) {
            if (source[i] != '\\') {
                i++;
                d++;
                continue;
            }
            if (n + 2 > dec.length) {
                dec = Arrays.copyOf(dec, dec.length * 2);
                src = Arrays.copyOf(src, src.length * 2);
            }
            dec[n] = d;
            src[n++] = i;
            int sourceLength = 2;
            int decodedLength = 1;
            if (i + 1 < to && source[i + 1] == 'u') {
                int unit = hex(source, i + 2, to);
                sourceLength = 6;
                decodedLength = utf8Length(unit);
                if (Character.isHighSurrogate((char) unit) && i + 12 <= to && source[i + 6] == '\\'
                        && source[i + 7] == 'u' && Character.isLowSurrogate((char) hex(source, i + 8, to))) {
                    sourceLength = 12;
                    decodedLength = 4;
                }
            }
            i += sourceLength;
            d += decodedLength;
            dec[n] = d;
            src[n++] = Math.min(i, to);
        }
        return new StringSourceMap(source, s, Arrays.copyOf(dec, n), Arrays.copyOf(src, n));
    }

    /** {@code r}, whose offsets are into the decoded text, moved into the file. */
    Range map(Range r) {
        if (r == null) {
            return null;
        }
        Pos start = pos(r.start().byteOffset());
        return new Range(r.filename(), start, pos(r.end().byteOffset()));
    }

    private Pos pos(int decodedOffset) {
        int k = Arrays.binarySearch(decoded, decodedOffset);
        if (k < 0) {
            k = -k - 2;
        } else {
            while (k + 1 < decoded.length && decoded[k + 1] == decodedOffset) {
                k++;
            }
        }
        k = Math.max(0, k);
        int s = sourceAt[k] + (decodedOffset - decoded[k]);
        if (k + 1 < sourceAt.length && s > sourceAt[k + 1]) {
            s = sourceAt[k + 1];
        }
        s = Math.min(Math.max(s, contentStart.byteOffset()), contentEnd);
        return new Pos(contentStart.line(), column(s), s);
    }

    /** The column of source offset {@code s} on the string's line. */
    private int column(int s) {
        if (s < cursorByte) {
            cursorByte = contentStart.byteOffset();
            cursorColumn = contentStart.column();
        }
        boolean ascii = true;
        for (int i = cursorByte; i < s; i++) {
            if (source[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            cursorColumn += s - cursorByte;
        } else {
            Matcher m = GRAPHEME.matcher(new String(source, cursorByte, s - cursorByte, StandardCharsets.UTF_8));
            while (m.find()) {
                cursorColumn++;
            }
        }
        cursorByte = s;
        return cursorColumn;
    }

    private static int hex(byte[] b, int from, int limit) {
        int v = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = i < limit ? Character.digit(b[i], 16) : -1;
            if (digit < 0) {
                return 0;
            }
            v = v * 16 + digit;
        }
        return v;
    }

    /** Bytes of the UTF-8 encoding of one UTF-16 unit as Java encodes it (a lone surrogate is "?"). */
    private static int utf8Length(int unit) {
        if (unit < 0x80 || Character.isSurrogate((char) unit)) {
            return 1;
        }
        return unit < 0x800 ? 2 : 3;
    }
}
