package io.templint.hcl.parser;

import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import io.templint.internal.Suggestions;
import java.util.List;

/**
 * Parses templates (quoted strings, heredocs, bare templates) with hclsyntax's diagnostics and
 * recovery: reads the flat list of parts (literals, interpolations, directive markers) into a
 * {@link TemplateAssembly}, which trims, melds and nests them.
 */
final class TemplateParser {

    private final ExpressionParser exprs;
    private final ParseState state;
    private final TokenStream in;
    private final Diagnostics diags;

    TemplateParser(ExpressionParser exprs) {
        this.exprs = exprs;
        this.state = exprs.state;
        this.in = state.in;
        this.diags = state.diags;
    }

    /** A quoted template or heredoc whose opener was just read. */
    Expression parseDelimited(Token open, TokenType closer, boolean flush) {
        TemplateAssembly parts = new TemplateAssembly(diags);
        parseParts(closer, parts);
        return parts.build(flush, Range.span(open.range(), in.prevRange()));
    }

    /** A bare template running to the end of the input (HCL's {@code ParseTemplate}). */
    Expression parseBare() {
        TemplateAssembly parts = new TemplateAssembly(diags);
        Range range = parseParts(TokenType.EOF, parts);
        return parts.build(false, range);
    }

    /** The first pass: reads the parts up to {@code end} into {@code parts}; returns the range they cover. */
    private Range parseParts(TokenType end, TemplateAssembly parts) {
        Range startRange = in.nextRange();
        Range endRange;
        tokens:
        while (true) {
            Token next = in.read();
            if (next.type == end) {
                endRange = next.range();
                break;
            }
            parts.nextToken();
            switch (next.type) {
                case STRING_LIT:
                case QUOTED_LIT: {
                    parts.literal(StringLiterals.decode(next, next.type == TokenType.QUOTED_LIT, diags), next.range());
                    break;
                }
                case TEMPLATE_INTERP: {
                    parts.sequenceOpened(next.length() == 3 && next.byteAt(2) == '~');
                    in.pushIncludeNewlines(false);
                    Expression expr = exprs.parseExpression();
                    Token close = in.peek();
                    if (close.type != TokenType.TEMPLATE_SEQ_END) {
                        if (!state.recovery) {
                            if (close.type == TokenType.EOF) {
                                diags.error("Unclosed template interpolation sequence", "There is no closing brace for "
                                    + "this interpolation sequence before the end of the file. This might be caused by "
                                    + "incorrect nesting inside the given expression.", startRange);
                            } else if (close.type == TokenType.COLON) {
                                diags.error("Extra characters after interpolation expression", "Template interpolation "
                                    + "doesn't expect a colon at this location. Did you intend this to be a literal "
                                    + "sequence to be processed as part of another language? If so, you can escape it "
                                    + "by starting with \"$${\" instead of just \"${\".", close.range(),
                                    Range.span(startRange, close.range()));
                            } else if ((close.type == TokenType.C_QUOTE || close.type == TokenType.O_QUOTE)
                                    && end == TokenType.C_QUOTE) {
                                diags.error("Unclosed template interpolation sequence", "There is no closing brace for "
                                    + "this interpolation sequence before the end of the quoted template. This might be "
                                    + "caused by incorrect nesting inside the given expression.", startRange);
                            } else {
                                diags.error("Extra characters after interpolation expression", "Expected a closing "
                                    + "brace to end the interpolation expression, but found extra characters.\n\nThis "
                                    + "can happen when you include interpolation syntax for another language, such as "
                                    + "shell scripting, but forget to escape the interpolation start token. If this is "
                                    + "an embedded sequence for another language, escape it by starting with \"$${\" "
                                    + "instead of just \"${\".", close.range(), Range.span(startRange, close.range()));
                            }
                        }
                        state.recover(TokenType.TEMPLATE_SEQ_END);
                    } else {
                        in.read();
                        parts.sequenceClosed(close.length() == 2 && close.byteAt(0) == '~');
                    }
                    in.popIncludeNewlines();
                    parts.interpolation(expr, Token.span(next, close));
                    break;
                }
                case TEMPLATE_CONTROL: {
                    parts.sequenceOpened(next.length() == 3 && next.byteAt(2) == '~');
                    in.pushIncludeNewlines(false);
                    Token kw = in.peek();
                    if (kw.type != TokenType.IDENT) {
                        if (!state.recovery) {
                            diags.error("Invalid template directive", "A template directive keyword (\"if\", \"for\", "
                                + "etc) is expected at the beginning of a %{ sequence.", kw.range(),
                                Token.span(next, kw));
                        }
                        state.recover(TokenType.TEMPLATE_SEQ_END);
                        in.popIncludeNewlines();
                        continue tokens;
                    }
                    in.read();
                    if (kw.is("if")) {
                        Expression cond = exprs.parseExpression();
                        parts.ifDirective(cond, Range.span(next.range(), in.nextRange()));
                    } else if (kw.is("else") || kw.is("endif") || kw.is("endfor")) {
                        parts.endDirective(kw.text(), Range.span(next.range(), in.nextRange()));
                    } else if (kw.is("for")) {
                        String keyName = null;
                        String valName;
                        if (in.peek().type != TokenType.IDENT) {
                            directiveError("For directive requires variable name after 'for'.");
                            continue tokens;
                        }
                        valName = in.read().text();
                        if (in.peek().type == TokenType.COMMA) {
                            keyName = valName;
                            in.read();
                            if (in.peek().type != TokenType.IDENT) {
                                directiveError("For directive requires value variable name after comma.");
                                continue tokens;
                            }
                            valName = in.read().text();
                        }
                        if (!ParseState.isKeyword(in.peek(), "in")) {
                            directiveError("For directive requires 'in' keyword after names.");
                            continue tokens;
                        }
                        in.read();
                        Expression coll = exprs.parseExpression();
                        parts.forDirective(keyName, valName, coll, Range.span(next.range(), in.nextRange()));
                    } else {
                        if (!state.recovery) {
                            String given = kw.text();
                            String suggestion = Suggestions.firstWithin(given,
                                List.of("if", "for", "else", "endif", "endfor"), 2).orElse(null);
                            diags.error("Invalid template control keyword", StringLiterals.goQuote(given)
                                + " is not a valid template control keyword."
                                + (suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?"),
                                kw.range(), Token.span(next, kw));
                        }
                        state.recover(TokenType.TEMPLATE_SEQ_END);
                        in.popIncludeNewlines();
                        continue tokens;
                    }
                    Token close = in.peek();
                    if (close.type != TokenType.TEMPLATE_SEQ_END) {
                        if (!state.recovery) {
                            diags.error("Extra characters in " + kw.text() + " marker", "Expected a closing brace to "
                                + "end the sequence, but found extra characters.", close.range(),
                                Range.span(startRange, close.range()));
                        }
                        state.recover(TokenType.TEMPLATE_SEQ_END);
                    } else {
                        in.read();
                        parts.sequenceClosed(close.length() == 2 && close.byteAt(0) == '~');
                    }
                    in.popIncludeNewlines();
                    break;
                }
                default: {
                    if (!state.recovery) {
                        diags.error("Unterminated template string", "No closing marker was found for the string.",
                            next.range(), Range.span(startRange, next.range()));
                    }
                    Token fin = state.recover(end);
                    endRange = fin.range();
                    break tokens;
                }
            }
        }
        parts.finish(startRange, endRange);
        return Range.span(startRange, endRange);
    }

    private void directiveError(String detail) {
        if (!state.recovery) {
            diags.error("Invalid 'for' directive", detail, in.peek().range());
        }
        state.recover(TokenType.TEMPLATE_SEQ_END);
        in.popIncludeNewlines();
    }

}
