package io.templint.hcl.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The Java half of the generated {@code HCLLexer} (grammar/HCLLexer.g4): what a regular lexer
 * cannot do. It keeps the stack of open brackets, quoted templates, heredocs and template
 * sequences, so that a <code>}</code> closes the innermost of them (in <code>${ {a = "}"} }</code> the
 * first <code>}</code> closes the object, the second the interpolation); drops the newlines that the
 * innermost bracket makes insignificant (all but the top level and plain braces); turns a line
 * comment into a newline where newlines matter (other comments go to the hidden channel, where
 * {@link GrammarToken.Factory} records them for {@link io.templint.hcl.HclFile#comments()}); and
 * recognises heredoc end markers. Spaces and tabs are skipped before the generated lexer runs.
 *
 * <p>All of it happens in {@link #nextToken()}, after the generated lexer matched a token, driven
 * by the token's {@linkplain #role(int) role}: the grammar's rules carry no actions, so the lexer
 * runs on its DFA alone.
 *
 * <p>The lexer is the fast path's: it never recovers. Any character no rule matches, any bracket
 * closed by the wrong kind, and nesting deeper than the limit throw
 * {@link ParseCancellationException}, and the caller falls back to the recovery parser. So do the
 * few inputs where the token stream alone would make the grammar more lenient than hclsyntax: a
 * newline inside a full splat where newlines matter ({@link #watchSplat}), and a name character
 * that the recovery parser's scanner refuses ({@link #checkNames}). Stage 1 must never accept what
 * the recovery parser refuses (ParserStagesFuzzTest checks it on any bytes).
 */
public abstract class HclLexerBase extends Lexer {

    /** Token roles, as the generated lexer maps its token types to them. */
    protected static final int ROLE_NONE = 0;
    protected static final int ROLE_NEWLINE = 1;
    protected static final int ROLE_LINE_COMMENT = 2;
    protected static final int ROLE_BLOCK_COMMENT = 3;
    protected static final int ROLE_OPEN_HEREDOC = 4;
    protected static final int ROLE_HEREDOC_LITERAL = 5;
    protected static final int ROLE_OPEN_BRACE = 6;
    protected static final int ROLE_CLOSE_BRACE = 7;
    protected static final int ROLE_CLOSE_STRIP = 8;
    protected static final int ROLE_OPEN_BRACKET = 9;
    protected static final int ROLE_CLOSE_BRACKET = 10;
    protected static final int ROLE_OPEN_PAREN = 11;
    protected static final int ROLE_CLOSE_PAREN = 12;
    protected static final int ROLE_OPEN_QUOTE = 13;
    protected static final int ROLE_CLOSE_QUOTE = 14;
    protected static final int ROLE_OPEN_SEQUENCE = 15;
    protected static final int ROLE_UNARY = 16;
    protected static final int ROLE_FOR = 17;
    protected static final int ROLE_IF = 18;
    protected static final int ROLE_END_DIRECTIVE = 19;
    /** <code>%{</code>: opens a sequence whose keyword may open or close a directive body. */
    protected static final int ROLE_OPEN_CONTROL = 20;

    /** The kinds of entries of the bracket stack. */
    private static final int BRACE = 1;
    /** A brace that opens a {@code for} expression: newlines are insignificant inside. */
    private static final int FOR_BRACE = 2;
    private static final int BRACKET = 3;
    private static final int PAREN = 4;
    /** An interpolation or directive sequence of a template. */
    private static final int SEQUENCE = 5;
    private static final int QUOTE = 6;
    private static final int HEREDOC = 7;
    /**
     * The brace of a block's body (it follows the block's type or a label): {@code for} right
     * after it is an attribute name, never a for expression's keyword.
     */
    private static final int BODY_BRACE = 8;

    private int[] stack = new int[32];
    private int top;
    private int maxDepth = Integer.MAX_VALUE;
    /** Open {@code %{if}} and {@code %{for}} directive bodies. */
    private int directives;
    /** The length of the current run of unary operators. */
    private int unaryRun;

    /** End markers of the open heredocs, innermost last. */
    private final List<String> markers = new ArrayList<>();
    /** Whether the innermost heredoc is at the start of a line. */
    private boolean heredocLineStart;
    /** Whether the last token on the default channel other than a newline opened a directive (<code>%{</code>). */
    private boolean afterControl;
    /** Whether it was an opening brace. */
    private boolean lastWasBrace;
    /**
     * Whether it was a name or the end of a quoted string: a brace after it opens a block's body
     * (no expression puts a brace there).
     */
    private boolean lastWasName;

    /** Where a full splat {@code [*]} opened where newlines matter stands: see {@link #watchSplat}. */
    private int splat = SPLAT_NONE;
    private static final int SPLAT_NONE = 0;
    private static final int SPLAT_AFTER_OPEN = 1;
    private static final int SPLAT_AFTER_STAR = 2;
    /** Whether a newline (or a line comment, which stands for one) was dropped since the splat's last token. */
    private boolean splatNewline;

    protected HclLexerBase(CharStream input) {
        super(input);
    }

    /**
     * Replaces the generated lexer's simulator (sharing its ATN and DFA caches) by one that does
     * not count lines and columns as it consumes characters: stage 1 positions its tokens from
     * their byte offsets ({@link GrammarToken.Factory}), and ANTLR's own counts cost a look-ahead
     * per character. Call once, after construction.
     */
    public void withoutLineCounts() {
        LexerATNSimulator generated = getInterpreter();
        setInterpreter(new Simulator(this, generated));
    }

    /**
     * The generated lexer's simulator without line and column counts, whose DFA walk reads the
     * file's text directly when it is a {@link DecodedSource} (always, in stage 1): the same steps
     * as ANTLR's own loop, without an interface call per character.
     */
    private static final class Simulator extends LexerATNSimulator {

        Simulator(Lexer lexer, LexerATNSimulator generated) {
            super(lexer, generated.atn, generated.decisionToDFA, generated.getSharedContextCache());
        }

        @Override
        public void consume(CharStream input) {
            input.consume();
        }

        @Override
        protected int execATN(CharStream input, DFAState ds0) {
            if (!(input instanceof DecodedSource src)) {
                return super.execATN(input, ds0);
            }
            if (ds0.isAcceptState) {
                captureSimState(prevAccept, input, ds0);
            }
            int t = src.next();
            DFAState s = ds0;
            while (true) {
                // the DFA's edge for t when it is made already (edges cover MIN_DFA_EDGE..MAX_DFA_EDGE)
                DFAState[] edges = s.edges;
                DFAState target = edges != null && t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE
                    ? edges[t - MIN_DFA_EDGE] : null;
                if (target == null) {
                    target = computeTargetState(input, s, t);
                }
                if (target == ERROR) {
                    break;
                }
                if (t != IntStream.EOF) {
                    src.step();
                }
                if (target.isAcceptState) {
                    captureSimState(prevAccept, input, target);
                    if (t == IntStream.EOF) {
                        break;
                    }
                }
                t = src.next();
                s = target;
            }
            return failOrAccept(prevAccept, input, s.configs, t);
        }
    }

    /** Sets the nesting depth beyond which the lexer gives up (and the recovery parser takes over). */
    public void setMaxDepth(int depth) {
        this.maxDepth = depth;
    }

    // ---------------------------------------------------------------- hooks of the generated lexer

    /** The role of a token type. */
    protected abstract int role(int type);

    protected abstract int newlineType();

    /** The type of {@code *}. */
    protected abstract int starType();

    /** The type of names. */
    protected abstract int identType();

    /** Whether tokens of {@code type} are names: identifiers and the keywords, which are names too. */
    protected abstract boolean isName(int type);

    protected abstract int heredocCloseType();

    protected abstract int sequenceEndType();

    /** The lexer mode of heredoc templates, and of quoted ones. */
    protected abstract int heredocMode();

    protected abstract int stringMode();

    /** A role table indexed by token type, from {@code {type, role}} pairs. */
    protected static int[] roles(int[][] pairs) {
        int max = 0;
        for (int[] p : pairs) {
            max = Math.max(max, p[0]);
        }
        int[] table = new int[max + 1];
        for (int[] p : pairs) {
            table[p[0]] = p[1];
        }
        return table;
    }

    // ---------------------------------------------------------------- the token loop

    @Override
    public Token nextToken() {
        while (true) {
            if (_mode == heredocMode() && heredocLineStart) {
                Token closer = heredocEnd();
                if (closer != null) {
                    return significant(closer, ROLE_NONE);
                }
            }
            if (_mode == DEFAULT_MODE) {
                skipBlanks();
            }
            Token t = super.nextToken();
            int role = role(t.getType());
            switch (role) {
                case ROLE_NEWLINE -> {
                    if (!newlinesMatter()) {
                        splatNewline = true;
                        continue;
                    }
                    return t;
                }
                case ROLE_LINE_COMMENT -> {
                    if (_input.LA(-1) == '\n' && newlinesMatter()) {
                        ((WritableToken) t).setType(newlineType());
                    } else {
                        splatNewline |= _input.LA(-1) == '\n';
                        ((WritableToken) t).setChannel(HIDDEN);
                    }
                    return t;
                }
                case ROLE_BLOCK_COMMENT -> {
                    ((WritableToken) t).setChannel(HIDDEN);
                    return t;
                }
                default -> {
                    checkNames(t);
                    watchSplat(t);
                    structure(t, role);
                    return significant(t, role);
                }
            }
        }
    }

    /**
     * Skips spaces and tabs, as the grammar's {@code WS -> skip} rule would, without running the
     * generated lexer over them (about a third of the tokens of a typical file are blanks). ANTLR's
     * own line and column counts are not kept up to date: nothing reads them, the tokens are
     * positioned from their byte offsets.
     */
    private void skipBlanks() {
        int c = _input.LA(1);
        while (c == ' ' || c == '\t') {
            _input.consume();
            c = _input.LA(1);
        }
    }

    /**
     * The grammar's {@code \p{ID_Start}} and {@code \p{ID_Continue}} come from the Unicode
     * tables of the ANTLR tool, which are newer than the Java runtime's that the recovery parser's
     * scanner uses; so a name (or heredoc marker) with characters outside ASCII is checked against
     * the scanner's rules, and stage 1 gives up when they differ: it must never accept what the
     * recovery parser refuses.
     */
    private void checkNames(Token t) {
        int type = t.getType();
        if (type != identType() && role(type) != ROLE_OPEN_HEREDOC) {
            return;
        }
        // the token's characters are just behind the input's position: read them there, no copy
        int at = _input.index();
        int first = t.getStartIndex();
        int last = t.getStopIndex();
        if (type != identType()) {
            // <<EOT or <<-EOT, then a line break
            first += _input.LA(first + 2 - at) == '-' ? 3 : 2;
            last -= _input.LA(last - 1 - at) == '\r' ? 2 : 1;
        }
        for (int i = first; i <= last; i++) {
            int cp = _input.LA(i - at);
            // ASCII name characters are the same in both stages
            if (cp >= 0x80 && !(i == first ? Scanner.isIdStart(cp) : Scanner.isIdContinue(cp))) {
                throw new ParseCancellationException("a name character the recovery parser refuses at "
                    + t.getStartIndex());
            }
        }
    }

    /**
     * hclsyntax looks for the {@code *} of a full splat {@code [*]}, and then for its {@code ]},
     * without first making newlines insignificant, as it does for any other bracket: where newlines
     * matter (at the top level, directly in braces), {@code b[}&#92;n{@code *]} and
     * {@code b[*}&#92;n{@code ]} are errors, while the lexer drops newlines inside brackets. So
     * stage 1 gives up on a newline there (the recovery parser reports it), and only there.
     */
    private void watchSplat(Token t) {
        int type = t.getType();
        switch (splat) {
            case SPLAT_AFTER_OPEN -> {
                if (isStar(t) && splatNewline) {
                    throw new ParseCancellationException("newline inside a full splat at " + t.getStartIndex());
                }
                splat = isStar(t) ? SPLAT_AFTER_STAR : SPLAT_NONE;
            }
            case SPLAT_AFTER_STAR -> {
                if (splatNewline) {
                    throw new ParseCancellationException("newline inside a full splat at " + t.getStartIndex());
                }
                splat = SPLAT_NONE;
            }
            default -> { }
        }
        if (role(type) == ROLE_OPEN_BRACKET && newlinesMatter()) {
            splat = SPLAT_AFTER_OPEN;
        }
        splatNewline = false;
    }

    private boolean isStar(Token t) {
        return t.getType() == starType();
    }

    /** Updates the bracket stack, the modes and the depth counts for a token of {@code role}. */
    private void structure(Token t, int role) {
        switch (role) {
            case ROLE_OPEN_BRACE -> push(lastWasName ? BODY_BRACE : BRACE);
            case ROLE_CLOSE_BRACE -> {
                int kind = pop();
                if (kind == SEQUENCE) {
                    ((WritableToken) t).setType(sequenceEndType());
                    popMode();
                } else if (kind != BRACE && kind != FOR_BRACE && kind != BODY_BRACE) {
                    throw mismatch(t);
                }
            }
            case ROLE_CLOSE_STRIP -> {
                if (pop() != SEQUENCE) {
                    throw mismatch(t);
                }
                ((WritableToken) t).setType(sequenceEndType());
                popMode();
            }
            case ROLE_OPEN_BRACKET -> push(BRACKET);
            case ROLE_CLOSE_BRACKET -> close(BRACKET, t);
            case ROLE_OPEN_PAREN -> push(PAREN);
            case ROLE_CLOSE_PAREN -> close(PAREN, t);
            case ROLE_OPEN_QUOTE -> {
                push(QUOTE);
                pushMode(stringMode());
            }
            case ROLE_CLOSE_QUOTE -> {
                pop();
                popMode();
            }
            case ROLE_OPEN_SEQUENCE, ROLE_OPEN_CONTROL -> {
                if (top > 0 && stack[top - 1] == HEREDOC) {
                    heredocLineStart = false;
                }
                push(SEQUENCE);
                pushMode(DEFAULT_MODE);
            }
            case ROLE_OPEN_HEREDOC -> openHeredoc(t.getText());
            case ROLE_HEREDOC_LITERAL -> heredocLineStart = _input.LA(-1) == '\n';
            case ROLE_FOR -> {
                // right after a brace, "for" makes that brace a for expression's
                if (lastWasBrace && top > 0 && stack[top - 1] == BRACE) {
                    stack[top - 1] = FOR_BRACE;
                }
                directiveOpen();
            }
            case ROLE_IF -> directiveOpen();
            case ROLE_END_DIRECTIVE -> {
                if (afterControl && directives > 0) {
                    directives--;
                }
            }
            default -> { }
        }
        if (role == ROLE_UNARY) {
            unaryRun++;
            checkDepth();
        } else {
            unaryRun = 0;
        }
    }

    /** Records {@code t} as the last significant token. */
    private Token significant(Token t, int role) {
        lastWasBrace = role == ROLE_OPEN_BRACE;
        lastWasName = isName(t.getType()) || role == ROLE_CLOSE_QUOTE;
        afterControl = role == ROLE_OPEN_CONTROL;
        return t;
    }

    /** {@code if} or {@code for} right after <code>%{</code> opens a directive body. */
    private void directiveOpen() {
        if (afterControl) {
            directives++;
            checkDepth();
        }
    }

    /** {@code <<EOT} or {@code <<-EOT} and its line break: records the end marker. */
    private void openHeredoc(String text) {
        int start = text.charAt(2) == '-' ? 3 : 2;
        int end = text.length() - (text.endsWith("\r\n") ? 2 : 1);
        markers.add(text.substring(start, end));
        heredocLineStart = true;
        push(HEREDOC);
        pushMode(heredocMode());
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
        unaryRun = 0;
        return closer;
    }

    private static boolean isAsciiSpace(int c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == 0x0C;
    }

    private boolean newlinesMatter() {
        return top == 0 || stack[top - 1] == BRACE || stack[top - 1] == BODY_BRACE;
    }

    private void push(int kind) {
        if (top == stack.length) {
            stack = Arrays.copyOf(stack, top * 2);
        }
        stack[top++] = kind;
        checkDepth();
    }

    private int pop() {
        return top == 0 ? 0 : stack[--top];
    }

    private void close(int kind, Token t) {
        if (pop() != kind) {
            throw mismatch(t);
        }
    }

    /** Counts nesting as the recovery parser's scanner does, so that stage 1 never accepts what it refuses. */
    private void checkDepth() {
        if (top + directives + unaryRun > maxDepth) {
            throw new ParseCancellationException("nesting deeper than " + maxDepth);
        }
    }

    private static ParseCancellationException mismatch(Token t) {
        return new ParseCancellationException("mismatched bracket at " + t.getStartIndex());
    }

    /** No recovery: a character that no rule matches ends the fast path. */
    @Override
    public void notifyListeners(LexerNoViableAltException e) {
        throw new ParseCancellationException(e);
    }
}
