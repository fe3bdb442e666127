package io.templint.hcl.parser;

import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import java.util.Arrays;

/**
 * The tokens of one scan, stored column-wise in primitive arrays: a few bytes per token and no
 * object graph for the garbage collector to trace, however large the file. {@link Token} objects
 * are made on demand, for the tokens the parser actually looks at.
 */
final class TokenTable {
    private static final TokenType[] TYPES = TokenType.values();

    final Token.Source source;
    private byte[] types;
    private int[] startByte;
    private int[] endByte;
    private int[] startLine;
    private int[] startColumn;
    private int[] endLine;
    private int[] endColumn;
    private int count;

    TokenTable(Token.Source source, int capacity) {
        this.source = source;
        int n = Math.max(16, capacity);
        types = new byte[n];
        startByte = new int[n];
        endByte = new int[n];
        startLine = new int[n];
        startColumn = new int[n];
        endLine = new int[n];
        endColumn = new int[n];
    }

    void add(TokenType type, int sb, int eb, int sl, int sc, int el, int ec) {
        if (count == types.length) {
            int n = count * 2;
            types = Arrays.copyOf(types, n);
            startByte = Arrays.copyOf(startByte, n);
            endByte = Arrays.copyOf(endByte, n);
            startLine = Arrays.copyOf(startLine, n);
            startColumn = Arrays.copyOf(startColumn, n);
            endLine = Arrays.copyOf(endLine, n);
            endColumn = Arrays.copyOf(endColumn, n);
        }
        types[count] = (byte) type.ordinal();
        startByte[count] = sb;
        endByte[count] = eb;
        startLine[count] = sl;
        startColumn[count] = sc;
        endLine[count] = el;
        endColumn[count] = ec;
        count++;
    }

    /** The number of tokens; the last is always EOF once the scan is complete. */
    int count() {
        return count;
    }

    TokenType type(int i) {
        return TYPES[types[i]];
    }

    int endByte(int i) {
        return endByte[i];
    }

    /** Whether token {@code i} ends with a newline (a line comment does). */
    boolean endsWithNewline(int i) {
        int e = endByte[i];
        return e > startByte[i] && source.bytes[e - 1 - source.base] == '\n';
    }

    /** Token {@code i} as an object. */
    Token token(int i) {
        return new Token(TYPES[types[i]], source, startByte[i], endByte[i], startLine[i], startColumn[i], endLine[i],
            endColumn[i]);
    }

    /** Token {@code i} as an object of another type (a line comment standing for its newline). */
    Token token(int i, TokenType as) {
        return new Token(as, source, startByte[i], endByte[i], startLine[i], startColumn[i], endLine[i], endColumn[i]);
    }

    Range range(int i) {
        return new Range(source.filename, new Pos(startLine[i], startColumn[i], startByte[i]),
            new Pos(endLine[i], endColumn[i], endByte[i]));
    }
}
