package io.templint.hcl.parser;

import io.templint.hcl.Expression;
import io.templint.hcl.Label;
import io.templint.hcl.Operator;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses expressions: a port of hclsyntax's expression parser (operators, terms, traversals and
 * splats, calls, tuples, objects, {@code for} expressions), with its diagnostics and recovery.
 * Templates are delegated to {@link TemplateParser}.
 */
final class ExpressionParser {

    final ParseState state;
    private final TokenStream in;
    private final Diagnostics diags;

    ExpressionParser(ParseState state) {
        this.state = state;
        this.in = state.in;
        this.diags = state.diags;
    }


    Expression parseExpression() {
        return parseTernaryConditional();
    }

    private Expression parseTernaryConditional() {
        Token start = in.peek(); // its range is made only when needed
        int mark = diags.mark();
        Expression cond = parseBinaryOps(0);
        if (state.recovery && diags.hasErrorsSince(mark)) {
            return cond;
        }
        if (in.peek().type != TokenType.QUESTION) {
            return cond;
        }
        in.read();
        mark = diags.mark();
        Expression trueExpr = parseExpression();
        if (state.recovery && diags.hasErrorsSince(mark)) {
            return cond;
        }
        Token colon = in.peek();
        if (colon.type != TokenType.COLON) {
            diags.error("Missing false expression in conditional", "The conditional operator (...?...:...) requires "
                + "a false expression, delimited by a colon.", colon.range(), Token.span(start, colon));
            return cond;
        }
        in.read();
        mark = diags.mark();
        Expression falseExpr = parseExpression();
        if (state.recovery && diags.hasErrorsSince(mark)) {
            return cond;
        }
        return new Expression.Conditional(cond, trueExpr, falseExpr, Range.span(start.range(), falseExpr.range()));
    }

    /** Binding strength of a binary operator token, 0 ({@code ||}) to 5 ({@code * / %}), or -1. */
    private static int binaryLevel(TokenType t) {
        return switch (t) {
            case OR -> 0;
            case AND -> 1;
            case EQUAL_OP, NOT_EQUAL -> 2;
            case GREATER_THAN, GREATER_THAN_EQ, LESS_THAN, LESS_THAN_EQ -> 3;
            case PLUS, MINUS -> 4;
            case STAR, SLASH, PERCENT -> 5;
            default -> -1;
        };
    }

    private static Operator binaryOperator(TokenType t) {
        return switch (t) {
            case OR -> Operator.OR;
            case AND -> Operator.AND;
            case EQUAL_OP -> Operator.EQUAL;
            case NOT_EQUAL -> Operator.NOT_EQUAL;
            case GREATER_THAN -> Operator.GREATER_THAN;
            case GREATER_THAN_EQ -> Operator.GREATER_THAN_OR_EQUAL;
            case LESS_THAN -> Operator.LESS_THAN;
            case LESS_THAN_EQ -> Operator.LESS_THAN_OR_EQUAL;
            case PLUS -> Operator.ADD;
            case MINUS -> Operator.SUBTRACT;
            case STAR -> Operator.MULTIPLY;
            case SLASH -> Operator.DIVIDE;
            default -> Operator.MODULO;
        };
    }

    /**
     * Binary operators by precedence climbing. hclsyntax recurses once per precedence level; this
     * builds the same left-associative trees, stops at the same token after an error, and recurses
     * far less.
     */
    private Expression parseBinaryOps(int minLevel) {
        int mark = diags.mark();
        Expression lhs = parseExpressionWithTraversals();
        if (state.recovery && diags.hasErrorsSince(mark)) {
            return lhs;
        }
        while (true) {
            TokenType t = in.peek().type;
            int level = binaryLevel(t);
            if (level < minLevel) {
                return lhs;
            }
            in.read();
            mark = diags.mark();
            Expression rhs = parseBinaryOps(level + 1);
            if (state.recovery && diags.hasErrorsSince(mark)) {
                return lhs;
            }
            lhs = new Expression.BinaryOp(binaryOperator(t), lhs, rhs, Range.span(lhs.range(), rhs.range()));
        }
    }

    private Expression parseExpressionWithTraversals() {
        Expression term = parseExpressionTerm();
        return parseExpressionTraversals(term);
    }

