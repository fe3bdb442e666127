package io.templint.hcl.parser;

import io.templint.hcl.Range;
import java.util.Arrays;

/**
 * The parser's view of the tokens (HCL's "peeker"): comments are skipped, and newlines too while
 * the innermost bracket ignores them. A line comment, which ends with its newline, counts as a
 * newline where newlines matter.
 */
final class TokenStream {
    private final Token[] tokens;
    private int next;
    private boolean[] includeNewlines = new boolean[32];
    private int top;

    // one-entry cache of the last peek
    private int cachedIndex = -1;
    private boolean cachedInclude;
    private Token cachedToken;
    private int cachedNext;

    private final int count;

    /** A stream over {@code tokens[0, count)}; the last of them must be the EOF token. */
    TokenStream(Token[] tokens, int count) {
        this.tokens = tokens;
        this.count = count;
        includeNewlines[0] = true;
    }

    Token peek() {
        fill();
        return cachedToken;
    }

    Token read() {
        fill();
        next = cachedNext;
        return cachedToken;
    }

    Range nextRange() {
        return peek().range();
    }

    /** The range of the last token read (comments and skipped newlines included), or of the next. */
    Range prevRange() {
        if (next == 0) {
            return nextRange();
        }
        return tokens[next - 1].range();
    }

    /** Where the stream is, for {@link #reset(int)}. */
    int position() {
        return next;
    }

    /** Goes back to a {@link #position()}. */
    void reset(int position) {
        next = position;
    }

    void pushIncludeNewlines(boolean include) {
        if (++top == includeNewlines.length) {
            includeNewlines = Arrays.copyOf(includeNewlines, top * 2);
        }
        includeNewlines[top] = include;
    }

    void popIncludeNewlines() {
        if (top > 0) {
            top--;
        }
    }

    private void fill() {
        boolean include = includeNewlines[top];
        if (cachedIndex == next && cachedInclude == include) {
            return;
        }
        cachedIndex = next;
        cachedInclude = include;
        Token[] ts = tokens;
        int n = count;
        for (int i = next; i < n; i++) {
            Token t = ts[i];
            if (t.type == TokenType.COMMENT) {
                if (include && t.length() > 0 && t.byteAt(t.length() - 1) == '\n') {
                    cachedToken = t.withType(TokenType.NEWLINE);
                    cachedNext = i + 1;
                    return;
                }
                continue;
            }
            if (t.type == TokenType.NEWLINE && !include) {
                continue;
            }
            cachedToken = t;
            cachedNext = i + 1;
            return;
        }
        cachedToken = ts[n - 1];
        cachedNext = n;
    }
}
