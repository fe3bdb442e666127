package io.templint.hcl.parser;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Label;
import io.templint.hcl.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses bodies: attributes, blocks with their labels, one-line blocks. A port of hclsyntax's body
 * parsing, with its diagnostics and its recovery at the next body item.
 */
final class BodyParser {

    private final ParseState state;
    private final TokenStream in;
    private final Diagnostics diags;
    private final ExpressionParser exprs;

    BodyParser(ParseState state) {
        this.state = state;
        this.in = state.in;
        this.diags = state.diags;
        this.exprs = new ExpressionParser(state);
    }


    Body parseBody(TokenType end) {
        List<BodyItem> items = new ArrayList<>();
        AttributeNames attrs = new AttributeNames();
        Range startRange = in.prevRange();
        Range endRange;

        while (true) {
            Token next = in.peek();
            if (next.type == end) {
                endRange = in.nextRange();
                in.read();
                break;
            }
            if (next.type == TokenType.NEWLINE) {
                in.read();
                continue;
            }
            if (next.type == TokenType.IDENT) {
                BodyItem item = parseBodyItem();
                if (item instanceof Attribute a) {
                    Attribute existing = attrs.putIfAbsent(a);
                    if (existing != null) {
                        diags.error("Attribute redefined", "The argument \"" + a.name() + "\" was already set at "
                            + ParseState.rangeString(existing.nameRange()) + ". Each argument may be set only once.",
                            a.nameRange());
                    } else {
                        items.add(a);
                    }
                } else if (item != null) {
                    items.add(item);
                }
                continue;
            }
            Token bad = in.read();
            if (!state.recovery) {
                if (bad.type == TokenType.O_QUOTE) {
                    diags.error("Invalid argument name", "Argument names must not be quoted.", bad.range());
                } else if (bad.type == TokenType.EOF) {
                    if (end == TokenType.C_BRACE) {
                        diags.error("Unclosed configuration block", "There is no closing brace for this block "
                            + "before the end of the file. This may be caused by incorrect brace nesting elsewhere "
                            + "in this file.", startRange);
                    } else {
                        diags.error("Unclosed configuration body",
                            "Found end of file before the end of this configuration body.", startRange);
                    }
                } else {
                    argumentOrBlockRequired(bad.range());
                }
            }
            endRange = in.prevRange();
            state.recover(end);
            break;
        }
        return new Body(items, Range.span(startRange, endRange), Range.at(endRange.filename(), endRange.end()));
    }

    private BodyItem parseBodyItem() {
        Token ident = in.read();
        if (ident.type != TokenType.IDENT) {
            notABodyItem(ident);
            return null;
        }
        Token next = in.peek();
        switch (next.type) {
            case EQUAL:
                return finishParsingBodyAttribute(ident, false);
            case O_QUOTE:
            case O_BRACE:
            case IDENT:
                return finishParsingBodyBlock(ident);
            default:
                missingEquals(ident);
                return null;
        }
    }

    /** The body of a one-line block {@code a { b = 1 }}: exactly one attribute, or null after an error. */
    private Body parseSingleAttrBody() {
        Token ident = in.read();
        if (ident.type != TokenType.IDENT) {
            notABodyItem(ident);
            return null;
        }
        Token next = in.peek();
        switch (next.type) {
            case EQUAL: {
                Attribute attr = finishParsingBodyAttribute(ident, true);
                return new Body(List.of(attr), attr.range(), Range.at(attr.range().filename(), attr.range().end()));
            }
            case O_QUOTE:
            case O_BRACE:
            case IDENT:
                state.recoverAfterBodyItem();
                diags.error("Argument definition required", "A single-line block definition can contain only a "
                    + "single argument. If you meant to define argument \"" + ident.text() + "\", use an equals sign "
                    + "to assign it a value. To define a nested block, place it on a line of its own within its "
                    + "parent block.", Token.span(ident, next));
                return null;
            default:
                missingEquals(ident);
                return null;
        }
    }