    private Expression parseExpressionTraversals(Expression from) {
        TokenType first = in.peek().type;
        if (first != TokenType.DOT && first != TokenType.O_BRACK) {
            return from; // the common case: no traversal steps
        }
        TraversalChain ret = new TraversalChain(from);
        traversal:
        while (true) {
            Token next = in.peek();
            switch (next.type) {
                case DOT: {
                    Token dot = in.read();
                    Token attrTok = in.peek();
                    switch (attrTok.type) {
                        case IDENT: {
                            in.read();
                            Range rng = Token.span(dot, attrTok);
                            ret.add(new Traverser.Attr(attrTok.text(), rng), rng);
                            break;
                        }
                        case NUMBER_LIT: {
                            Token numTok = in.read();
                            Range rng = Token.span(dot, numTok);
                            String digits = numTok.text();
                            int dotIdx = digits.indexOf('.');
                            if (dotIdx >= 0) {
                                diags.error("Invalid legacy index syntax", "When using the legacy index syntax, "
                                    + "chaining two indexes together is not permitted. Use the proper index syntax "
                                    + "instead, like [" + digits.substring(0, dotIdx) + "][" + digits.substring(dotIdx + 1)
                                    + "].", numTok.range());
                                ret.add(new Traverser.Index(null, rng), rng);
                                break;
                            }
                            ret.add(new Traverser.Index(numberValue(numTok), rng), rng);
                            break;
                        }
                        case STAR: {
                            Token marker = in.read();
                            Expression source = ret.get();
                            List<Traverser> trav = new ArrayList<>(1);
                            Range firstRange = in.nextRange();
                            Range lastRange = marker.range();
                            boolean bailed = false;
                            while (in.peek().type == TokenType.DOT) {
                                Token d = in.read();
                                if (in.peek().type == TokenType.NUMBER_LIT) {
                                    Token numTok = in.read();
                                    String digits = numTok.text();
                                    int dotIdx = digits.indexOf('.');
                                    Range r = Token.span(d, numTok);
                                    if (dotIdx >= 0) {
                                        diags.error("Invalid legacy index syntax", "When using the legacy index "
                                            + "syntax, chaining two indexes together is not permitted. Use the proper "
                                            + "index syntax with a full splat expression [*] instead, like ["
                                            + digits.substring(0, dotIdx) + "][" + digits.substring(dotIdx + 1) + "].",
                                            attrTok.range());
                                        trav.add(new Traverser.Index(null, r));
                                    } else {
                                        trav.add(new Traverser.Index(numberValue(numTok), r));
                                    }
                                    lastRange = numTok.range();
                                    continue;
                                }
                                if (in.peek().type != TokenType.IDENT) {
                                    if (!state.recovery) {
                                        if (in.peek().type == TokenType.STAR) {
                                            diags.error("Nested splat expression not allowed", "A splat expression "
                                                + "(*) cannot be used inside another attribute-only splat expression.",
                                                in.peek().range());
                                        } else {
                                            diags.error("Invalid attribute name",
                                                "An attribute name is required after a dot.", attrTok.range());
                                        }
                                    }
                                    state.recovery = true;
                                    bailed = true;
                                    break;
                                }
                                Token a = in.read();
                                trav.add(new Traverser.Attr(a.text(), Token.span(d, a)));
                                lastRange = a.range();
                            }
                            if (bailed) {
                                // hclsyntax continues the outer loop without building the splat
                                ret.set(source);
                                continue traversal;
                            }
                            ret.attributeSplat(Token.span(dot, marker), trav, firstRange, lastRange);
                            break;
                        }
                        default: {
                            diags.error("Invalid attribute name", "An attribute name is required after a dot.",
                                attrTok.range());
                            ret.get();
                            ret.set(new Expression.SyntaxError(Range.span(from.range(), dot.range())));
                            state.recovery = true;
                            break;
                        }
                    }
                    break;
                }
                case O_BRACK: {
                    Token open = in.read();
                    if (in.peek().type == TokenType.STAR) {
                        in.read();
                        Token close = in.read();
                        if (close.type != TokenType.C_BRACK && !state.recovery) {
                            diags.error("Missing close bracket on splat index", "The star for a full splat operator "
                                + "must be immediately followed by a closing bracket (\"]\").", close.range());
                            close = state.recover(TokenType.C_BRACK);
                        }
                        Expression source = ret.get();
                        Expression.AnonSymbol item = new Expression.AnonSymbol(Token.span(open, close));
                        Expression each = parseExpressionTraversals(item);
                        ret.set(new Expression.Splat(source, each, item, Token.span(open, close),
                            Range.span(ret.fromRange(), each.range())));
                        break;
                    }
                    Token close;
                    in.pushIncludeNewlines(false);
                    int mark = diags.mark();
                    Expression keyExpr = parseExpression();
                    if (state.recovery && diags.hasErrorsSince(mark)) {
                        close = state.recover(TokenType.C_BRACK);
                    } else {
                        close = in.read();
                        if (close.type != TokenType.C_BRACK && !state.recovery) {
                            diags.error("Missing close bracket on index", "The index operator must end with a "
                                + "closing bracket (\"]\").", close.range());
                            close = state.recover(TokenType.C_BRACK);
                        }
                    }
                    in.popIncludeNewlines();
                    ret.index(keyExpr, Token.span(open, close));
                    break;
                }
                default:
                    break traversal;
            }
        }
        return ret.get();
    }

