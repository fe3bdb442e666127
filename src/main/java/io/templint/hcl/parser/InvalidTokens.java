package io.templint.hcl.parser;

/**
 * Reports tokens that never belong in HCL (hclsyntax's {@code checkInvalidTokens}): bitwise
 * operators, backticks, single quotes, semicolons, invalid characters and bytes, newlines inside
 * quoted strings. These come before any parse error, as in the reference.
 */
final class InvalidTokens {

    private InvalidTokens() { }

    /**
     * hclsyntax reports every invalid character and quoted newline; past this many of each, a
     * hostile file of millions of them would only produce millions of identical diagnostics.
     */
    static final int MAX_REPEATED = 1000;

    static void check(TokenTable tokens, Diagnostics diags) {
        int toldInvalid = 0;
        int toldQuotedNewline = 0;
        int toldBitwise = 0;
        int toldBacktick = 0;
        int toldApostrophe = 0;
        int toldSemicolon = 0;
        int toldBadUtf8 = 0;
        int count = tokens.count();
        for (int i = 0; i < count; i++) {
            TokenType type = tokens.type(i);
            if (type.ordinal() < TokenType.BITWISE_AND.ordinal()) {
                continue; // the ordinary tokens come first
            }
            Token tok = tokens.token(i);
            switch (tok.type) {
                case BITWISE_AND, BITWISE_OR, BITWISE_XOR, BITWISE_NOT -> {
                    if (toldBitwise < 4) {
                        String suggestion = switch (tok.type) {
                            case BITWISE_AND -> " Did you mean boolean AND (\"&&\")?";
                            case BITWISE_OR -> " Did you mean boolean OR (\"||\")?";
                            case BITWISE_NOT -> " Did you mean boolean NOT (\"!\")?";
                            default -> "";
                        };
                        diags.error("Unsupported operator", "Bitwise operators are not supported." + suggestion,
                            tok.range());
                        toldBitwise++;
                    }
                }
                case BACKTICK -> {
                    if (toldBacktick % 2 == 0) {
                        diags.error("Invalid character", "The \"`\" character is not valid. To create a multi-line "
                            + "string, use the \"heredoc\" syntax, like \"<<EOT\".", tok.range());
                    }
                    if (toldBacktick <= 2) {
                        toldBacktick++;
                    }
                }
                case APOSTROPHE -> {
                    if (toldApostrophe % 2 == 0) {
                        diags.error("Invalid character", "Single quotes are not valid. Use double quotes (\") to "
                            + "enclose strings.", tok.range());
                    }
                    if (toldApostrophe <= 2) {
                        toldApostrophe++;
                    }
                }
                case SEMICOLON -> {
                    if (toldSemicolon < 1) {
                        diags.error("Invalid character", "The \";\" character is not valid. Use newlines to separate "
                            + "arguments and blocks, and commas to separate items in collection values.", tok.range());
                        toldSemicolon++;
                    }
                }
                case BAD_UTF8 -> {
                    if (toldBadUtf8 < 1) {
                        diags.error("Invalid character encoding", "All input files must be UTF-8 encoded. Ensure that "
                            + "UTF-8 encoding is selected in your editor.", tok.range());
                        toldBadUtf8++;
                    }
                }
                case QUOTED_NEWLINE -> {
                    if (toldQuotedNewline++ < MAX_REPEATED) {
                        diags.error("Invalid multi-line string", "Quoted strings may not be split over "
                            + "multiple lines. To produce a multi-line string, either use the \\n escape to represent a "
                            + "newline character or use the \"heredoc\" multi-line template syntax.", tok.range());
                    }
                }
                case INVALID -> {
                    if (toldInvalid++ < MAX_REPEATED) {
                        diags.error("Invalid character", "This character is not used within the language.",
                            tok.range());
                    }
                }
                default -> { }
            }
        }
    }
}
