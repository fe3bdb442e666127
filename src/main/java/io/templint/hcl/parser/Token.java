package io.templint.hcl.parser;

import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import java.nio.charset.StandardCharsets;

/**
 * One token: its kind and where it lies (byte offsets into the source, 1-based lines and
 * grapheme-cluster columns). Positions are kept as ints and turned into {@link Range}s on demand.
 * The recovery parser's scanner makes them; the grammar's lexer makes {@link GrammarToken}s, which
 * are these and ANTLR's tokens at once.
 */
sealed class Token permits GrammarToken {
    /** The bytes a scan read, shared by all its tokens. */
    static final class Source {
        final String filename;
        final byte[] bytes;
        /** Where {@code bytes[0]} lies in the file (non-zero for templates read out of a JSON string). */
        final int base;

        Source(String filename, byte[] bytes, int base) {
            this.filename = filename;
            this.bytes = bytes;
            this.base = base;
        }
    }

    /** The kind; a grammar token's changes when the lexer retypes it (a line comment that ends a line). */
    TokenType type;
    final Source source;
    final int startByte;
    final int endByte;
    final int startLine;
    final int startColumn;
    final int endLine;
    final int endColumn;
    private Range range;
    private Pos startPos;
    private Pos endPos;

    Token(TokenType type, Source source, int startByte, int endByte, int startLine, int startColumn, int endLine,
          int endColumn) {
        this.type = type;
        this.source = source;
        this.startByte = startByte;
        this.endByte = endByte;
        this.startLine = startLine;
        this.startColumn = startColumn;
        this.endLine = endLine;
        this.endColumn = endColumn;
    }

    int length() {
        return endByte - startByte;
    }

    byte byteAt(int i) {
        return source.bytes[startByte - source.base + i];
    }

    /** The token's text, decoded as UTF-8. */
    String text() {
        return new String(source.bytes, startByte - source.base, endByte - startByte, StandardCharsets.UTF_8);
    }

    /** Whether this token's bytes are exactly the ASCII string {@code s}. */
    boolean is(String s) {
        if (s.length() != endByte - startByte) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (source.bytes[startByte - source.base + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The token's range (made on first use). */
    Range range() {
        Range r = range;
        if (r == null) {
            r = Range.of(source.filename, startLine, startColumn, startByte, endLine, endColumn, endByte);
            range = r;
        }
        return r;
    }

    /** Where the token starts (made on first use). */
    Pos start() {
        Pos p = startPos;
        if (p == null) {
            p = new Pos(startLine, startColumn, startByte);
            startPos = p;
        }
        return p;
    }

    /** Where the token ends (made on first use). */
    Pos end() {
        Pos p = endPos;
        if (p == null) {
            p = new Pos(endLine, endColumn, endByte);
            endPos = p;
        }
        return p;
    }

    /** The range from the start of {@code first} to the end of {@code last}, without making theirs. */
    static Range span(Token first, Token last) {
        return Range.of(first.source.filename, first.startLine, first.startColumn, first.startByte, last.endLine,
            last.endColumn, last.endByte);
    }

    @Override
    public String toString() {
        return type + "(" + text() + ")@" + startLine + ":" + startColumn;
    }
}
