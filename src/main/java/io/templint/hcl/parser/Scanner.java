package io.templint.hcl.parser;

import io.templint.hcl.Comment;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tokenizer: a hand-written equivalent of HashiCorp's Ragel scanner ({@code scan_tokens.rl}),
 * longest match first, with a mode stack for quoted templates, heredocs and interpolations inside
 * them, a brace counter to find the brace that ends an interpolation, and a heredoc stack to match
 * end markers. Works on bytes (no decoding except for non-ASCII identifiers), linear time.
 */
final class Scanner {

    private static final int MAIN = 0;
    private static final int STRING = 1;
    private static final int HEREDOC = 2;
    private static final int BARE = 3;

    private final byte[] data;
    private final String filename;
    private final int base;
    private final int end;
    private final Token.Source source;
    private final TokenTable tokens;
    private final List<Comment> comments = new ArrayList<>();

    private int[] modes = new int[8];
    private int modeTop;
    private int braces;
    private int[] retBraces = new int[8];
    private int retTop;
    private final List<Heredoc> heredocs = new ArrayList<>();

    /** Whether the identifier last measured by {@link #identEnd} is pure ASCII. */
    private boolean identAscii;

    // position of the end of the last token
    private int curByte;
    private int curLine;
    private int curColumn;

    /** A heredoc being read: its end marker and whether the scanner is at the start of a line. */
    private static final class Heredoc {
        final int markerStart;
        final int markerEnd;
        boolean startOfLine = true;

        Heredoc(int markerStart, int markerEnd) {
            this.markerStart = markerStart;
            this.markerEnd = markerEnd;
        }
    }

    private Scanner(byte[] data, String filename, Pos start, boolean template, int depthLimit) {
        this.data = data;
        this.depthLimit = depthLimit;
        this.filename = filename;
        this.base = start.byteOffset();
        this.end = data.length;
        this.source = new Token.Source(filename, data, start.byteOffset());
        this.tokens = new TokenTable(source, data.length);
        modes[0] = template ? BARE : MAIN;
        curByte = 0;
        curLine = start.line();
        curColumn = start.column();
    }

    /**
     * The tokens of a file or expression, always ending with an EOF token. Scanning stops early
     * once nesting goes deeper than {@code depthLimit} (see {@link #maxDepth()}).
     */
    static Scanner scanConfig(byte[] data, String filename, int depthLimit) {
        Scanner s = new Scanner(data, filename, Pos.START, false, depthLimit);
        s.run();
        return s;
    }

    /** The tokens of a bare template whose first byte lies at {@code start}; see {@link #scanConfig}. */
    static Scanner scanTemplate(byte[] data, String filename, Pos start, int depthLimit) {
        Scanner s = new Scanner(data, filename, start, true, depthLimit);
        s.run();
        return s;
    }

    /** The tokens, the last one being EOF. */
    TokenTable tokens() {
        return tokens;
    }

    List<Comment> comments() {
        return comments;
    }

    private void run() {
        int p = 0;
        if (end >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB
                && (data[2] & 0xff) == 0xBF) {
            p = 3; // the BOM is skipped: bytes move on, columns do not
            curByte = 3;
        }
        while (p < end && !stopped) {
            p = switch (modes[modeTop]) {
                case MAIN -> scanMain(p);
                case STRING -> scanString(p);
                case HEREDOC -> scanHeredoc(p);
                default -> scanBare(p);
            };
        }
        emit(TokenType.EOF, p, p);
    }

    // ---------------------------------------------------------------- main

