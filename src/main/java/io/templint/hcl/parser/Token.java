package io.templint.hcl.parser;

import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import java.nio.charset.StandardCharsets;

/**
 * One token: its kind and where it lies (byte offsets into the source, 1-based lines and
 * grapheme-cluster columns). Positions are kept as ints and turned into {@link Range}s on demand.
 */
final class Token {
    final TokenType type;
    final String filename;
    final byte[] src;
    /** Where {@code src[0]} lies in the file (non-zero for templates read out of a JSON string). */
    final int base;
    final int startByte;
    final int endByte;
    final int startLine;
    final int startColumn;
    final int endLine;
    final int endColumn;
    private Range range;

    Token(TokenType type, String filename, byte[] src, int base, int startByte, int endByte, int startLine, int startColumn,
          int endLine, int endColumn) {
        this.type = type;
        this.filename = filename;
        this.src = src;
        this.base = base;
        this.startByte = startByte;
        this.endByte = endByte;
        this.startLine = startLine;
        this.startColumn = startColumn;
        this.endLine = endLine;
        this.endColumn = endColumn;
    }

    /** A copy with another type, same position (the peeker's comment-as-newline token). */
    Token withType(TokenType t) {
        Token copy = new Token(t, filename, src, base, startByte, endByte, startLine, startColumn, endLine, endColumn);
        copy.range = range;
        return copy;
    }

    int length() {
        return endByte - startByte;
    }

    byte byteAt(int i) {
        return src[startByte - base + i];
    }

    /** The token's text, decoded as UTF-8. */
    String text() {
        return new String(src, startByte - base, endByte - startByte, StandardCharsets.UTF_8);
    }

    /** Whether this token's bytes are exactly the ASCII string {@code s}. */
    boolean is(String s) {
        if (s.length() != endByte - startByte) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (src[startByte - base + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    Range range() {
        Range r = range;
        if (r == null) {
            r = new Range(filename, new Pos(startLine, startColumn, startByte), new Pos(endLine, endColumn, endByte));
            range = r;
        }
        return r;
    }

    @Override
    public String toString() {
        return type + "(" + text() + ")@" + startLine + ":" + startColumn;
    }
}