    private Expression parseExpressionTerm() {
        Token start = in.peek();
        switch (start.type) {
            case O_PAREN: {
                Token oParen = in.read();
                in.pushIncludeNewlines(false);
                int mark = diags.mark();
                Expression expr = parseExpression();
                if (diags.hasErrorsSince(mark)) {
                    state.recover(TokenType.C_PAREN);
                    in.popIncludeNewlines();
                    return expr;
                }
                Token close = in.peek();
                if (close.type != TokenType.C_PAREN) {
                    diags.error("Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.",
                        close.range(), Token.span(start, close));
                    state.recovery = true;
                }
                Token cParen = in.read();
                in.popIncludeNewlines();
                return new Expression.Parentheses(expr, Token.span(oParen, cParen));
            }
            case NUMBER_LIT: {
                Token tok = in.read();
                BigDecimal v = numberValue(tok);
                if (v == null) {
                    return new Expression.SyntaxError(tok.range());
                }
                return new Expression.LiteralValue(v, tok.range());
            }
            case IDENT: {
                Token tok = in.read();
                TokenType after = in.peek().type;
                if (after == TokenType.O_PAREN || after == TokenType.DOUBLE_COLON) {
                    return finishParsingFunctionCall(tok);
                }
                return bareName(tok);
            }
            case O_QUOTE:
            case O_HEREDOC: {
                Token open = in.read();
                if (open.type == TokenType.O_QUOTE) {
                    Expression plain = plainQuotedString(open);
                    if (plain != null) {
                        return plain;
                    }
                }
                TokenType closer = open.type.opposite();
                boolean flush = open.type == TokenType.O_HEREDOC && open.length() > 2 && open.byteAt(2) == '-';
                return new TemplateParser(this).parseDelimited(open, closer, flush);
            }
            case MINUS:
            case BANG: {
                Token tok = in.read();
                Expression operand = parseExpressionWithTraversals();
                Operator op = start.type == TokenType.MINUS ? Operator.NEGATE : Operator.NOT;
                return new Expression.UnaryOp(op, operand, tok.range(), Range.span(tok.range(), operand.range()));
            }
            case O_BRACK:
                return parseTupleCons();
            case O_BRACE:
                return parseObjectCons();
            default: {
                if (!state.recovery) {
                    if (start.type == TokenType.EOF) {
                        diags.error("Missing expression", "Expected the start of an expression, but found the end of "
                            + "the file.", start.range());
                    } else {
                        diags.error("Invalid expression", "Expected the start of an expression, but found an invalid "
                            + "expression token.", start.range());
                    }
                }
                state.recovery = true;
                return new Expression.SyntaxError(start.range());
            }
        }
    }

    /**
     * The common quoted string without interpolations or directives ({@code ""} or {@code "text"}),
     * built directly with the ranges the template parser would give it; null for anything else,
     * with the stream left where it was.
     */
    private Expression plainQuotedString(Token open) {
        int mark = in.position();
        Token first = in.read();
        Expression.LiteralValue literal;
        Token close;
        if (first.type == TokenType.C_QUOTE) {
            close = first;
            literal = new Expression.LiteralValue("", Range.at(close.range().filename(), close.range().end()));
        } else if (first.type == TokenType.QUOTED_LIT && in.peek().type == TokenType.C_QUOTE) {
            close = in.read();
            String value = StringLiterals.nfc(StringLiterals.decode(first, true, diags));
            literal = new Expression.LiteralValue(value, first.range());
        } else {
            in.reset(mark);
            return null;
        }
        return new Expression.Template(List.of(literal), Token.span(open, close));
    }