    private int scanMain(int p) {
        byte b = data[p];
        switch (b) {
            case ' ', '\t': {
                int q = p + 1;
                while (q < end && (data[q] == ' ' || data[q] == '\t')) {
                    q++;
                }
                return q;
            }
            case '#':
                return lineComment(p, 1, Comment.Style.HASH);
            case '/':
                if (at(p + 1) == '/') {
                    return lineComment(p, 2, Comment.Style.DOUBLE_SLASH);
                }
                if (at(p + 1) == '*') {
                    int close = indexOf2(p + 2, (byte) '*', (byte) '/');
                    if (close >= 0) {
                        emit(TokenType.COMMENT, p, close + 2);
                        comments.add(new Comment(lastRange(), text(p + 2, close), Comment.Style.BLOCK));
                        return close + 2;
                    }
                }
                return emitAscii(TokenType.SLASH, p, p + 1);
            case '\n':
                return emitNewline(p, p + 1);
            case '\r':
                if (at(p + 1) == '\n') {
                    return emitNewline(p, p + 2);
                }
                return emit(TokenType.INVALID, p, p + 1);
            case '=':
                if (at(p + 1) == '=') {
                    return emitAscii(TokenType.EQUAL_OP, p, p + 2);
                }
                if (at(p + 1) == '>') {
                    return emitAscii(TokenType.FAT_ARROW, p, p + 2);
                }
                return emitAscii(TokenType.EQUAL, p, p + 1);
            case '!':
                return at(p + 1) == '=' ? emitAscii(TokenType.NOT_EQUAL, p, p + 2) : emitAscii(TokenType.BANG, p, p + 1);
            case '>':
                return at(p + 1) == '='
                    ? emitAscii(TokenType.GREATER_THAN_EQ, p, p + 2) : emitAscii(TokenType.GREATER_THAN, p, p + 1);
            case '<':
                if (at(p + 1) == '<') {
                    int q = heredocIntroducer(p);
                    if (q > 0) {
                        return q;
                    }
                }
                return at(p + 1) == '=' ? emitAscii(TokenType.LESS_THAN_EQ, p, p + 2) : emitAscii(TokenType.LESS_THAN, p, p + 1);
            case '&':
                return at(p + 1) == '&' ? emitAscii(TokenType.AND, p, p + 2) : emitAscii(TokenType.BITWISE_AND, p, p + 1);
            case '|':
                return at(p + 1) == '|' ? emitAscii(TokenType.OR, p, p + 2) : emitAscii(TokenType.BITWISE_OR, p, p + 1);
            case ':':
                return at(p + 1) == ':' ? emitAscii(TokenType.DOUBLE_COLON, p, p + 2) : emitAscii(TokenType.COLON, p, p + 1);
            case '.':
                if (at(p + 1) == '.' && at(p + 2) == '.') {
                    return emitAscii(TokenType.ELLIPSIS, p, p + 3);
                }
                return emitAscii(TokenType.DOT, p, p + 1);
            case '[':
                return emitAscii(TokenType.O_BRACK, p, p + 1);
            case ']':
                return emitAscii(TokenType.C_BRACK, p, p + 1);
            case '(':
                return emitAscii(TokenType.O_PAREN, p, p + 1);
            case ')':
                return emitAscii(TokenType.C_PAREN, p, p + 1);
            case ',':
                return emitAscii(TokenType.COMMA, p, p + 1);
            case '*':
                return emitAscii(TokenType.STAR, p, p + 1);
            case '%':
                return emitAscii(TokenType.PERCENT, p, p + 1);
            case '+':
                return emitAscii(TokenType.PLUS, p, p + 1);
            case '-':
                return emitAscii(TokenType.MINUS, p, p + 1);
            case '?':
                return emitAscii(TokenType.QUESTION, p, p + 1);
            case '^':
                return emitAscii(TokenType.BITWISE_XOR, p, p + 1);
            case ';':
                return emitAscii(TokenType.SEMICOLON, p, p + 1);
            case '`':
                return emitAscii(TokenType.BACKTICK, p, p + 1);
            case '\'':
                return emitAscii(TokenType.APOSTROPHE, p, p + 1);
            case '~':
                if (at(p + 1) == '}') {
                    // "~}" always ends a template sequence, even when it does not match one: the
                    // parser then reports the misuse.
                    emitAscii(TokenType.TEMPLATE_SEQ_END, p, p + 2);
                    closeSequence();
                    return p + 2;
                }
                return emitAscii(TokenType.BITWISE_NOT, p, p + 1);
            case '{':
                braces++;
                return emitAscii(TokenType.O_BRACE, p, p + 1);
            case '}':
                if (retTop > 0 && retBraces[retTop - 1] == braces) {
                    emitAscii(TokenType.TEMPLATE_SEQ_END, p, p + 1);
                    closeSequence();
                } else {
                    emitAscii(TokenType.C_BRACE, p, p + 1);
                    braces--;
                }
                return p + 1;
            case '"':
                emitAscii(TokenType.O_QUOTE, p, p + 1);
                pushMode(STRING);
                return p + 1;
            default:
                break;
        }
        if (b >= '0' && b <= '9') {
            return emitAscii(TokenType.NUMBER_LIT, p, numberEnd(p));
        }
        int q = identEnd(p);
        if (q > p) {
            return identAscii ? emitAscii(TokenType.IDENT, p, q) : emit(TokenType.IDENT, p, q);
        }
        int len = utf8Length(p);
        if (len < 0) {
            return emit(TokenType.BAD_UTF8, p, p + 1);
        }
        return emit(TokenType.INVALID, p, p + len);
    }

