package io.templint.hcl.parser;

import io.templint.hcl.Comment;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.parser.antlr.HCLLexer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token of the grammar's lexer that is also a positioned {@link Token}, so that the tree is built
 * from the tokens the generated parser consumed, with no second token per token. Its {@link Factory}
 * positions the tokens as the lexer makes them, in order, and records the comments.
 */
final class GrammarToken extends Token implements WritableToken {

    private int antlrType;
    private int channel;
    private int index = -1;
    /** Code point indexes of the first and last character, as ANTLR counts them. */
    private final int startIndex;
    private final int stopIndex;
    private final Factory factory;

    private GrammarToken(Factory factory, int antlrType, int channel, int startIndex, int stopIndex, int startByte,
                         int endByte, int startLine, int startColumn, int endLine, int endColumn) {
        super(kind(antlrType), factory.src.source, startByte, endByte, startLine, startColumn, endLine, endColumn);
        this.factory = factory;
        this.antlrType = antlrType;
        this.channel = channel;
        this.startIndex = startIndex;
        this.stopIndex = stopIndex;
    }

    /** The kind of token the tree builder and the shared template code need to tell apart. */
    private static TokenType kind(int antlrType) {
        return switch (antlrType) {
            case HCLLexer.QUOTED_LIT -> TokenType.QUOTED_LIT;
            case HCLLexer.STRING_LIT -> TokenType.STRING_LIT;
            case HCLLexer.NEWLINE -> TokenType.NEWLINE;
            case HCLLexer.LINE_COMMENT, HCLLexer.BLOCK_COMMENT -> TokenType.COMMENT;
            case org.antlr.v4.runtime.Token.EOF -> TokenType.EOF;
            default -> TokenType.NIL;
        };
    }

    @Override
    public String getText() {
        return text();
    }

    @Override
    public int getType() {
        return antlrType;
    }

    @Override
    public int getLine() {
        return startLine;
    }

    @Override
    public int getCharPositionInLine() {
        return startColumn - 1;
    }

    @Override
    public int getChannel() {
        return channel;
    }

    @Override
    public int getTokenIndex() {
        return index;
    }

    @Override
    public int getStartIndex() {
        return startIndex;
    }

    @Override
    public int getStopIndex() {
        return stopIndex;
    }

    @Override
    public TokenSource getTokenSource() {
        return factory.origin == null ? null : factory.origin.a;
    }

    @Override
    public CharStream getInputStream() {
        return factory.origin == null ? null : factory.origin.b;
    }

    @Override
    public void setText(String text) {
        throw new UnsupportedOperationException("a grammar token's text is its source text");
    }

    @Override
    public void setType(int ttype) {
        antlrType = ttype;
        type = kind(ttype);
    }

    @Override
    public void setLine(int line) {
        throw new UnsupportedOperationException("a grammar token's position is its source position");
    }

    @Override
    public void setCharPositionInLine(int pos) {
        throw new UnsupportedOperationException("a grammar token's position is its source position");
    }

    @Override
    public void setChannel(int channel) {
        this.channel = channel;
    }

    @Override
    public void setTokenIndex(int index) {
        this.index = index;
    }

    /**
     * Makes the lexer's tokens of one file, in order: each is positioned from where the one before
     * ended (so positions cost one pass over the bytes), and comments are recorded as the recovery
     * parser's scanner records them.
     */
    static final class Factory implements TokenFactory<GrammarToken> {
        private final DecodedSource src;
        private final List<Comment> comments = new ArrayList<>();
        private Pair<TokenSource, CharStream> origin;
        private int atByte;
        private int line = 1;
        private int column = 1;

        Factory(DecodedSource src) {
            this.src = src;
            this.atByte = src.bomLength;
        }

        /** The comments of the tokens made so far, in order. */
        List<Comment> comments() {
            return comments;
        }

        @Override
        public GrammarToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel,
                                   int start, int stop, int antlrLine, int charPositionInLine) {
            origin = source;
            byte[] bytes = src.source.bytes;
            int startByte = src.byteOffset(start);
            int endByte = type == org.antlr.v4.runtime.Token.EOF ? startByte : src.byteOffset(stop + 1);
            long from = TextPositions.advance(bytes, atByte, startByte, line, column);
            int startLine = TextPositions.line(from);
            int startColumn = TextPositions.column(from);
            boolean isComment = type == HCLLexer.LINE_COMMENT || type == HCLLexer.BLOCK_COMMENT;
            // a comment's own range may stop before its line break: position that end on the way
            int commentEnd = isComment ? commentEnd(bytes, startByte, endByte) : endByte;
            long mid = TextPositions.advance(bytes, startByte, commentEnd, startLine, startColumn);
            long to = commentEnd == endByte ? mid
                : TextPositions.advance(bytes, commentEnd, endByte, TextPositions.line(mid), TextPositions.column(mid));
            atByte = endByte;
            line = TextPositions.line(to);
            column = TextPositions.column(to);
            GrammarToken t = new GrammarToken(this, type, channel, start, stop, startByte, endByte, startLine,
                startColumn, line, column);
            if (isComment) {
                comments.add(comment(t, commentEnd, mid));
            }
            return t;
        }

        @Override
        public GrammarToken create(int type, String text) {
            throw new UnsupportedOperationException("the grammar never conjures tokens: it does not recover");
        }

        /**
         * Where the comment over {@code [p, q)} ends, as the recovery parser's scanner records it: a
         * line comment without its line break ({@code \n}, or {@code \r\n} unless at the end of the file).
         */
        private static int commentEnd(byte[] data, int p, int q) {
            if (data[p] == '/' && data[p + 1] == '*') {
                return q;
            }
            int markerLength = data[p] == '#' ? 1 : 2;
            int textEnd = q > p && data[q - 1] == '\n' ? q - 1 : q;
            return Scanner.lineCommentTextEnd(data, p + markerLength, textEnd, data.length);
        }

        /** The comment a comment token stands for; {@code end} is the position of {@code commentEnd}. */
        private Comment comment(Token tok, int commentEnd, long end) {
            byte[] data = src.source.bytes;
            int p = tok.startByte;
            if (data[p] == '/' && data[p + 1] == '*') {
                return new Comment(tok.range(), text(p + 2, tok.endByte - 2), Comment.Style.BLOCK);
            }
            int markerLength = data[p] == '#' ? 1 : 2;
            Range range = commentEnd == tok.endByte ? tok.range() : new Range(src.source.filename, tok.start(),
                new Pos(TextPositions.line(end), TextPositions.column(end), commentEnd));
            return new Comment(range, text(p + markerLength, commentEnd),
                markerLength == 1 ? Comment.Style.HASH : Comment.Style.DOUBLE_SLASH);
        }

        private String text(int from, int to) {
            return new String(src.source.bytes, from, to - from, StandardCharsets.UTF_8);
        }
    }
}
