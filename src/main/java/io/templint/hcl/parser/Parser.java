package io.templint.hcl.parser;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Label;
import io.templint.hcl.Operator;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser for bodies and expressions, a faithful port of HashiCorp's
 * {@code hclsyntax} parser so that trees, ranges, diagnostics and error recovery match the
 * reference. Templates are delegated to {@link TemplateParser}.
 */
final class Parser {

    final TokenStream in;
    final Diagnostics diags;
    /** Set once any recovery was attempted; then follow-on "bad token" errors are suppressed. */
    boolean recovery;

    Parser(TokenStream in, Diagnostics diags) {
        this.in = in;
        this.diags = diags;
    }

    // ================================================================ bodies

    Body parseBody(TokenType end) {
        List<BodyItem> items = new ArrayList<>();
        Map<String, Attribute> attrs = new HashMap<>();
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
                    Attribute existing = attrs.get(a.name());
                    if (existing != null) {
                        diags.error("Attribute redefined", "The argument \"" + a.name() + "\" was already set at "
                            + rangeString(existing.nameRange()) + ". Each argument may be set only once.",
                            a.nameRange());
                    } else {
                        attrs.put(a.name(), a);
                        items.add(a);
                    }
                } else if (item != null) {
                    items.add(item);
                }
                continue;
            }
            Token bad = in.read();
            if (!recovery) {
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
                    diags.error("Argument or block definition required",
                        "An argument or block definition is required here.", bad.range());
                }
            }
            endRange = in.prevRange();
            recover(end);
            break;
        }
        return new Body(items, Range.span(startRange, endRange), Range.at(endRange.filename(), endRange.end()));
    }

    private BodyItem parseBodyItem() {
        Token ident = in.read();
        if (ident.type != TokenType.IDENT) {
            recoverAfterBodyItem();
            diags.error("Argument or block definition required", "An argument or block definition is required here.",
                ident.range());
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
                recoverAfterBodyItem();
                diags.error("Argument or block definition required", "An argument or block definition is required "
                    + "here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                    ident.range());
                return null;
        }
    }

    /** The body of a one-line block {@code a { b = 1 }}: exactly one attribute, or null after an error. */
    private Body parseSingleAttrBody() {
        Token ident = in.read();
        if (ident.type != TokenType.IDENT) {
            recoverAfterBodyItem();
            diags.error("Argument or block definition required", "An argument or block definition is required here.",
                ident.range());
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
                recoverAfterBodyItem();
                diags.error("Argument definition required", "A single-line block definition can contain only a "
                    + "single argument. If you meant to define argument \"" + ident.text() + "\", use an equals sign "
                    + "to assign it a value. To define a nested block, place it on a line of its own within its "
                    + "parent block.", Range.span(ident.range(), next.range()));
                return null;
            default:
                recoverAfterBodyItem();
                diags.error("Argument or block definition required", "An argument or block definition is required "
                    + "here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                    ident.range());
                return null;
        }
    }

    private Attribute finishParsingBodyAttribute(Token ident, boolean singleLine) {
        Token eq = in.read();
        Range endRange;
        int mark = diags.mark();
        Expression expr = parseExpression();
        if (recovery && diags.hasErrorsSince(mark)) {
            endRange = in.prevRange();
            recoverAfterBodyItem();
        } else {
            endRange = in.prevRange();
            if (!singleLine) {
                Token end = in.peek();
                if (end.type != TokenType.NEWLINE && end.type != TokenType.EOF) {
                    if (!recovery) {
                        String summary = "Missing newline after argument";
                        String detail = "An argument definition must end with a newline.";
                        if (end.type == TokenType.COMMA) {
                            summary = "Unexpected comma after argument";
                            detail = "Argument definitions must be separated by newlines, not commas. " + detail;
                        }
                        diags.error(summary, detail, end.range(), Range.span(ident.range(), end.range()));
                    }
                    endRange = in.prevRange();
                    recoverAfterBodyItem();
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
            Range context = Range.span(ident.range(), tok.range());
            if (tok.type == TokenType.EQUAL) {
                diags.error("Invalid block definition", "The equals sign \"=\" indicates an argument definition, and "
                    + "must not be used when defining a block.", tok.range(), context);
            } else if (tok.type == TokenType.NEWLINE) {
                diags.error("Invalid block definition", "A block definition must have block content delimited by "
                    + "\"{\" and \"}\", starting on the same line as the block header.", tok.range(), context);
            } else if (!recovery) {
                diags.error("Invalid block definition", "Either a quoted string block label or an opening brace "
                    + "(\"{\") is expected here.", tok.range(), context);
            }
            recoverAfterBodyItem();
            Range endRange = labels.isEmpty() ? ident.range() : labels.get(labels.size() - 1).range();
            Body placeholder = new Body(List.of(), ident.range(), ident.range());
            return new Block(type, ident.range(), labels, placeholder, ident.range(), endRange,
                Range.span(ident.range(), endRange));
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
                    recover(TokenType.C_BRACE);
                    break;
                case NEWLINE:
                    diags.error("Invalid single-argument block definition", "An argument definition on the same "
                        + "line as its containing block creates a single-line block definition, which must also be "
                        + "closed on the same line. Place the block's closing brace immediately after the argument "
                        + "definition.", close.range());
                    recover(TokenType.C_BRACE);
                    break;
                default:
                    if (!recovery) {
                        if (close.type == TokenType.EOF) {
                            diags.error("Unclosed configuration block", "There is no closing brace for this block "
                                + "before the end of the file. This may be caused by incorrect brace nesting "
                                + "elsewhere in this file.", oBrace.range(), Range.span(ident.range(), oBrace.range()));
                        } else {
                            diags.error("Invalid single-argument block definition", "A single-line block definition "
                                + "must end with a closing brace immediately after its single argument definition.",
                                close.range());
                        }
                    }
                    recover(TokenType.C_BRACE);
                    break;
            }
            diags.addAll(bodyDiags);
        }
        Range cBraceRange = in.prevRange();

        Token eol = in.peek();
        if (eol.type == TokenType.NEWLINE || eol.type == TokenType.EOF) {
            in.read();
        } else {
            if (!recovery) {
                diags.error("Missing newline after block definition", "A block definition must end with a newline.",
                    eol.range(), Range.span(ident.range(), eol.range()));
            }
            recoverAfterBodyItem();
        }
        if (body == null) {
            body = new Body(List.of(), Range.span(oBrace.range(), cBraceRange), cBraceRange);
        }
        return new Block(type, ident.range(), labels, body, oBrace.range(), cBraceRange,
            Range.span(ident.range(), cBraceRange));
    }

    // ================================================================ expressions

    Expression parseExpression() {
        return parseTernaryConditional();
    }

    private Expression parseTernaryConditional() {
        Range startRange = in.nextRange();
        int mark = diags.mark();
        Expression cond = parseBinaryOps(0);
        if (recovery && diags.hasErrorsSince(mark)) {
            return cond;
        }
        if (in.peek().type != TokenType.QUESTION) {
            return cond;
        }
        in.read();
        mark = diags.mark();
        Expression trueExpr = parseExpression();
        if (recovery && diags.hasErrorsSince(mark)) {
            return cond;
        }
        Token colon = in.peek();
        if (colon.type != TokenType.COLON) {
            diags.error("Missing false expression in conditional", "The conditional operator (...?...:...) requires "
                + "a false expression, delimited by a colon.", colon.range(), Range.span(startRange, colon.range()));
            return cond;
        }
        in.read();
        mark = diags.mark();
        Expression falseExpr = parseExpression();
        if (recovery && diags.hasErrorsSince(mark)) {
            return cond;
        }
        return new Expression.Conditional(cond, trueExpr, falseExpr, Range.span(startRange, falseExpr.range()));
    }

    private static final int TERM_LEVEL = 6;

    private static Operator binaryOperator(int level, TokenType t) {
        switch (level) {
            case 0:
                return t == TokenType.OR ? Operator.OR : null;
            case 1:
                return t == TokenType.AND ? Operator.AND : null;
            case 2:
                return t == TokenType.EQUAL_OP ? Operator.EQUAL : t == TokenType.NOT_EQUAL ? Operator.NOT_EQUAL : null;
            case 3:
                switch (t) {
                    case GREATER_THAN: return Operator.GREATER_THAN;
                    case GREATER_THAN_EQ: return Operator.GREATER_THAN_OR_EQUAL;
                    case LESS_THAN: return Operator.LESS_THAN;
                    case LESS_THAN_EQ: return Operator.LESS_THAN_OR_EQUAL;
                    default: return null;
                }
            case 4:
                return t == TokenType.PLUS ? Operator.ADD : t == TokenType.MINUS ? Operator.SUBTRACT : null;
            default:
                switch (t) {
                    case STAR: return Operator.MULTIPLY;
                    case SLASH: return Operator.DIVIDE;
                    case PERCENT: return Operator.MODULO;
                    default: return null;
                }
        }
    }

    private Expression parseBinaryOps(int level) {
        if (level == TERM_LEVEL) {
            return parseExpressionWithTraversals();
        }
        int mark = diags.mark();
        Expression lhs = parseBinaryOps(level + 1);
        if (recovery && diags.hasErrorsSince(mark)) {
            return lhs;
        }
        Operator operation = null;
        Expression rhs = null;
        while (true) {
            Operator op = binaryOperator(level, in.peek().type);
            if (op == null) {
                break;
            }
            if (operation != null) {
                lhs = new Expression.BinaryOp(operation, lhs, rhs, Range.span(lhs.range(), rhs.range()));
            }
            operation = op;
            in.read();
            mark = diags.mark();
            rhs = parseBinaryOps(level + 1);
            if (recovery && diags.hasErrorsSince(mark)) {
                return lhs;
            }
        }
        if (operation == null) {
            return lhs;
        }
        return new Expression.BinaryOp(operation, lhs, rhs, Range.span(lhs.range(), rhs.range()));
    }

    private Expression parseExpressionWithTraversals() {
        Expression term = parseExpressionTerm();
        return parseExpressionTraversals(term);
    }

    /**
     * An expression being extended by traversal steps. hclsyntax appends steps to a traversal in
     * place; here the steps are gathered and the node is built once.
     */
    private static final class Chain {
        final Expression from;
        Expression done;          // a finished expression, when not currently a traversal
        Expression relSource;     // source of a relative traversal in progress
        String rootName;          // root of a scope traversal in progress
        Range rootRange;
        List<Traverser> steps;
        Range range;

        Chain(Expression from) {
            this.from = from;
            if (from instanceof Expression.ScopeTraversal st && st.traversal().size() == 1) {
                Traverser.Root root = (Traverser.Root) st.traversal().get(0);
                rootName = root.name();
                rootRange = root.range();
                steps = new ArrayList<>();
                steps.add(root);
                range = st.range();
            } else {
                done = from;
            }
        }

        void add(Traverser step, Range rng) {
            if (steps != null) {
                steps.add(step);
                range = Range.span(range, rng);
                return;
            }
            relSource = done;
            done = null;
            steps = new ArrayList<>();
            steps.add(step);
            range = Range.span(relSource.range(), rng);
        }

        Expression get() {
            if (steps != null) {
                done = relSource == null ? new Expression.ScopeTraversal(steps, range)
                    : new Expression.RelativeTraversal(relSource, steps, range);
                steps = null;
                relSource = null;
                rootName = null;
            }
            return done;
        }

        void set(Expression e) {
            steps = null;
            relSource = null;
            rootName = null;
            done = e;
        }

        /** The start of the original term (hclsyntax's {@code from.Range()} start). */
        Range fromRange() {
            return from.range();
        }
    }

    private Expression parseExpressionTraversals(Expression from) {
        Chain ret = new Chain(from);
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
                            Range rng = Range.span(dot.range(), attrTok.range());
                            ret.add(new Traverser.Attr(attrTok.text(), rng), rng);
                            break;
                        }
                        case NUMBER_LIT: {
                            Token numTok = in.read();
                            Range rng = Range.span(dot.range(), numTok.range());
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
                                    Range r = Range.span(d.range(), numTok.range());
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
                                    if (!recovery) {
                                        if (in.peek().type == TokenType.STAR) {
                                            diags.error("Nested splat expression not allowed", "A splat expression "
                                                + "(*) cannot be used inside another attribute-only splat expression.",
                                                in.peek().range());
                                        } else {
                                            diags.error("Invalid attribute name",
                                                "An attribute name is required after a dot.", attrTok.range());
                                        }
                                    }
                                    recovery = true;
                                    bailed = true;
                                    break;
                                }
                                Token a = in.read();
                                trav.add(new Traverser.Attr(a.text(), Range.span(d.range(), a.range())));
                                lastRange = a.range();
                            }
                            if (bailed) {
                                // hclsyntax continues the outer loop without building the splat
                                ret.set(source);
                                continue traversal;
                            }
                            Range markerRange = Range.span(dot.range(), marker.range());
                            Expression.AnonSymbol item = new Expression.AnonSymbol(markerRange);
                            Expression each = trav.isEmpty() ? item
                                : new Expression.RelativeTraversal(item, trav, Range.span(firstRange, lastRange));
                            ret.set(new Expression.Splat(source, each, item, markerRange,
                                Range.span(ret.fromRange(), lastRange)));
                            break;
                        }
                        default: {
                            diags.error("Invalid attribute name", "An attribute name is required after a dot.",
                                attrTok.range());
                            ret.get();
                            ret.set(new Expression.SyntaxError(Range.span(from.range(), dot.range())));
                            recovery = true;
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
                        if (close.type != TokenType.C_BRACK && !recovery) {
                            diags.error("Missing close bracket on splat index", "The star for a full splat operator "
                                + "must be immediately followed by a closing bracket (\"]\").", close.range());
                            close = recover(TokenType.C_BRACK);
                        }
                        Expression source = ret.get();
                        Expression.AnonSymbol item = new Expression.AnonSymbol(Range.span(open.range(), close.range()));
                        Expression each = parseExpressionTraversals(item);
                        ret.set(new Expression.Splat(source, each, item, Range.span(open.range(), close.range()),
                            Range.span(ret.fromRange(), each.range())));
                        break;
                    }
                    Token close;
                    in.pushIncludeNewlines(false);
                    int mark = diags.mark();
                    Expression keyExpr = parseExpression();
                    if (recovery && diags.hasErrorsSince(mark)) {
                        close = recover(TokenType.C_BRACK);
                    } else {
                        close = in.read();
                        if (close.type != TokenType.C_BRACK && !recovery) {
                            diags.error("Missing close bracket on index", "The index operator must end with a "
                                + "closing bracket (\"]\").", close.range());
                            close = recover(TokenType.C_BRACK);
                        }
                    }
                    in.popIncludeNewlines();
                    Range rng = Range.span(open.range(), close.range());
                    if (keyExpr instanceof Expression.LiteralValue lit) {
                        ret.add(new Traverser.Index(lit.value(), rng), rng);
                    } else if (keyExpr instanceof Expression.Template t && t.isStringLiteral()) {
                        ret.add(new Traverser.Index(t.literalString(), rng), rng);
                    } else {
                        Expression coll = ret.get();
                        ret.set(new Expression.Index(coll, keyExpr, rng, Range.span(ret.fromRange(), rng)));
                    }
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
                    recover(TokenType.C_PAREN);
                    in.popIncludeNewlines();
                    return expr;
                }
                Token close = in.peek();
                if (close.type != TokenType.C_PAREN) {
                    diags.error("Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.",
                        close.range(), Range.span(start.range(), close.range()));
                    recovery = true;
                }
                Token cParen = in.read();
                in.popIncludeNewlines();
                return new Expression.Parentheses(expr, Range.span(oParen.range(), cParen.range()));
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
                if (tok.is("true")) {
                    return new Expression.LiteralValue(Boolean.TRUE, tok.range());
                } else if (tok.is("false")) {
                    return new Expression.LiteralValue(Boolean.FALSE, tok.range());
                } else if (tok.is("null")) {
                    return new Expression.LiteralValue(null, tok.range());
                }
                return new Expression.ScopeTraversal(List.of(new Traverser.Root(tok.text(), tok.range())), tok.range());
            }
            case O_QUOTE:
            case O_HEREDOC: {
                Token open = in.read();
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
                if (!recovery) {
                    if (start.type == TokenType.EOF) {
                        diags.error("Missing expression", "Expected the start of an expression, but found the end of "
                            + "the file.", start.range());
                    } else {
                        diags.error("Invalid expression", "Expected the start of an expression, but found an invalid "
                            + "expression token.", start.range());
                    }
                }
                recovery = true;
                return new Expression.SyntaxError(start.range());
            }
        }
    }

    private BigDecimal numberValue(Token tok) {
        try {
            return new BigDecimal(tok.text());
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
                    + "function name in this scope.", nextName.range(), Range.span(name.range(), nextName.range()));
                recoverOver(TokenType.O_PAREN);
                return new Expression.SyntaxError(Range.span(name.range(), nextName.range()));
            }
            nameStr.append("::").append(nextName.text());
            nameEnd = nextName.range();
            openTok = in.read();
        }
        Range nameRange = Range.span(name.range(), nameEnd);
        if (openTok.type != TokenType.O_PAREN) {
            diags.error("Missing open parenthesis", "Function selector must be followed by an open parenthesis to "
                + "begin the function call.", openTok.range(), Range.span(name.range(), openTok.range()));
            recoverOver(TokenType.O_PAREN);
            return new Expression.SyntaxError(Range.span(name.range(), openTok.range()));
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
            if (recovery && diags.hasErrorsSince(mark)) {
                Token recovered = recover(TokenType.C_PAREN);
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
                    if (!recovery) {
                        diags.error("Missing closing parenthesis", "An expanded function argument (with ...) must be "
                            + "immediately followed by closing parentheses.", sep.range(),
                            Range.span(name.range(), sep.range()));
                    }
                    closeTok = recover(TokenType.C_PAREN);
                } else {
                    closeTok = in.read();
                }
                break;
            }
            if (sep.type != TokenType.COMMA) {
                if (sep.type == TokenType.EOF) {
                    diags.error("Unterminated function call", "There is no closing parenthesis for this function call "
                        + "before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere "
                        + "in this file.", Range.span(name.range(), openTok.range()));
                } else {
                    diags.error("Missing argument separator", "A comma is required to separate each function "
                        + "argument from the next.", sep.range(), Range.span(name.range(), sep.range()));
                }
                closeTok = recover(TokenType.C_PAREN);
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
            if (isKeyword(in.peek(), "for")) {
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
                if (recovery && diags.hasErrorsSince(mark)) {
                    close = recover(TokenType.C_BRACK);
                    break;
                }
                next = in.peek();
                if (next.type == TokenType.C_BRACK) {
                    close = in.read();
                    break;
                }
                if (next.type != TokenType.COMMA) {
                    if (!recovery) {
                        if (next.type == TokenType.EOF) {
                            diags.error("Unterminated tuple constructor expression", "There is no corresponding "
                                + "closing bracket before the end of the file. This may be caused by incorrect bracket "
                                + "nesting elsewhere in this file.", open.range());
                        } else {
                            diags.error("Missing item separator", "Expected a comma to mark the beginning of the next "
                                + "item.", next.range(), Range.span(open.range(), next.range()));
                        }
                    }
                    close = recover(TokenType.C_BRACK);
                    break;
                }
                in.read();
            }
            return new Expression.TupleCons(exprs, open.range(), Range.span(open.range(), close.range()));
        } finally {
            in.popIncludeNewlines();
        }
    }

    private Expression parseObjectCons() {
        Token open = in.read();
        in.pushIncludeNewlines(false);
        boolean isFor = isKeyword(in.peek(), "for");
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
                if (recovery && diags.hasErrorsSince(mark)) {
                    close = recover(TokenType.C_BRACE);
                    break;
                }
                key = new Expression.ObjectConsKey(key, forceNonLiteral, key.range());
                next = in.peek();
                if (next.type != TokenType.EQUAL && next.type != TokenType.COLON) {
                    if (!recovery) {
                        Range context = Range.span(open.range(), next.range());
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
                    close = recover(TokenType.C_BRACE);
                    break;
                }
                in.read();
                mark = diags.mark();
                Expression value = parseExpression();
                items.add(new Expression.ObjectItem(key, value));
                if (recovery && diags.hasErrorsSince(mark)) {
                    close = recover(TokenType.C_BRACE);
                    break;
                }
                next = in.peek();
                if (next.type == TokenType.C_BRACE) {
                    close = in.read();
                    break;
                }
                if (next.type != TokenType.COMMA && next.type != TokenType.NEWLINE) {
                    if (!recovery) {
                        if (next.type == TokenType.EOF) {
                            diags.error("Unterminated object constructor expression", "There is no corresponding "
                                + "closing brace before the end of the file. This may be caused by incorrect brace "
                                + "nesting elsewhere in this file.", open.range());
                        } else {
                            diags.error("Missing attribute separator", "Expected a newline or comma to mark the "
                                + "beginning of the next attribute.", next.range(), Range.span(open.range(), next.range()));
                        }
                    }
                    close = recover(TokenType.C_BRACE);
                    break;
                }
                in.read();
            }
            return new Expression.ObjectCons(items, open.range(), Range.span(open.range(), close.range()));
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
            if (!isKeyword(in.peek(), "in")) {
                return forError(open, closeType, "For expression requires the 'in' keyword after its name declarations.");
            }
            in.read();
            int mark = diags.mark();
            Expression coll = parseExpression();
            if (recovery && diags.hasErrorsSince(mark)) {
                Token close = recover(closeType);
                return new Expression.SyntaxError(Range.span(open.range(), close.range()));
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
            if (recovery && diags.hasErrorsSince(mark)) {
                Token close = recover(closeType);
                return new Expression.SyntaxError(Range.span(open.range(), close.range()));
            }
            boolean group = false;
            Token ellipsis = null;
            if (in.peek().type == TokenType.ELLIPSIS) {
                ellipsis = in.read();
                group = true;
            }
            Expression cond = null;
            if (isKeyword(in.peek(), "if")) {
                in.read();
                mark = diags.mark();
                cond = parseExpression();
                if (recovery && diags.hasErrorsSince(mark)) {
                    Token close = recover(closeType);
                    return new Expression.SyntaxError(Range.span(open.range(), close.range()));
                }
            }
            Token close;
            if (in.peek().type == closeType) {
                close = in.read();
            } else {
                if (!recovery) {
                    diags.error("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.",
                        in.peek().range(), Range.span(open.range(), in.peek().range()));
                }
                close = recover(closeType);
            }
            Range whole = Range.span(open.range(), close.range());
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
        if (!recovery) {
            diags.error("Invalid 'for' expression", detail, in.peek().range(),
                Range.span(open.range(), in.peek().range()));
        }
        Token close = recover(closeType);
        return new Expression.SyntaxError(Range.span(open.range(), close.range()));
    }

    /** A quoted block label: a string with no interpolation. */
    private Label parseQuotedStringLiteral() {
        Token oQuote = in.read();
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
                    tok.range(), Range.span(oQuote.range(), tok.range()));
                ret.append(which).append("{ ... }");
                recover(TokenType.TEMPLATE_SEQ_END);
                continue;
            }
            if (tok.type == TokenType.EOF) {
                diags.error("Unterminated string literal", "Unable to find the closing quote mark before the end of "
                    + "the file.", tok.range(), Range.span(oQuote.range(), tok.range()));
                endRange = tok.range();
                break;
            }
            diags.error("Invalid string literal", "This item is not valid in a string literal.", tok.range(),
                Range.span(oQuote.range(), tok.range()));
            recover(TokenType.C_QUOTE);
            endRange = tok.range();
            break;
        }
        return new Label(ret.toString(), Range.span(oQuote.range(), endRange), true);
    }

    // ================================================================ recovery

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

    private void recoverOver(TokenType start) {
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