    /** A body item that does not start with an identifier: skip it and report it. */
    private void notABodyItem(Token start) {
        state.recoverAfterBodyItem();
        argumentOrBlockRequired(start.range());
    }

    private void argumentOrBlockRequired(Range at) {
        diags.error("Argument or block definition required", "An argument or block definition is required here.", at);
    }

    /** An identifier followed by neither {@code =} nor a block header: skip the item and report it. */
    private void missingEquals(Token ident) {
        state.recoverAfterBodyItem();
        diags.error("Argument or block definition required", "An argument or block definition is required "
            + "here. To set an argument, use the equals sign \"=\" to introduce the argument value.", ident.range());
    }

    private Attribute finishParsingBodyAttribute(Token ident, boolean singleLine) {
        Token eq = in.read();
        Range endRange;
        int mark = diags.mark();
        Expression expr = exprs.parseExpression();
        if (state.recovery && diags.hasErrorsSince(mark)) {
            endRange = in.prevRange();
            state.recoverAfterBodyItem();
        } else {
            endRange = in.prevRange();
            if (!singleLine) {
                Token end = in.peek();
                if (end.type != TokenType.NEWLINE && end.type != TokenType.EOF) {
                    if (!state.recovery) {
                        String summary = "Missing newline after argument";
                        String detail = "An argument definition must end with a newline.";
                        if (end.type == TokenType.COMMA) {
                            summary = "Unexpected comma after argument";
                            detail = "Argument definitions must be separated by newlines, not commas. " + detail;
                        }
                        diags.error(summary, detail, end.range(), Token.span(ident, end));
                    }
                    endRange = in.prevRange();
                    state.recoverAfterBodyItem();
                } else {
                    endRange = in.prevRange();
                    in.read(); // the newline
                }
            }
        }
        return new Attribute(ident.text(), ident.range(), expr, eq.range(), Range.span(ident.range(), endRange));
    }

    private Block finishParsingBodyBlock(Token ident) {
        String type = ident.text();
        List<Label> labels = new ArrayList<>();
        Token oBrace;
        while (true) {
            Token tok = in.peek();
            if (tok.type == TokenType.O_BRACE) {
                oBrace = in.read();
                break;
            }
            if (tok.type == TokenType.O_QUOTE) {
                labels.add(parseQuotedStringLiteral());
                continue;
            }
            if (tok.type == TokenType.IDENT) {
                in.read();
                labels.add(new Label(tok.text(), tok.range(), false));
                continue;
            }
            Range context = Token.span(ident, tok);
            if (tok.type == TokenType.EQUAL) {
                diags.error("Invalid block definition", "The equals sign \"=\" indicates an argument definition, and "
                    + "must not be used when defining a block.", tok.range(), context);
            } else if (tok.type == TokenType.NEWLINE) {
                diags.error("Invalid block definition", "A block definition must have block content delimited by "
                    + "\"{\" and \"}\", starting on the same line as the block header.", tok.range(), context);
            } else if (!state.recovery) {
                diags.error("Invalid block definition", "Either a quoted string block label or an opening brace "
                    + "(\"{\") is expected here.", tok.range(), context);
            }
            state.recoverAfterBodyItem();
            // as hcl v2.23: the type token stands in for the braces and the body
            Body placeholder = new Body(List.of(), ident.range(), ident.range());
            return new Block(type, ident.range(), labels, placeholder, ident.range(), ident.range(), ident.range());
        }

        Body body;
        TokenType after = in.peek().type;
        if (after == TokenType.NEWLINE || after == TokenType.EOF || after == TokenType.C_BRACE) {
            body = parseBody(TokenType.C_BRACE);
        } else {
            int size = diags.size();
            body = parseSingleAttrBody();
            List<Diagnostic> bodyDiags = diags.cut(size);
            Token close = in.peek();
            switch (close.type) {
                case C_BRACE:
                    in.read();
                    break;
                case COMMA:
                    diags.error("Invalid single-argument block definition", "Single-line block syntax can include "
                        + "only one argument definition. To define multiple arguments, use the multi-line block "
                        + "syntax with one argument definition per line.", close.range());
                    state.recover(TokenType.C_BRACE);
                    break;
                case NEWLINE:
                    diags.error("Invalid single-argument block definition", "An argument definition on the same "
                        + "line as its containing block creates a single-line block definition, which must also be "
                        + "closed on the same line. Place the block's closing brace immediately after the argument "
                        + "definition.", close.range());
                    state.recover(TokenType.C_BRACE);
                    break;
                default:
                    if (!state.recovery) {
                        if (close.type == TokenType.EOF) {
                            diags.error("Unclosed configuration block", "There is no closing brace for this block "
                                + "before the end of the file. This may be caused by incorrect brace nesting "
                                + "elsewhere in this file.", oBrace.range(), Token.span(ident, oBrace));
                        } else {
                            diags.error("Invalid single-argument block definition", "A single-line block definition "
                                + "must end with a closing brace immediately after its single argument definition.",
                                close.range());
                        }
                    }
                    state.recover(TokenType.C_BRACE);
                    break;
            }
            diags.addAll(bodyDiags);
        }
        Range cBraceRange = in.prevRange();

        Token eol = in.peek();
        if (eol.type == TokenType.NEWLINE || eol.type == TokenType.EOF) {
            in.read();
        } else {
            if (!state.recovery) {
                diags.error("Missing newline after block definition", "A block definition must end with a newline.",
                    eol.range(), Token.span(ident, eol));
            }
            state.recoverAfterBodyItem();
        }
        if (body == null) {
            body = new Body(List.of(), Range.span(oBrace.range(), cBraceRange), cBraceRange);
        }
        return new Block(type, ident.range(), labels, body, oBrace.range(), cBraceRange,
            Range.span(ident.range(), cBraceRange));
    }

