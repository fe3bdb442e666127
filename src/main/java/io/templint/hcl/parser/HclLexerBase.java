package io.templint.hcl.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The Java half of the generated {@code HCLLexer} (grammar/HCLLexer.g4): what a regular lexer
 * cannot do. It keeps the stack of open brackets, quoted templates, heredocs and template
 * sequences, so that a {@code }} closes the innermost of them (in <code>${ {a = "}"} }</code> the
 * first {@code }} closes the object, the second the interpolation); drops the newlines that the
 * innermost bracket makes insignificant (all but the top level and plain braces); turns a line
 * comment into a newline where newlines matter (other comments go to the hidden channel, where the
 * tree builder finds them for {@link io.templint.hcl.HclFile#comments()}); and recognises heredoc
 * end markers.
 *
 * <p>The lexer is the fast path's: it never recovers. Any character no rule matches, any bracket
 * closed by the wrong kind, and nesting deeper than {@link #maxDepth} throw
 * {@link ParseCancellationException}, and the caller falls back to the recovery parser.
 */
public abstract class HclLexerBase extends Lexer {

    /** The kinds of entries of the bracket stack. */
    protected static final int BRACE = 1;
    /** A brace that opens a {@code for} expression: newlines are insignificant inside. */
    protected static final int FOR_BRACE = 2;
    protected static final int BRACKET = 3;
    protected static final int PAREN = 4;
    /** An interpolation or directive sequence of a template. */
    protected static final int SEQUENCE = 5;
    protected static final int QUOTE = 6;
    protected static final int HEREDOC = 7;

    private int[] stack = new int[32];
    private int top;
    private int maxDepth = Integer.MAX_VALUE;
    /** Open {@code %{if}} and {@code %{for}} directive bodies. */
    private int directives;
    /** The length of the current run of unary operators, and whether the last token extends it. */
    private int unaryRun;
    private boolean unary;

    /** End markers of the open heredocs, innermost last. */
    private final List<String> markers = new ArrayList<>();
    /** Whether the innermost heredoc is at the start of a line. */
    private boolean heredocLineStart;
    /** The type of the last token on the default channel other than a newline. */
    private int lastSignificant = Token.INVALID_TYPE;

    protected HclLexerBase(CharStream input) {
        super(input);
    }

    /** Sets the nesting depth beyond which the lexer gives up (and the recovery parser takes over). */
    public void setMaxDepth(int depth) {
        this.maxDepth = depth;
    }

    // ---------------------------------------------------------------- hooks of the generated lexer

    /** The token type of a newline; of the heredoc closer; of a template sequence end. */
    protected abstract int newlineType();

    protected abstract int heredocCloseType();

    protected abstract int sequenceEndType();

    protected abstract int openBraceType();

    protected abstract int controlType();

    /** The lexer mode of heredoc templates, and of quoted ones. */
    protected abstract int heredocMode();

    protected abstract int stringMode();

    // ---------------------------------------------------------------- actions

    /** A newline: kept only where newlines are significant. */
    protected void newline() {
        if (!newlinesMatter()) {
            skip();
        }
    }

    /** A {@code #} or {@code //} comment: a newline where newlines matter if it ends one, else hidden. */
    protected void lineComment() {
        if (_input.LA(-1) == '\n' && newlinesMatter()) {
            setType(newlineType());
        } else {
            setChannel(HIDDEN);
        }
    }

    protected void blockComment() {
        setChannel(HIDDEN);
    }

    protected void openBrace() {
        push(BRACE);
    }

    /** A {@code }}: closes a brace, or ends the template sequence it belongs to. */
    protected void closeBrace() {
        int kind = pop();
        if (kind == SEQUENCE) {
            setType(sequenceEndType());
            popMode();
        } else if (kind != BRACE && kind != FOR_BRACE) {
            throw mismatch();
        }
    }

    /** {@code ~}}: ends a template sequence, stripping the whitespace after it. */
    protected void closeStrip() {
        if (pop() != SEQUENCE) {
            throw mismatch();
        }
        setType(sequenceEndType());
        popMode();
    }

    protected void open(int kind) {
        push(kind);
    }

    protected void close(int kind) {
        if (pop() != kind) {
            throw mismatch();
        }
    }

    protected void openQuote() {
        push(QUOTE);
        pushMode(stringMode());
    }

    protected void closeQuote() {
        pop();
        popMode();
    }

    /** {@code ${} or {@code %{}: configuration syntax until the matching {@code }}. */
    protected void openSequence() {
        if (top > 0 && stack[top - 1] == HEREDOC) {
            heredocLineStart = false;
        }
        push(SEQUENCE);
        pushMode(DEFAULT_MODE);
    }

    /** {@code <<EOT} or {@code <<-EOT} and its line break: records the end marker. */
    protected void openHeredoc() {
        String text = getText();
        int start = text.charAt(2) == '-' ? 3 : 2;
        int end = text.length() - (text.endsWith("\r\n") ? 2 : 1);
        markers.add(text.substring(start, end));
        heredocLineStart = true;
        push(HEREDOC);
        pushMode(heredocMode());
    }

    /** A literal line part of a heredoc: the next token starts a line if this one ends one. */
    protected void heredocLiteral() {
        heredocLineStart = _input.LA(-1) == '\n';
    }

    /** {@code -} or {@code !}: a run of unary operators nests as deeply as brackets do. */
    protected void unaryOperator() {
        unary = true;
    }

    /** {@code if} or {@code for}: right after {@code %{}, opens a directive body. */
    protected void directiveOpen() {
        if (lastSignificant == controlType()) {
            directives++;
            checkDepth();
        }
    }

    /** {@code endif} or {@code endfor}: right after {@code %{}, closes a directive body. */
    protected void directiveClose() {
        if (lastSignificant == controlType() && directives > 0) {
            directives--;
        }
    }

    /** {@code for}: right after a brace, it makes that brace a {@code for} expression's. */
    protected void keywordFor() {
        directiveOpen();
        if (lastSignificant == openBraceType() && top > 0 && stack[top - 1] == BRACE) {
            stack[top - 1] = FOR_BRACE;
        }
    }

    // ---------------------------------------------------------------- machinery

    @Override
    public Token nextToken() {
        if (_mode == heredocMode() && heredocLineStart) {
            Token closer = heredocEnd();
            if (closer != null) {
                return closer;
            }
        }
        unary = false;
        Token t = super.nextToken();
        if (unary) {
            unaryRun++;
            checkDepth();
        } else {
            unaryRun = 0;
        }
        if (t.getChannel() == DEFAULT_TOKEN_CHANNEL && t.getType() != newlineType()) {
            lastSignificant = t.getType();
        }
        return t;
    }

    /**
     * At the start of a heredoc line: when the line (without its line break) is the end marker,
     * give or take surrounding spaces, emits the closer over it and leaves heredoc mode.
     */
    private Token heredocEnd() {
        String marker = markers.get(markers.size() - 1);
        int n = 1;
        int c;
        while (true) {
            c = _input.LA(n);
            if (c == '$' || c == '%' || c == '\r' || c == '\n' || c == CharStream.EOF) {
                break;
            }
            n++;
        }
        int contentLength = n - 1;
        if (!(c == '\n' || (c == '\r' && _input.LA(n + 1) == '\n'))) {
            return null;
        }
        int s = 1;
        int e = contentLength;
        while (s <= e && isAsciiSpace(_input.LA(s))) {
            s++;
        }
        while (e >= s && isAsciiSpace(_input.LA(e))) {
            e--;
        }
        if (e - s + 1 != marker.length()) {
            return null;
        }
        for (int i = 0; i < marker.length(); i++) {
            if (_input.LA(s + i) != marker.charAt(i)) {
                return null;
            }
        }
        int start = _input.index();
        Token closer = _factory.create(_tokenFactorySourcePair, heredocCloseType(), null, DEFAULT_TOKEN_CHANNEL,
            start, start + contentLength - 1, getLine(), getCharPositionInLine());
        _input.seek(start + contentLength);
        markers.remove(markers.size() - 1);
        pop();
        popMode();
        lastSignificant = heredocCloseType();
        return closer;
    }

    private static boolean isAsciiSpace(int c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == 0x0C;
    }

    private boolean newlinesMatter() {
        return top == 0 || stack[top - 1] == BRACE;
    }

    private void push(int kind) {
        if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
        }
        stack[top++] = kind;
        checkDepth();
    }

    /** Counts nesting as the recovery parser's scanner does, so that stage 1 never accepts what it refuses. */
    private void checkDepth() {
        if (top + directives + unaryRun > maxDepth) {
            throw new ParseCancellationException("nesting deeper than " + maxDepth);
        }
    }

    private int pop() {
        return top == 0 ? 0 : stack[--top];
    }

    private ParseCancellationException mismatch() {
        return new ParseCancellationException("mismatched bracket at " + _tokenStartCharIndex);
    }

    /** No recovery: a character that no rule matches ends the fast path. */
    @Override
    public void notifyListeners(LexerNoViableAltException e) {
        throw new ParseCancellationException(e);
    }
}
