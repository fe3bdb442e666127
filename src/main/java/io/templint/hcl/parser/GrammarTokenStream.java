package io.templint.hcl.parser;

import java.util.Arrays;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The tokens of one file on the default channel, read from the lexer up front into arrays, for the
 * generated parser. ANTLR's {@code CommonTokenStream} reads lazily and skips hidden tokens on every
 * look-ahead; stage 1 has no use for either (it parses whole files and gives up at the first error,
 * and the comments are recorded by {@link GrammarToken.Factory}), so look-ahead here is an array
 * read. Token indexes count default-channel tokens only.
 */
final class GrammarTokenStream implements TokenStream {

    private final TokenSource source;
    private Token[] tokens;
    private int[] types;
    private int size;
    private int p;

    /**
     * Reads every token of {@code lexer} up to and including EOF; {@code textLength} (in code
     * points) sizes the arrays: typical HCL has a default-channel token every five to eight
     * characters. (Capped: a huge file of blanks or comments must not reserve what it never uses.)
     */
    GrammarTokenStream(Lexer lexer, int textLength) {
        this.source = lexer;
        int capacity = Math.max(16, Math.min(textLength / 5, 1 << 16));
        this.tokens = new Token[capacity];
        this.types = new int[capacity];
        while (true) {
            Token t = lexer.nextToken();
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (size == tokens.length) {
                tokens = Arrays.copyOf(tokens, size * 2);
                types = Arrays.copyOf(types, size * 2);
            }
            ((GrammarToken) t).setTokenIndex(size);
            tokens[size] = t;
            types[size++] = t.getType();
            if (t.getType() == Token.EOF) {
                return;
            }
        }
    }

    @Override
    public Token LT(int k) {
        int i = k > 0 ? p + k - 1 : p + k;
        if (k == 0 || i < 0) {
            return null;
        }
        return tokens[Math.min(i, size - 1)];
    }

    @Override
    public int LA(int i) {
        int at = i > 0 ? p + i - 1 : p + i;
        if (i == 0 || at < 0) {
            return 0;
        }
        return types[Math.min(at, size - 1)];
    }

    @Override
    public Token get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("token index " + index + " out of range 0.." + (size - 1));
        }
        return tokens[index];
    }

    @Override
    public void consume() {
        if (types[p] == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // everything is buffered: nothing to release
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.max(0, Math.min(index, size - 1));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(size - 1, interval.b);
        StringBuilder sb = new StringBuilder();
        for (int i = start; i <= stop && types[i] != Token.EOF; i++) {
            sb.append(tokens[i].getText());
        }
        return sb.toString();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, size - 1));
    }

    @Override
    public String getText(RuleContext ctx) {
        return ctx.getText();
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }
}