    /** A quoted block label: a string with no interpolation. */
    private Label parseQuotedStringLiteral() {
        Token oQuote = in.read();
        Token first = in.peek();
        if (first.type == TokenType.QUOTED_LIT || first.type == TokenType.C_QUOTE) {
            // the common label: one literal (or none), then the closing quote
            int mark = in.position();
            in.read();
            if (first.type == TokenType.C_QUOTE) {
                return new Label("", Token.span(oQuote, first), true);
            }
            Token close = in.read();
            if (close.type == TokenType.C_QUOTE) {
                return new Label(StringLiterals.decode(first, true, diags), Token.span(oQuote, close),
                    true);
            }
            in.reset(mark);
        }
        StringBuilder ret = new StringBuilder();
        Range endRange;
        while (true) {
            Token tok = in.read();
            if (tok.type == TokenType.C_QUOTE) {
                endRange = tok.range();
                break;
            }
            if (tok.type == TokenType.QUOTED_LIT) {
                ret.append(StringLiterals.decode(tok, true, diags));
                continue;
            }
            if (tok.type == TokenType.TEMPLATE_CONTROL || tok.type == TokenType.TEMPLATE_INTERP) {
                String which = tok.type == TokenType.TEMPLATE_CONTROL ? "%" : "$";
                diags.error("Invalid string literal", "Template sequences are not allowed in this string. To include "
                    + "a literal \"" + which + "\", double it (as \"" + which + which + "\") to escape it.",
                    tok.range(), Token.span(oQuote, tok));
                ret.append(which).append("{ ... }");
                state.recover(TokenType.TEMPLATE_SEQ_END);
                continue;
            }
            if (tok.type == TokenType.EOF) {
                diags.error("Unterminated string literal", "Unable to find the closing quote mark before the end of "
                    + "the file.", tok.range(), Token.span(oQuote, tok));
                endRange = tok.range();
                break;
            }
            diags.error("Invalid string literal", "This item is not valid in a string literal.", tok.range(),
                Token.span(oQuote, tok));
            state.recover(TokenType.C_QUOTE);
            endRange = tok.range();
            break;
        }
        return new Label(ret.toString(), Range.span(oQuote.range(), endRange), true);
    }
}
