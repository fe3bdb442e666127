package io.templint.hcl.parser;

import io.templint.hcl.Range;
import java.util.Arrays;

/**
 * The parser's view of the tokens (HCL's "peeker"): comments are skipped, and newlines too while
 * the innermost bracket ignores them. A line comment, which ends with its newline, counts as a
 * newline where newlines matter.
 */
final class TokenStream {
    private final TokenTable tokens;
    private int next;
    private boolean[] includeNewlines = new boolean[32];
    private int top;

    // one-entry cache of the last peek
    private int cachedIndex = -1;
    private boolean cachedInclude;
    private Token cachedToken;
    /** The token last returned by {@link #read()}. */
    private Token lastRead;
    private int cachedNext;

    /** A stream over a complete scan (its last token is EOF). */
    TokenStream(TokenTable tokens) {
        this.tokens = tokens;
        includeNewlines[0] = true;
    }

    Token peek() {
        fill();
        return cachedToken;
    }

    Token read() {
        fill();
        next = cachedNext;
        lastRead = cachedToken;
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
        Token last = lastRead;
        if (last != null && last.endByte == tokens.endByte(next - 1) && last.type != TokenType.EOF) {
            return last.range(); // usually the token just read: reuse its range
        }
        return tokens.range(next - 1);
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
        TokenTable ts = tokens;
        int n = ts.count();
        for (int i = next; i < n; i++) {
            TokenType type = ts.type(i);
            if (type == TokenType.COMMENT) {
                if (include && ts.endsWithNewline(i)) {
                    cachedToken = ts.token(i, TokenType.NEWLINE);
                    cachedNext = i + 1;
                    return;
                }
                continue;
            }
            if (type == TokenType.NEWLINE && !include) {
                continue;
            }
            cachedToken = ts.token(i);
            cachedNext = i + 1;
            return;
        }
        cachedToken = ts.token(n - 1);
        cachedNext = n;
    }
}