    private BigDecimal numberValue(Token tok) {
        try {
            return NumberLiterals.value(tok);
        } catch (NumberFormatException e) {
            diags.error("Invalid number literal", "Failed to recognize the value of this number literal.", tok.range());
            return null;
        }
    }

    private Expression finishParsingFunctionCall(Token name) {
        Token openTok = in.read();
        StringBuilder nameStr = new StringBuilder(name.text());
        Range nameEnd = name.range();
        while (openTok.type == TokenType.DOUBLE_COLON) {
            Token nextName = in.read();
            if (nextName.type != TokenType.IDENT) {
                diags.error("Missing function name", "Function scope resolution symbol :: must be followed by a "
                    + "function name in this scope.", nextName.range(), Token.span(name, nextName));
                state.recoverOver(TokenType.O_PAREN);
                return new Expression.SyntaxError(Token.span(name, nextName));
            }
            nameStr.append("::").append(nextName.text());
            nameEnd = nextName.range();
            openTok = in.read();
        }
        Range nameRange = Range.span(name.range(), nameEnd);
        if (openTok.type != TokenType.O_PAREN) {
            diags.error("Missing open parenthesis", "Function selector must be followed by an open parenthesis to "
                + "begin the function call.", openTok.range(), Token.span(name, openTok));
            state.recoverOver(TokenType.O_PAREN);
            return new Expression.SyntaxError(Token.span(name, openTok));
        }

        List<Expression> args = new ArrayList<>();
        boolean expandFinal = false;
        Token closeTok = null;
        in.pushIncludeNewlines(false);
        while (true) {
            Token tok = in.peek();
            if (tok.type == TokenType.C_PAREN) {
                closeTok = in.read();
                break;
            }
            int mark = diags.mark();
            Expression arg = parseExpression();
            args.add(arg);
            if (state.recovery && diags.hasErrorsSince(mark)) {
                Token recovered = state.recover(TokenType.C_PAREN);
                if (recovered.type == TokenType.C_PAREN) {
                    closeTok = recovered;
                }
                break;
            }
            Token sep = in.read();
            if (sep.type == TokenType.C_PAREN) {
                closeTok = sep;
                break;
            }
            if (sep.type == TokenType.ELLIPSIS) {
                expandFinal = true;
                if (in.peek().type != TokenType.C_PAREN) {
                    if (!state.recovery) {
                        diags.error("Missing closing parenthesis", "An expanded function argument (with ...) must be "
                            + "immediately followed by closing parentheses.", sep.range(),
                            Token.span(name, sep));
                    }
                    closeTok = state.recover(TokenType.C_PAREN);
                } else {
                    closeTok = in.read();
                }
                break;
            }
            if (sep.type != TokenType.COMMA) {
                if (sep.type == TokenType.EOF) {
                    diags.error("Unterminated function call", "There is no closing parenthesis for this function call "
                        + "before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere "
                        + "in this file.", Token.span(name, openTok));
                } else {
                    diags.error("Missing argument separator", "A comma is required to separate each function "
                        + "argument from the next.", sep.range(), Token.span(name, sep));
                }
                closeTok = state.recover(TokenType.C_PAREN);
                break;
            }
            if (in.peek().type == TokenType.C_PAREN) {
                closeTok = in.read();
                break;
            }
        }
        in.popIncludeNewlines();
        Range closeRange = closeTok != null ? closeTok.range() : in.prevRange();
        return new Expression.FunctionCall(nameStr.toString(), nameRange, args, expandFinal, openTok.range(),
            closeRange, Range.span(nameRange, closeRange));
    }

