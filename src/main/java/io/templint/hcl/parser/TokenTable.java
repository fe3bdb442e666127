package io.templint.hcl.parser;

import io.templint.hcl.Range;
import java.util.Arrays;

/**
 * The tokens of one scan. Ordinary files keep one {@link Token} object per token, made while
 * scanning, which is fastest. Large files (from {@link #PACKED_FROM_BYTES}) keep seven ints per
 * token in chunks of primitive arrays instead, with no object graph for the garbage collector to trace
 * however many millions of tokens there are; their {@link Token} objects are made on demand, for
 * the tokens the parser looks at.
 */
final class TokenTable {
    /** Input size from which tokens are stored packed. */
    static final int PACKED_FROM_BYTES = 1 << 20;

    private static final TokenType[] TYPES = TokenType.values();
    private static final int STRIDE = 7;
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;

    final Token.Source source;
    /** The tokens as objects, or null when packed. */
    private Token[] objects;
    /**
     * The packed tokens (type, start and end byte, start line and column, end line and column) in
     * chunks of {@link #CHUNK} tokens, or null. Chunks, not one growing array: growing would copy, and
     * hold the old and the new array at once, a peak of three times the tokens' size.
     */
    private int[][] packed;
    private int count;

    /** A table for the tokens of {@code inputBytes} bytes of input. */
    TokenTable(Token.Source source, int inputBytes) {
        this.source = source;
        int capacity = Math.max(16, Math.min(1 << 16, inputBytes / 5));
        if (inputBytes >= PACKED_FROM_BYTES) {
            packed = new int[16][];
        } else {
            objects = new Token[capacity];
        }
    }

    void add(TokenType type, int sb, int eb, int sl, int sc, int el, int ec) {
        if (objects != null) {
            if (count == objects.length) {
                objects = Arrays.copyOf(objects, count * 2);
            }
            objects[count++] = new Token(type, source, sb, eb, sl, sc, el, ec);
            return;
        }
        int c = count >>> CHUNK_BITS;
        if (c == packed.length) {
            packed = Arrays.copyOf(packed, c * 2);
        }
        int[] d = packed[c];
        if (d == null) {
            d = new int[CHUNK * STRIDE];
            packed[c] = d;
        }
        int at = (count & (CHUNK - 1)) * STRIDE;
        d[at] = type.ordinal();
        d[at + 1] = sb;
        d[at + 2] = eb;
        d[at + 3] = sl;
        d[at + 4] = sc;
        d[at + 5] = el;
        d[at + 6] = ec;
        count++;
    }

    /** The number of tokens; the last is always EOF once the scan is complete. */
    int count() {
        return count;
    }

    TokenType type(int i) {
        return objects != null ? objects[i].type : TYPES[chunk(i)[at(i)]];
    }

    int endByte(int i) {
        return objects != null ? objects[i].endByte : chunk(i)[at(i) + 2];
    }

    /** Whether token {@code i} ends with a newline (a line comment does). */
    boolean endsWithNewline(int i) {
        int start = objects != null ? objects[i].startByte : chunk(i)[at(i) + 1];
        int e = endByte(i);
        return e > start && source.bytes[e - 1 - source.base] == '\n';
    }

    /** Token {@code i} as an object. */
    Token token(int i) {
        return objects != null ? objects[i] : token(i, type(i));
    }

    /** Token {@code i} as an object of another type (a line comment standing for its newline). */
    Token token(int i, TokenType as) {
        if (objects != null) {
            Token t = objects[i];
            return new Token(as, source, t.startByte, t.endByte, t.startLine, t.startColumn, t.endLine, t.endColumn);
        }
        int at = at(i);
        int[] d = chunk(i);
        return new Token(as, source, d[at + 1], d[at + 2], d[at + 3], d[at + 4], d[at + 5], d[at + 6]);
    }

    Range range(int i) {
        if (objects != null) {
            return objects[i].range();
        }
        int at = at(i);
        int[] d = chunk(i);
        return Range.of(source.filename, d[at + 3], d[at + 4], d[at + 1], d[at + 5], d[at + 6], d[at + 2]);
    }

    private int[] chunk(int i) {
        return packed[i >>> CHUNK_BITS];
    }

    private static int at(int i) {
        return (i & (CHUNK - 1)) * STRIDE;
    }
}