    private void closeSequence() {
        if (retTop > 0 && retBraces[retTop - 1] == braces) {
            retTop--;
            braces--;
            popMode();
        } else {
            braces--;
        }
    }

    private int lineComment(int p, int markerLen, Comment.Style style) {
        int q = p + markerLen;
        while (q < end && data[q] != '\n') {
            q++;
        }
        int textEnd = q;
        if (q < end) {
            q++; // the newline belongs to the comment token
        }
        emit(TokenType.COMMENT, p, q);
        int commentEnd = lineCommentTextEnd(data, p + markerLen, textEnd, end);
        Range full = lastRange();
        Range r = full;
        if (commentEnd != q) {
            long pos = TextPositions.advance(data, p, commentEnd, full.startLine(), full.startColumn());
            r = new Range(filename, full.start(),
                new Pos(TextPositions.line(pos), TextPositions.column(pos), base + commentEnd));
        }
        comments.add(new Comment(r, text(p + markerLen, commentEnd), style));
        return q;
    }

    /**
     * Where the text of a line comment ends, given where its line break (or the input, at
     * {@code end}) starts: a carriage return before the line break is not text either.
     */
    static int lineCommentTextEnd(byte[] data, int markerEnd, int textEnd, int end) {
        return textEnd > markerEnd && data[textEnd - 1] == '\r' && textEnd < end ? textEnd - 1 : textEnd;
    }

    /** {@code <<EOT\n} or {@code <<-EOT\n}: emits the introducer and enters heredoc mode, or returns 0. */
    private int heredocIntroducer(int p) {
        int q = p + 2;
        if (at(q) == '-') {
            q++;
        }
        int identEnd = identEnd(q);
        if (identEnd == q) {
            return 0;
        }
        int nlEnd;
        if (at(identEnd) == '\n') {
            nlEnd = identEnd + 1;
        } else if (at(identEnd) == '\r' && at(identEnd + 1) == '\n') {
            nlEnd = identEnd + 2;
        } else {
            return 0;
        }
        emit(TokenType.O_HEREDOC, p, nlEnd);
        heredocs.add(new Heredoc(q, identEnd));
        pushMode(HEREDOC);
        return nlEnd;
    }

    private int numberEnd(int p) {
        int q = p + 1;
        int good = q;
        while (q < end) {
            byte c = data[q];
            if (c >= '0' && c <= '9') {
                q++;
                good = q;
            } else if (c == '.') {
                q++;
            } else if (c == 'e' || c == 'E') {
                int r = q + 1;
                if (at(r) == '+' || at(r) == '-') {
                    r++;
                }
                if (r < end && data[r] >= '0' && data[r] <= '9') {
                    q = r + 1;
                    good = q;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return good;
    }

    /** The end of an identifier starting at {@code p}, or {@code p} when none starts there. */
    private int identEnd(int p) {
        if (p >= end) {
            return p;
        }
        int cp = codePointAt(p);
        if (cp != '_' && !isIdStart(cp)) {
            return p;
        }
        identAscii = cp < 0x80;
        int q = p + utf8Length(p);
        while (q < end) {
            byte c = data[q];
            if (c >= 0) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                        || c == '-') {
                    q++;
                    continue;
                }
                break;
            }
            int len = utf8Length(q);
            if (len < 0 || !isIdContinue(codePointAt(q))) {
                break;
            }
            identAscii = false;
            q += len;
        }
        return q;
    }

    static boolean isIdStart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        return Character.isUnicodeIdentifierStart(cp);
    }

