package io.templint.hcl.parser;

/**
 * Token kinds of HCL's native syntax, one for one with HashiCorp's {@code hclsyntax.TokenType}, so
 * that the parser can reproduce the reference parser's decisions and diagnostics.
 */
enum TokenType {
    O_BRACE, C_BRACE, O_BRACK, C_BRACK, O_PAREN, C_PAREN, O_QUOTE, C_QUOTE, O_HEREDOC, C_HEREDOC,
    STAR, SLASH, PLUS, MINUS, PERCENT,
    EQUAL, EQUAL_OP, NOT_EQUAL, LESS_THAN, LESS_THAN_EQ, GREATER_THAN, GREATER_THAN_EQ,
    AND, OR, BANG,
    DOT, COMMA, DOUBLE_COLON, ELLIPSIS, FAT_ARROW, QUESTION, COLON,
    TEMPLATE_INTERP, TEMPLATE_CONTROL, TEMPLATE_SEQ_END,
    /** A literal part of a quoted template; may contain backslash escapes. */
    QUOTED_LIT,
    /** A literal part of a heredoc or bare template; no backslash escapes. */
    STRING_LIT,
    NUMBER_LIT, IDENT, COMMENT, NEWLINE, EOF,
    // Recognised only to report good diagnostics.
    BITWISE_AND, BITWISE_OR, BITWISE_NOT, BITWISE_XOR, APOSTROPHE, BACKTICK, SEMICOLON,
    INVALID, BAD_UTF8, QUOTED_NEWLINE,
    /** Placeholder for "no token" (never produced by the scanner). */
    NIL;

    /** The bracket that closes or opens this one, or {@link #NIL}. */
    TokenType opposite() {
        return switch (this) {
            case O_BRACE -> C_BRACE;
            case O_BRACK -> C_BRACK;
            case O_PAREN -> C_PAREN;
            case O_QUOTE -> C_QUOTE;
            case O_HEREDOC -> C_HEREDOC;
            case C_BRACE -> O_BRACE;
            case C_BRACK -> O_BRACK;
            case C_PAREN -> O_PAREN;
            case C_QUOTE -> O_QUOTE;
            case C_HEREDOC -> O_HEREDOC;
            case TEMPLATE_CONTROL, TEMPLATE_INTERP -> TEMPLATE_SEQ_END;
            case TEMPLATE_SEQ_END -> TEMPLATE_INTERP;
            default -> NIL;
        };
    }
}