    private Expression parseTupleCons() {
        Token open = in.read();
        in.pushIncludeNewlines(false);
        try {
            if (ParseState.isKeyword(in.peek(), "for")) {
                return finishParsingForExpr(open);
            }
            Token close;
            List<Expression> exprs = new ArrayList<>();
            while (true) {
                Token next = in.peek();
                if (next.type == TokenType.C_BRACK) {
                    close = in.read();
                    break;
                }
                int mark = diags.mark();
                Expression expr = parseExpression();
                exprs.add(expr);
                if (state.recovery && diags.hasErrorsSince(mark)) {
                    close = state.recover(TokenType.C_BRACK);
                    break;
                }
                next = in.peek();
                if (next.type == TokenType.C_BRACK) {
                    close = in.read();
                    break;
                }
                if (next.type != TokenType.COMMA) {
                    if (!state.recovery) {
                        if (next.type == TokenType.EOF) {
                            diags.error("Unterminated tuple constructor expression", "There is no corresponding "
                                + "closing bracket before the end of the file. This may be caused by incorrect bracket "
                                + "nesting elsewhere in this file.", open.range());
                        } else {
                            diags.error("Missing item separator", "Expected a comma to mark the beginning of the next "
                                + "item.", next.range(), Token.span(open, next));
                        }
                    }
                    close = state.recover(TokenType.C_BRACK);
                    break;
                }
                in.read();
            }
            return new Expression.TupleCons(exprs, open.range(), Token.span(open, close));
        } finally {
            in.popIncludeNewlines();
        }
    }

    private Expression parseObjectCons() {
        Token open = in.read();
        in.pushIncludeNewlines(false);
        boolean isFor = ParseState.isKeyword(in.peek(), "for");
        in.popIncludeNewlines();
        if (isFor) {
            return finishParsingForExpr(open);
        }
        in.pushIncludeNewlines(true);
        try {
            Token close;
            List<Expression.ObjectItem> items = new ArrayList<>();
            while (true) {
                Token next = in.peek();
                if (next.type == TokenType.NEWLINE) {
                    in.read();
                    continue;
                }
                if (next.type == TokenType.C_BRACE) {
                    close = in.read();
                    break;
                }
                boolean forceNonLiteral = next.type == TokenType.O_PAREN;
                int mark = diags.mark();
                Expression key = parseExpression();
                if (state.recovery && diags.hasErrorsSince(mark)) {
                    close = state.recover(TokenType.C_BRACE);
                    break;
                }
                key = new Expression.ObjectConsKey(key, forceNonLiteral, key.range());
                next = in.peek();
                if (next.type != TokenType.EQUAL && next.type != TokenType.COLON) {
                    if (!state.recovery) {
                        Range context = Token.span(open, next);
                        switch (next.type) {
                            case NEWLINE:
                            case COMMA:
                                diags.error("Missing attribute value", "Expected an attribute value, introduced by an "
                                    + "equals sign (\"=\").", next.range(), context);
                                break;
                            case IDENT:
                                diags.error("Missing key/value separator", "Expected an equals sign (\"=\") to mark the "
                                    + "beginning of the attribute value. If you intended to given an attribute name "
                                    + "containing periods or spaces, write the name in quotes to create a string "
                                    + "literal.", next.range(), context);
                                break;
                            case EOF:
                                diags.error("Unterminated object constructor expression", "There is no corresponding "
                                    + "closing brace before the end of the file. This may be caused by incorrect brace "
                                    + "nesting elsewhere in this file.", open.range());
                                break;
                            default:
                                diags.error("Missing key/value separator", "Expected an equals sign (\"=\") to mark the "
                                    + "beginning of the attribute value.", next.range(), context);
                                break;
                        }
                    }
                    close = state.recover(TokenType.C_BRACE);
                    break;
                }
                in.read();
                mark = diags.mark();
                Expression value = parseExpression();
                items.add(new Expression.ObjectItem(key, value));
                if (state.recovery && diags.hasErrorsSince(mark)) {
                    close = state.recover(TokenType.C_BRACE);
                    break;
                }
                next = in.peek();
                if (next.type == TokenType.C_BRACE) {
                    close = in.read();
                    break;
                }
                if (next.type != TokenType.COMMA && next.type != TokenType.NEWLINE) {
                    if (!state.recovery) {
                        if (next.type == TokenType.EOF) {
                            diags.error("Unterminated object constructor expression", "There is no corresponding "
                                + "closing brace before the end of the file. This may be caused by incorrect brace "
                                + "nesting elsewhere in this file.", open.range());
                        } else {
                            diags.error("Missing attribute separator", "Expected a newline or comma to mark the "
                                + "beginning of the next attribute.", next.range(), Token.span(open, next));
                        }
                    }
                    close = state.recover(TokenType.C_BRACE);
                    break;
                }
                in.read();
            }
            return new Expression.ObjectCons(items, open.range(), Token.span(open, close));
        } finally {
            in.popIncludeNewlines();
        }
    }

