package io.templint.hcl.parser;

import io.templint.hcl.Range;

/**
 * What the body, expression and template parsers share: the token stream, the diagnostics, the
 * recovery flag, and hclsyntax's recovery moves (skip to a closing bracket, to the next body item).
 */
final class ParseState {

    final TokenStream in;
    final Diagnostics diags;
    /** Set once any recovery was attempted; then follow-on "bad token" errors are suppressed. */
    boolean recovery;

    ParseState(TokenStream in, Diagnostics diags) {
        this.in = in;
        this.diags = diags;
    }


    static boolean isKeyword(Token t, String kw) {
        return t.type == TokenType.IDENT && t.is(kw);
    }

    /** Skips to the token {@code end} (counting nested brackets of its kind) and returns it. */
    Token recover(TokenType end) {
        TokenType start = end.opposite();
        recovery = true;
        int nest = 0;
        while (true) {
            Token tok = in.read();
            TokenType ty = tok.type;
            if (end == TokenType.TEMPLATE_SEQ_END && ty == TokenType.TEMPLATE_CONTROL) {
                ty = TokenType.TEMPLATE_INTERP;
            }
            if (ty == start) {
                nest++;
            } else if (ty == end) {
                if (nest < 1) {
                    return tok;
                }
                nest--;
            } else if (ty == TokenType.EOF) {
                return tok;
            }
        }
    }

    void recoverOver(TokenType start) {
        TokenType end = start.opposite();
        while (true) {
            Token tok = in.read();
            if (tok.type == start || tok.type == TokenType.EOF) {
                break;
            }
        }
        recover(end);
    }

    void recoverAfterBodyItem() {
        recovery = true;
        TokenType[] open = new TokenType[16];
        int n = 0;
        while (true) {
            Token tok = in.read();
            switch (tok.type) {
                case NEWLINE:
                    if (n == 0) {
                        return;
                    }
                    break;
                case EOF:
                    return;
                case O_BRACE, O_BRACK, O_PAREN, O_QUOTE, O_HEREDOC, TEMPLATE_INTERP, TEMPLATE_CONTROL:
                    if (n == open.length) {
                        open = java.util.Arrays.copyOf(open, n * 2);
                    }
                    open[n++] = tok.type;
                    break;
                case C_BRACE, C_BRACK, C_PAREN, C_QUOTE, C_HEREDOC: {
                    TokenType opener = tok.type.opposite();
                    while (n > 0 && open[n - 1] != opener) {
                        n--;
                    }
                    if (n > 0) {
                        n--;
                    }
                    break;
                }
                case TEMPLATE_SEQ_END:
                    while (n > 0 && open[n - 1] != TokenType.TEMPLATE_INTERP && open[n - 1] != TokenType.TEMPLATE_CONTROL) {
                        n--;
                    }
                    if (n > 0) {
                        n--;
                    }
                    break;
                default:
                    break;
            }
        }
    }

    /** A range as hcl prints it in messages: {@code file:line,col-col} or {@code file:line,col-line,col}. */
    static String rangeString(Range r) {
        if (r.startLine() == r.endLine()) {
            return r.filename() + ":" + r.startLine() + "," + r.startColumn() + "-" + r.endColumn();
        }
        return r.filename() + ":" + r.startLine() + "," + r.startColumn() + "-" + r.endLine() + "," + r.endColumn();
    }
}