    static boolean isIdContinue(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    // ---------------------------------------------------------------- templates

    private int scanString(int p) {
        byte b = data[p];
        if (b == '$' || b == '%') {
            int r = templateSigil(p, TokenType.QUOTED_LIT, true);
            // a sigil as the very last byte matches only as a single (invalid) character
            return r >= 0 ? r : emit(TokenType.INVALID, p, p + 1);
        }
        if (b == '"') {
            emitAscii(TokenType.C_QUOTE, p, p + 1);
            popMode();
            return p + 1;
        }
        if (b == '\r' || b == '\n') {
            int q = p + 1;
            while (q < end && (data[q] == '\r' || data[q] == '\n')) {
                q++;
            }
            return emit(TokenType.QUOTED_NEWLINE, p, q);
        }
        int q = p;
        boolean ascii = true;
        while (q < end) {
            byte c = data[q];
            if (c == '\\') {
                if (q + 1 < end && data[q + 1] != '\r' && data[q + 1] != '\n') {
                    int len = utf8Length(q + 1);
                    if (len > 0) {
                        ascii &= len == 1;
                        q += 1 + len;
                        continue;
                    }
                }
                break;
            }
            if (c == '$' || c == '%' || c == '"' || c == '\r' || c == '\n') {
                break;
            }
            if (c < 0) {
                int len = utf8Length(q);
                if (len < 0) {
                    break;
                }
                ascii = false;
                q += len;
            } else {
                q++;
            }
        }
        if (q > p) {
            return ascii ? emitAscii(TokenType.QUOTED_LIT, p, q) : emit(TokenType.QUOTED_LIT, p, q);
        }
        if (b == '\\') {
            return emit(TokenType.INVALID, p, p + 1);
        }
        return emit(TokenType.BAD_UTF8, p, p + 1);
    }

    /**
     * At a {@code $} or {@code %} in a template: an interpolation or directive opener, an escaped
     * {@code $${} / {@code %%{}, or a lone sigil. Returns where scanning goes on, or -1 when the
     * sigil is the last byte (then nothing matches). Lone and escaped sigils are emitted as
     * {@code litType} unless {@code emitLiteral} is false, in which case their end is returned negated.
     */
    private int templateSigil(int p, TokenType litType, boolean emitLiteral) {
        byte b = data[p];
        if (at(p + 1) == '{') {
            int len = at(p + 2) == '~' ? 3 : 2;
            emit(b == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL, p, p + len);
            braces++;
            if (retTop == retBraces.length) {
                retBraces = Arrays.copyOf(retBraces, retTop * 2);
            }
            retBraces[retTop++] = braces;
            if (!heredocs.isEmpty()) {
                heredocs.get(heredocs.size() - 1).startOfLine = false;
            }
            pushMode(MAIN);
            return p + len;
        }
        int litEnd;
        if (at(p + 1) == b && at(p + 2) == '{') {
            litEnd = at(p + 3) == '~' ? p + 4 : p + 3;
        } else if (p + 1 < end) {
            litEnd = p + 1;
        } else {
            return -1;
        }
        if (!emitLiteral) {
            return -litEnd;
        }
        return emit(litType, p, litEnd);
    }

    private int scanHeredoc(int p) {
        byte b = data[p];
        int litEnd;
        if (b == '$' || b == '%') {
            int r = templateSigil(p, TokenType.STRING_LIT, false);
            if (r == -1) {
                return emit(TokenType.INVALID, p, end);
            }
            if (r >= 0) {
                return r;
            }
            litEnd = -r;
        } else {
            litEnd = plainRun(p);
        }
        int eolEnd = -1;
        if (at(litEnd) == '\n') {
            eolEnd = litEnd + 1;
        } else if (at(litEnd) == '\r' && at(litEnd + 1) == '\n') {
            eolEnd = litEnd + 2;
        }
        if (eolEnd > 0) {
            Heredoc doc = heredocs.get(heredocs.size() - 1);
            if (doc.startOfLine && isMarkerLine(p, eolEnd, doc)) {
                int nlStart = eolEnd - 2 >= p && data[eolEnd - 2] == '\r' ? eolEnd - 2 : eolEnd - 1;
                emit(TokenType.C_HEREDOC, p, nlStart);
                emit(TokenType.NEWLINE, nlStart, eolEnd);
                heredocs.remove(heredocs.size() - 1);
                popMode();
                return eolEnd;
            }
            doc.startOfLine = true;
            return emit(TokenType.STRING_LIT, p, eolEnd);
        }
        if (litEnd > p) {
            heredocs.get(heredocs.size() - 1).startOfLine = false;
            return emit(TokenType.STRING_LIT, p, litEnd);
        }
        if (b == '\r') {
            // a lone carriage return matches nothing in a heredoc: the scanner gives up here
            return emit(TokenType.INVALID, p, end);
        }
        return emit(TokenType.BAD_UTF8, p, p + 1);
    }

    private int scanBare(int p) {
        byte b = data[p];
        int litEnd;
        if (b == '$' || b == '%') {
            int r = templateSigil(p, TokenType.STRING_LIT, false);
            if (r == -1) {
                return emit(TokenType.STRING_LIT, p, end);
            }
            if (r >= 0) {
                return r;
            }
            litEnd = -r;
        } else {
            litEnd = plainRun(p);
        }
        if (at(litEnd) == '\n') {
            return emit(TokenType.STRING_LIT, p, litEnd + 1);
        } else if (at(litEnd) == '\r' && at(litEnd + 1) == '\n') {
            return emit(TokenType.STRING_LIT, p, litEnd + 2);
        }
        if (litEnd > p) {
            return emit(TokenType.STRING_LIT, p, litEnd);
        }
        if (b == '\r') {
            return emit(modeTop == 0 ? TokenType.STRING_LIT : TokenType.INVALID, p, end);
        }
        return emit(TokenType.BAD_UTF8, p, p + 1);
    }

    /** The end of a run of valid UTF-8 other than {@code $ % \r \n}. */
    private int plainRun(int p) {
        int q = p;
        while (q < end) {
            byte c = data[q];
            if (c == '$' || c == '%' || c == '\r' || c == '\n') {
                break;
            }
            if (c < 0) {
                int len = utf8Length(q);
                if (len < 0) {
                    break;
                }
                q += len;
            } else {
                q++;
            }
        }
        return q;
    }

    private boolean isMarkerLine(int from, int to, Heredoc doc) {
        int s = from;
        int e = to;
        while (s < e && isAsciiSpace(data[s])) {
            s++;
        }
        while (e > s && isAsciiSpace(data[e - 1])) {
            e--;
        }
        int len = doc.markerEnd - doc.markerStart;
        if (e - s != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (data[s + i] != data[doc.markerStart + i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
    }

    // ---------------------------------------------------------------- helpers

    private int at(int i) {
        return i < end ? data[i] : -1;
    }

    private int indexOf2(int from, byte a, byte b) {
        for (int i = from; i + 1 < end; i++) {
            if (data[i] == a && data[i + 1] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The length of the (loosely validated, like HCL's scanner) UTF-8 sequence at p, or -1. */
    private int utf8Length(int p) {
        int b = data[p] & 0xff;
        int n;
        if (b < 0x80) {
            return 1;
        } else if (b >= 0xC0 && b <= 0xDF) {
            n = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 3;
        } else if (b >= 0xF0 && b <= 0xF7) {
            n = 4;
        } else {
            return -1;
        }
        if (p + n > end) {
            return -1;
        }
        for (int i = 1; i < n; i++) {
            int c = data[p + i] & 0xff;
            if (c < 0x80 || c > 0xBF) {
                return -1;
            }
        }
        return n;
    }

    private int codePointAt(int p) {
        int b = data[p] & 0xff;
        int n = utf8Length(p);
        switch (n) {
            case 1:
                return b;
            case 2:
                return ((b & 0x1F) << 6) | (data[p + 1] & 0x3F);
            case 3:
                return ((b & 0x0F) << 12) | ((data[p + 1] & 0x3F) << 6) | (data[p + 2] & 0x3F);
            case 4:
                return ((b & 0x07) << 18) | ((data[p + 1] & 0x3F) << 12) | ((data[p + 2] & 0x3F) << 6)
                    | (data[p + 3] & 0x3F);
            default:
                return -1;
        }
    }

    private String text(int from, int to) {
        return new String(data, from, to - from, StandardCharsets.UTF_8);
    }

    private void pushMode(int mode) {
        if (modeTop + 1 == modes.length) {
            modes = Arrays.copyOf(modes, modes.length * 2);
        }
        modes[++modeTop] = mode;
    }

    private void popMode() {
        if (modeTop > 0) {
            modeTop--;
        }
    }

    private Range lastRange() {
        return tokens.range(tokens.count() - 1);
    }

    /** Emits a token over {@code data[ts, te)} and returns {@code te}. */
    private int emit(TokenType type, int ts, int te) {
        // only spaces and tabs lie between tokens, one column each
        int startLine = curLine;
        int startColumn = curColumn + (ts - curByte);
        long endPos = TextPositions.advance(data, ts, te, startLine, startColumn);
        return add(type, ts, te, startLine, startColumn, TextPositions.line(endPos), TextPositions.column(endPos));
    }

    /** {@link #emit} for a token known to be ASCII without line breaks: one column per byte. */
    private int emitAscii(TokenType type, int ts, int te) {
        int startColumn = curColumn + (ts - curByte);
        return add(type, ts, te, curLine, startColumn, curLine, startColumn + (te - ts));
    }

    /** {@link #emit} for a newline token ({@code \n} or {@code \r\n}). */
    private int emitNewline(int ts, int te) {
        return add(TokenType.NEWLINE, ts, te, curLine, curColumn + (ts - curByte), curLine + 1, 1);
    }

    private int add(TokenType type, int ts, int te, int startLine, int startColumn, int endLine, int endColumn) {
        curLine = endLine;
        curColumn = endColumn;
        curByte = te;
        tokens.add(type, base + ts, base + te, startLine, startColumn, curLine, curColumn);
        trackDepth(type, ts, te);
        return te;
    }

    // ---------------------------------------------------------------- nesting depth

    private int depth;
    private int unaryRun;
    private boolean afterControl;
    private int maxDepth;
    private int deepest;
    private final int depthLimit;
    private boolean stopped;

    /**
     * Counts how deeply the parser will recurse: brackets, braces, parentheses, strings,
     * interpolations, template directives and runs of unary operators. Lets the parser refuse input
     * nested beyond its limit before parsing it.
     */
    private void trackDepth(TokenType type, int ts, int te) {
        int delta = DEPTH_DELTA[type.ordinal()];
        if (delta > 0) {
            depth++;
        } else if (delta < 0) {
            depth = Math.max(0, depth - 1);
        } else if (afterControl && type == TokenType.IDENT) {
            if (isWord(ts, te, "if") || isWord(ts, te, "for")) {
                depth++; // the directive's body nests until its end directive
            } else if (isWord(ts, te, "endif") || isWord(ts, te, "endfor")) {
                depth = Math.max(0, depth - 1);
            }
        }
        afterControl = type == TokenType.TEMPLATE_CONTROL;
        unaryRun = type == TokenType.BANG || type == TokenType.MINUS ? unaryRun + 1 : 0;
        int level = depth + unaryRun;
        if (level > maxDepth) {
            maxDepth = level;
            deepest = tokens.count() - 1;
            if (maxDepth > depthLimit) {
                stopped = true; // no need to read further: the input will be refused
            }
        }
    }

    private boolean isWord(int ts, int te, String word) {
        if (te - ts != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (data[ts + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** +1 for tokens that open a nesting level, -1 for those that close one. */
    private static final byte[] DEPTH_DELTA = new byte[TokenType.values().length];

    static {
        for (TokenType t : new TokenType[] {TokenType.O_BRACE, TokenType.O_BRACK, TokenType.O_PAREN, TokenType.O_QUOTE,
                TokenType.O_HEREDOC, TokenType.TEMPLATE_INTERP, TokenType.TEMPLATE_CONTROL}) {
            DEPTH_DELTA[t.ordinal()] = 1;
        }
        for (TokenType t : new TokenType[] {TokenType.C_BRACE, TokenType.C_BRACK, TokenType.C_PAREN, TokenType.C_QUOTE,
                TokenType.C_HEREDOC, TokenType.TEMPLATE_SEQ_END}) {
            DEPTH_DELTA[t.ordinal()] = -1;
        }
    }

    /** The deepest nesting seen (see {@link #trackDepth}). */
    int maxDepth() {
        return maxDepth;
    }

    /** The range of the first token at the deepest nesting. */
    Range deepestRange() {
        return tokens.range(deepest);
    }
}