    private Expression finishParsingForExpr(Token open) {
        in.pushIncludeNewlines(false);
        try {
            in.read(); // "for"
            boolean makeObj = open.type == TokenType.O_BRACE;
            TokenType closeType = makeObj ? TokenType.C_BRACE : TokenType.C_BRACK;
            String keyName = null;
            String valName;
            if (in.peek().type != TokenType.IDENT) {
                return forError(open, closeType, "For expression requires variable name after 'for'.");
            }
            valName = in.read().text();
            if (in.peek().type == TokenType.COMMA) {
                keyName = valName;
                in.read();
                if (in.peek().type != TokenType.IDENT) {
                    return forError(open, closeType, "For expression requires value variable name after comma.");
                }
                valName = in.read().text();
            }
            if (!ParseState.isKeyword(in.peek(), "in")) {
                return forError(open, closeType, "For expression requires the 'in' keyword after its name declarations.");
            }
            in.read();
            int mark = diags.mark();
            Expression coll = parseExpression();
            if (state.recovery && diags.hasErrorsSince(mark)) {
                Token close = state.recover(closeType);
                return new Expression.SyntaxError(Token.span(open, close));
            }
            if (in.peek().type != TokenType.COLON) {
                return forError(open, closeType, "For expression requires a colon after the collection expression.");
            }
            in.read();
            Expression keyExpr = null;
            mark = diags.mark();
            Expression valExpr = parseExpression();
            if (in.peek().type == TokenType.FAT_ARROW) {
                in.read();
                keyExpr = valExpr;
                valExpr = parseExpression();
            }
            if (state.recovery && diags.hasErrorsSince(mark)) {
                Token close = state.recover(closeType);
                return new Expression.SyntaxError(Token.span(open, close));
            }
            boolean group = false;
            Token ellipsis = null;
            if (in.peek().type == TokenType.ELLIPSIS) {
                ellipsis = in.read();
                group = true;
            }
            Expression cond = null;
            if (ParseState.isKeyword(in.peek(), "if")) {
                in.read();
                mark = diags.mark();
                cond = parseExpression();
                if (state.recovery && diags.hasErrorsSince(mark)) {
                    Token close = state.recover(closeType);
                    return new Expression.SyntaxError(Token.span(open, close));
                }
            }
            Token close;
            if (in.peek().type == closeType) {
                close = in.read();
            } else {
                if (!state.recovery) {
                    diags.error("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.",
                        in.peek().range(), Range.span(open.range(), in.peek().range()));
                }
                close = state.recover(closeType);
            }
            Range whole = Token.span(open, close);
            if (!makeObj) {
                if (keyExpr != null) {
                    diags.error("Invalid 'for' expression", "Key expression is not valid when building a tuple.",
                        keyExpr.range(), whole);
                }
                if (group) {
                    diags.error("Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a "
                        + "tuple.", ellipsis.range(), whole);
                }
            } else if (keyExpr == null) {
                diags.error("Invalid 'for' expression", "Key expression is required when building an object.",
                    valExpr.range(), whole);
            }
            return new Expression.For(keyName, valName, coll, keyExpr, valExpr, cond, group, open.range(),
                close.range(), whole);
        } finally {
            in.popIncludeNewlines();
        }
    }

    private Expression forError(Token open, TokenType closeType, String detail) {
        if (!state.recovery) {
            diags.error("Invalid 'for' expression", detail, in.peek().range(),
                Range.span(open.range(), in.peek().range()));
        }
        Token close = state.recover(closeType);
        return new Expression.SyntaxError(Token.span(open, close));
    }

    /** A bare name, as hclsyntax reads it: {@code true}, {@code false}, {@code null} or a variable. */
    static Expression bareName(Token t) {
        if (t.is("true")) {
            return new Expression.LiteralValue(Boolean.TRUE, t.range());
        } else if (t.is("false")) {
            return new Expression.LiteralValue(Boolean.FALSE, t.range());
        } else if (t.is("null")) {
            return new Expression.LiteralValue(null, t.range());
        }
        return new Expression.ScopeTraversal(List.of(new Traverser.Root(t.text(), t.range())), t.range());
    }
}
