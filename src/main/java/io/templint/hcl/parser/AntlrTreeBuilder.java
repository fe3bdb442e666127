package io.templint.hcl.parser;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Comment;
import io.templint.hcl.Expression;
import io.templint.hcl.Label;
import io.templint.hcl.Operator;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import io.templint.hcl.parser.antlr.HCLLexer;
import io.templint.hcl.parser.antlr.HCLParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parse tree of the grammar ({@code grammar/HCLParser.g4}) into the typed syntax tree,
 * with exactly the node kinds and ranges of the recovery parser: the same traversal folding
 * ({@link TraversalChain}), template assembly ({@link TemplateAssembly}), string decoding
 * ({@link StringLiterals}) and positions ({@link TextPositions}, via {@link Token}s).
 *
 * <p>What the grammar accepts but hclsyntax rejects (a duplicate attribute, an invalid escape or
 * number, a chained legacy index, a nested attribute-only splat, a tuple or object whose first
 * item starts with {@code for}) makes the builder give up with {@link Rejected}: the recovery parser
 * then reports it.
 */
final class AntlrTreeBuilder {

    /** Thrown when the input is not well-formed after all; carries no stack trace. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(String why) {
            super(why, null, false, false);
        }
    }

    private final DecodedSource src;
    /** The typed token of each ANTLR token, by token index. */
    private final Token[] tokens;
    private final List<Comment> comments = new ArrayList<>();
    private final Diagnostics diags = new Diagnostics();

    /** Positions every token of {@code all} (the lexer's whole output, hidden channel included). */
    AntlrTreeBuilder(DecodedSource src, List<org.antlr.v4.runtime.Token> all) {
        this.src = src;
        this.tokens = new Token[all.size()];
        byte[] bytes = src.source.bytes;
        int atByte = src.bomLength;
        int line = 1;
        int column = 1;
        for (int i = 0; i < tokens.length; i++) {
            org.antlr.v4.runtime.Token t = all.get(i);
            int startByte = src.byteOffset(t.getStartIndex());
            int endByte = t.getType() == org.antlr.v4.runtime.Token.EOF ? startByte : src.byteOffset(t.getStopIndex() + 1);
            long start = TextPositions.advance(bytes, atByte, startByte, line, column);
            long end = TextPositions.advance(bytes, startByte, endByte, TextPositions.line(start),
                TextPositions.column(start));
            Token tok = new Token(typeOf(t.getType()), src.source, startByte, endByte, TextPositions.line(start),
                TextPositions.column(start), TextPositions.line(end), TextPositions.column(end));
            tokens[i] = tok;
            atByte = endByte;
            line = TextPositions.line(end);
            column = TextPositions.column(end);
            if (t.getType() == HCLLexer.LINE_COMMENT || t.getType() == HCLLexer.BLOCK_COMMENT
                    || (t.getType() == HCLLexer.NEWLINE && tok.length() > 0 && tok.byteAt(0) != '\n'
                        && tok.byteAt(0) != '\r')) {
                comments.add(comment(tok));
            }
        }
    }

    private static TokenType typeOf(int antlrType) {
        return switch (antlrType) {
            case HCLLexer.QUOTED_LIT -> TokenType.QUOTED_LIT;
            case HCLLexer.STRING_LIT -> TokenType.STRING_LIT;
            case HCLLexer.NEWLINE -> TokenType.NEWLINE;
            case HCLLexer.LINE_COMMENT, HCLLexer.BLOCK_COMMENT -> TokenType.COMMENT;
            case org.antlr.v4.runtime.Token.EOF -> TokenType.EOF;
            default -> TokenType.NIL;
        };
    }

    /** The comment a comment token stands for, as the recovery parser's scanner records it. */
    private Comment comment(Token tok) {
        byte[] data = src.source.bytes;
        int p = tok.startByte;
        int q = tok.endByte;
        if (data[p] == '/' && data[p + 1] == '*') {
            return new Comment(tok.range(), text(p + 2, q - 2), Comment.Style.BLOCK);
        }
        int markerLength = data[p] == '#' ? 1 : 2;
        int textEnd = q > p && data[q - 1] == '\n' ? q - 1 : q;
        int commentEnd = textEnd;
        if (commentEnd > p + markerLength && data[commentEnd - 1] == '\r' && textEnd < data.length) {
            commentEnd--;
        }
        Range range = tok.range();
        if (commentEnd != q) {
            long end = TextPositions.advance(data, p, commentEnd, tok.startLine, tok.startColumn);
            range = new Range(src.source.filename, range.start(),
                new Pos(TextPositions.line(end), TextPositions.column(end), commentEnd));
        }
        return new Comment(range, text(p + markerLength, commentEnd),
            markerLength == 1 ? Comment.Style.HASH : Comment.Style.DOUBLE_SLASH);
    }

    private String text(int from, int to) {
        return new String(src.source.bytes, from, to - from, StandardCharsets.UTF_8);
    }

    /** The comments of the file, in order. */
    List<Comment> comments() {
        return comments;
    }

    // ---------------------------------------------------------------- structure

    /** The file's body. */
    Body file(HCLParser.ConfigFileContext ctx) {
        Token first = firstSignificant();
        Token eof = tokens[tokens.length - 1];
        List<BodyItem> items = new ArrayList<>();
        AttributeNames names = new AttributeNames();
        for (HCLParser.BodyItemContext item : ctx.bodyItem()) {
            items.add(bodyItem(item, names));
        }
        return new Body(items, Token.span(first, eof), Range.at(src.source.filename, eof.end()));
    }

    /** The first token on the default channel (the recovery parser's first peek), or EOF. */
    private Token firstSignificant() {
        for (Token t : tokens) {
            if (t.type != TokenType.COMMENT) {
                return t;
            }
        }
        return tokens[tokens.length - 1];
    }

    private BodyItem bodyItem(HCLParser.BodyItemContext ctx, AttributeNames names) {
        ParseTree item = ctx.getChild(0);
        if (item instanceof HCLParser.AttributeContext attr) {
            Attribute a = attribute(attr);
            if (names.putIfAbsent(a) != null) {
                throw new Rejected("attribute redefined");
            }
            return a;
        }
        return block((HCLParser.BlockContext) item);
    }

    private Attribute attribute(HCLParser.AttributeContext ctx) {
        // ident EQUAL expression
        Token name = tok(ctx.start);
        Expression value = expression((HCLParser.ExpressionContext) ctx.getChild(2));
        return new Attribute(name.text(), name.range(), value, tok((TerminalNode) ctx.getChild(1)).range(),
            Token.span(name, tok(ctx.stop)));
    }

    private Block block(HCLParser.BlockContext ctx) {
        // ident label* blockBody
        Token type = tok(ctx.start);
        int n = ctx.getChildCount();
        List<Label> labels = new ArrayList<>(n - 2);
        for (int i = 1; i < n - 1; i++) {
            labels.add(label((HCLParser.LabelContext) ctx.getChild(i)));
        }
        HCLParser.BlockBodyContext b = (HCLParser.BlockBodyContext) ctx.getChild(n - 1);
        Token open = tok(b.start);
        Token close = tok(b.stop);
        Body body;
        if (b.getChild(1) instanceof HCLParser.AttributeContext single) {
            Attribute a = attribute(single);
            body = new Body(List.of(a), a.range(), Range.at(a.range().filename(), a.range().end()));
        } else {
            List<BodyItem> items = new ArrayList<>();
            AttributeNames names = new AttributeNames();
            for (int i = 1; i < b.getChildCount() - 1; i++) {
                if (b.getChild(i) instanceof HCLParser.BodyItemContext item) {
                    items.add(bodyItem(item, names));
                }
            }
            body = new Body(items, Token.span(open, close), Range.at(src.source.filename, close.end()));
        }
        return new Block(type.text(), type.range(), labels, body, open.range(), close.range(),
            Token.span(type, close));
    }

    private Label label(HCLParser.LabelContext ctx) {
        // ident | O_QUOTE QUOTED_LIT* C_QUOTE
        Token first = tok(ctx.start);
        if (ctx.getChild(0) instanceof HCLParser.IdentContext) {
            return new Label(first.text(), first.range(), false);
        }
        int n = ctx.getChildCount();
        String value = n == 3 ? decode(tok(ctx.getChild(1)), true) : "";
        if (n > 3) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i < n - 1; i++) {
                sb.append(decode(tok(ctx.getChild(i)), true));
            }
            value = sb.toString();
        }
        return new Label(value, Token.span(first, tok(ctx.stop)), true);
    }

    // ---------------------------------------------------------------- expressions

    Expression expression(HCLParser.ExpressionContext ctx) {
        // binary (QUESTION expression COLON expression)?
        Expression cond = binary((HCLParser.BinaryContext) ctx.getChild(0));
        if (ctx.getChildCount() == 1) {
            return cond;
        }
        Expression t = expression((HCLParser.ExpressionContext) ctx.getChild(2));
        Expression f = expression((HCLParser.ExpressionContext) ctx.getChild(4));
        return new Expression.Conditional(cond, t, f, Range.span(tok(ctx.start).range(), f.range()));
    }

    /**
     * A binary operation, or its operand. The rule is left-recursive (one child, or three), so a
     * long chain {@code a + b + ... + z} nests on the left: it is walked down and folded back up
     * without recursion.
     */
    private Expression binary(HCLParser.BinaryContext ctx) {
        List<HCLParser.BinaryContext> spine = new ArrayList<>();
        HCLParser.BinaryContext c = ctx;
        while (c.getChildCount() == 3) {
            spine.add(c);
            c = (HCLParser.BinaryContext) c.getChild(0);
        }
        Expression lhs = operand((HCLParser.OperandContext) c.getChild(0));
        for (int i = spine.size() - 1; i >= 0; i--) {
            HCLParser.BinaryContext op = spine.get(i);
            Expression rhs = binary((HCLParser.BinaryContext) op.getChild(2));
            lhs = new Expression.BinaryOp(operator(((TerminalNode) op.getChild(1)).getSymbol().getType()), lhs, rhs,
                Range.span(lhs.range(), rhs.range()));
        }
        return lhs;
    }

    private static Operator operator(int type) {
        return switch (type) {
            case HCLLexer.OR -> Operator.OR;
            case HCLLexer.AND -> Operator.AND;
            case HCLLexer.EQUAL_OP -> Operator.EQUAL;
            case HCLLexer.NOT_EQUAL -> Operator.NOT_EQUAL;
            case HCLLexer.GREATER -> Operator.GREATER_THAN;
            case HCLLexer.GREATER_EQ -> Operator.GREATER_THAN_OR_EQUAL;
            case HCLLexer.LESS -> Operator.LESS_THAN;
            case HCLLexer.LESS_EQ -> Operator.LESS_THAN_OR_EQUAL;
            case HCLLexer.PLUS -> Operator.ADD;
            case HCLLexer.MINUS -> Operator.SUBTRACT;
            case HCLLexer.STAR -> Operator.MULTIPLY;
            case HCLLexer.SLASH -> Operator.DIVIDE;
            case HCLLexer.PERCENT -> Operator.MODULO;
            default -> throw new IllegalStateException("not a binary operator: " + type);
        };
    }

    private Expression operand(HCLParser.OperandContext ctx) {
        // (MINUS | BANG) operand | term step*
        if (ctx.getChild(0) instanceof TerminalNode signNode) {
            Token sign = tok(signNode);
            Expression operand = operand((HCLParser.OperandContext) ctx.getChild(1));
            Operator op = signNode.getSymbol().getType() == HCLLexer.MINUS ? Operator.NEGATE : Operator.NOT;
            return new Expression.UnaryOp(op, operand, sign.range(), Range.span(sign.range(), operand.range()));
        }
        Expression term = term((HCLParser.TermContext) ctx.getChild(0));
        int n = ctx.getChildCount();
        if (n == 1) {
            return term;
        }
        List<HCLParser.StepContext> steps = new ArrayList<>(n - 1);
        for (int i = 1; i < n; i++) {
            steps.add((HCLParser.StepContext) ctx.getChild(i));
        }
        return new Steps(steps).apply(term);
    }

    /** Traversal, index and splat steps, applied as hclsyntax's {@code parseExpressionTraversals} does. */
    private final class Steps {
        private final List<HCLParser.StepContext> steps;
        private int next;

        Steps(List<HCLParser.StepContext> steps) {
            this.steps = steps;
        }

        Expression apply(Expression from) {
            TraversalChain ret = new TraversalChain(from);
            while (next < steps.size()) {
                HCLParser.StepContext step = steps.get(next++);
                if (isDot(step)) {
                    dotStep(step, ret);
                } else if (step.getChild(1) instanceof TerminalNode) {
                    Token open = tok(step.start);
                    Token close = tok(step.stop);
                    Expression source = ret.get();
                    Expression.AnonSymbol item = new Expression.AnonSymbol(Token.span(open, close));
                    Expression each = apply(item);
                    ret.set(new Expression.Splat(source, each, item, Token.span(open, close),
                        Range.span(ret.fromRange(), each.range())));
                } else {
                    Range rng = Token.span(tok(step.start), tok(step.stop));
                    Expression key = expression((HCLParser.ExpressionContext) step.getChild(1));
                    if (key instanceof Expression.LiteralValue lit) {
                        ret.add(new Traverser.Index(lit.value(), rng), rng);
                    } else if (key instanceof Expression.Template t && t.isStringLiteral()) {
                        ret.add(new Traverser.Index(t.literalString(), rng), rng);
                    } else {
                        Expression coll = ret.get();
                        ret.set(new Expression.Index(coll, key, rng, Range.span(ret.fromRange(), rng)));
                    }
                }
            }
            return ret.get();
        }

        private void dotStep(HCLParser.StepContext step, TraversalChain ret) {
            Token dot = tok(step.start);
            Token after = tok(step.stop);
            switch (step.stop.getType()) {
                case HCLLexer.NUMBER -> {
                    Range rng = Token.span(dot, after);
                    ret.add(new Traverser.Index(legacyIndex(after), rng), rng);
                }
                case HCLLexer.STAR -> attrSplat(dot, after, ret);
                default -> {
                    Range rng = Token.span(dot, after);
                    ret.add(new Traverser.Attr(after.text(), rng), rng);
                }
            }
        }

        /** {@code .*} followed by {@code .name} and {@code .0} steps. */
        private void attrSplat(Token dot, Token marker, TraversalChain ret) {
            Expression source = ret.get();
            List<Traverser> trav = new ArrayList<>(1);
            Range first = null;
            Range last = marker.range();
            while (next < steps.size() && isDot(steps.get(next))) {
                HCLParser.StepContext step = steps.get(next++);
                Token d = tok(step.start);
                Token after = tok(step.stop);
                if (first == null) {
                    first = d.range();
                }
                switch (step.stop.getType()) {
                    case HCLLexer.NUMBER -> trav.add(new Traverser.Index(legacyIndex(after), Token.span(d, after)));
                    case HCLLexer.STAR -> throw new Rejected("nested splat");
                    default -> trav.add(new Traverser.Attr(after.text(), Token.span(d, after)));
                }
                last = after.range();
            }
            Range markerRange = Token.span(dot, marker);
            Expression.AnonSymbol item = new Expression.AnonSymbol(markerRange);
            Expression each = trav.isEmpty() ? item
                : new Expression.RelativeTraversal(item, trav, Range.span(first, last));
            ret.set(new Expression.Splat(source, each, item, markerRange, Range.span(ret.fromRange(), last)));
        }
    }

    private static boolean isDot(HCLParser.StepContext step) {
        return step.start.getType() == HCLLexer.DOT;
    }

    /** The index of a legacy {@code .0} step; {@code .0.1} (one number token) is refused. */
    private static BigDecimal legacyIndex(Token num) {
        for (int i = 0; i < num.length(); i++) {
            if (num.byteAt(i) == '.') {
                throw new Rejected("chained legacy index");
            }
        }
        return number(num);
    }

    private static BigDecimal number(Token t) {
        try {
            return new BigDecimal(t.text());
        } catch (NumberFormatException e) {
            throw new Rejected("invalid number");
        }
    }

    private Expression term(HCLParser.TermContext ctx) {
        ParseTree child = ctx.getChild(0);
        if (child instanceof TerminalNode terminal) {
            Token t = tok(terminal);
            if (terminal.getSymbol().getType() == HCLLexer.NUMBER) {
                return new Expression.LiteralValue(number(t), t.range());
            }
            Expression inner = expression((HCLParser.ExpressionContext) ctx.getChild(1));
            return new Expression.Parentheses(inner, Token.span(t, tok(ctx.stop)));
        }
        if (child instanceof HCLParser.IdentContext ident) {
            return variable(tok(ident));
        }
        if (child instanceof HCLParser.CallContext call) {
            return call(call);
        }
        if (child instanceof HCLParser.QuotedTemplateContext q) {
            return template(q, false);
        }
        if (child instanceof HCLParser.HeredocTemplateContext h) {
            Token open = tok(h.start);
            return template(h, open.length() > 2 && open.byteAt(2) == '-');
        }
        if (child instanceof HCLParser.TupleContext t) {
            return tuple(t);
        }
        if (child instanceof HCLParser.ObjectContext o) {
            return object(o);
        }
        if (child instanceof HCLParser.ForTupleContext f) {
            return forExpr(f.O_BRACK(), f.forIntro(), null, f.expression(0), false,
                f.IF() != null ? f.expression(1) : null, f.C_BRACK());
        }
        HCLParser.ForObjectContext f = (HCLParser.ForObjectContext) child;
        return forExpr(f.O_BRACE(), f.forIntro(), f.expression(0), f.expression(1), f.ELLIPSIS() != null,
            f.IF() != null ? f.expression(2) : null, f.C_BRACE());
    }

    private static Expression variable(Token t) {
        if (t.is("true")) {
            return new Expression.LiteralValue(Boolean.TRUE, t.range());
        } else if (t.is("false")) {
            return new Expression.LiteralValue(Boolean.FALSE, t.range());
        } else if (t.is("null")) {
            return new Expression.LiteralValue(null, t.range());
        }
        return new Expression.ScopeTraversal(List.of(new Traverser.Root(t.text(), t.range())), t.range());
    }

    private Expression call(HCLParser.CallContext ctx) {
        // ident (DOUBLE_COLON ident)* O_PAREN (expression (COMMA expression)* (COMMA | ELLIPSIS)?)? C_PAREN
        Token first = tok(ctx.start);
        Token lastName = first;
        int i = 1;
        String name = first.text();
        while (ctx.getChild(i) instanceof HCLParser.IdentContext || isToken(ctx.getChild(i), HCLLexer.DOUBLE_COLON)) {
            if (ctx.getChild(i) instanceof HCLParser.IdentContext part) {
                lastName = tok(part.start);
                name = name + "::" + lastName.text();
            }
            i++;
        }
        Range nameRange = Token.span(first, lastName);
        Token open = tok((TerminalNode) ctx.getChild(i));
        int n = ctx.getChildCount();
        List<Expression> args = new ArrayList<>((n - i) / 2);
        for (i++; i < n - 1; i++) {
            if (ctx.getChild(i) instanceof HCLParser.ExpressionContext e) {
                args.add(expression(e));
            }
        }
        boolean expand = isToken(ctx.getChild(n - 2), HCLLexer.ELLIPSIS);
        Range close = tok(ctx.stop).range();
        return new Expression.FunctionCall(name, nameRange, args, expand, open.range(), close,
            Range.span(nameRange, close));
    }

    private static boolean isToken(ParseTree node, int type) {
        return node instanceof TerminalNode t && t.getSymbol().getType() == type;
    }

    private Expression tuple(HCLParser.TupleContext ctx) {
        List<HCLParser.ExpressionContext> items = ctx.expression();
        if (!items.isEmpty() && items.get(0).start.getType() == HCLLexer.FOR) {
            throw new Rejected("'for' starts a tuple item");
        }
        List<Expression> exprs = new ArrayList<>(items.size());
        for (HCLParser.ExpressionContext e : items) {
            exprs.add(expression(e));
        }
        Token open = tok(ctx.O_BRACK());
        return new Expression.TupleCons(exprs, open.range(), Token.span(open, tok(ctx.C_BRACK())));
    }

    private Expression object(HCLParser.ObjectContext ctx) {
        List<HCLParser.ObjectItemContext> items = ctx.objectItem();
        if (!items.isEmpty() && items.get(0).start.getType() == HCLLexer.FOR) {
            throw new Rejected("'for' starts an object item");
        }
        List<Expression.ObjectItem> out = new ArrayList<>(items.size());
        for (HCLParser.ObjectItemContext item : items) {
            HCLParser.ExpressionContext keyCtx = item.expression(0);
            Expression key = expression(keyCtx);
            boolean forceNonLiteral = keyCtx.start.getType() == HCLLexer.O_PAREN;
            out.add(new Expression.ObjectItem(new Expression.ObjectConsKey(key, forceNonLiteral, key.range()),
                expression(item.expression(1))));
        }
        Token open = tok(ctx.O_BRACE());
        return new Expression.ObjectCons(out, open.range(), Token.span(open, tok(ctx.C_BRACE())));
    }

    private Expression forExpr(TerminalNode openNode, HCLParser.ForIntroContext intro,
                               HCLParser.ExpressionContext keyCtx, HCLParser.ExpressionContext valueCtx,
                               boolean group, HCLParser.ExpressionContext condCtx, TerminalNode closeNode) {
        List<HCLParser.IdentContext> names = intro.ident();
        String keyVar = names.size() == 2 ? tok(names.get(0)).text() : null;
        String valueVar = tok(names.get(names.size() - 1)).text();
        Expression coll = expression(intro.expression());
        Expression key = keyCtx == null ? null : expression(keyCtx);
        Expression value = expression(valueCtx);
        Expression cond = condCtx == null ? null : expression(condCtx);
        Token open = tok(openNode);
        Token close = tok(closeNode);
        return new Expression.For(keyVar, valueVar, coll, key, value, cond, group, open.range(), close.range(),
            Token.span(open, close));
    }

    // ---------------------------------------------------------------- templates

    /** A quoted or heredoc template: opener, {@code templatePart*}, closer. */
    private Expression template(ParserRuleContext ctx, boolean flush) {
        Token open = tok(ctx.start);
        Token close = tok(ctx.stop);
        int parts = ctx.getChildCount() - 2;
        Expression plain = plainString(open, ctx, parts, close, flush);
        if (plain != null) {
            return plain;
        }
        TemplateAssembly assembly = new TemplateAssembly(diags);
        for (int i = 1; i <= parts; i++) {
            part((HCLParser.TemplatePartContext) ctx.getChild(i), assembly);
        }
        assembly.finish(tokens[ctx.start.getTokenIndex() + 1].range(), close.range());
        Expression result = assembly.build(flush, Token.span(open, close));
        if (diags.size() > 0) {
            throw new Rejected("invalid template");
        }
        return result;
    }

    /**
     * The common template without sequences: empty, or one literal token with nothing to flush
     * (as the assembly would build it, without its machinery); null for any other template.
     */
    private Expression plainString(Token open, ParserRuleContext ctx, int parts, Token close, boolean flush) {
        if (parts == 0) {
            Expression.LiteralValue empty = new Expression.LiteralValue("", Range.at(src.source.filename,
                close.end()));
            return new Expression.Template(List.of(empty), Token.span(open, close));
        }
        if (parts != 1 || flush || !(ctx.getChild(1).getChild(0) instanceof TerminalNode t)
                || t.getSymbol().getType() == HCLLexer.TEMPLATE_INTERP) {
            return null;
        }
        Token lit = tok(t);
        String value = StringLiterals.nfc(decode(lit, lit.type == TokenType.QUOTED_LIT));
        return new Expression.Template(List.of(new Expression.LiteralValue(value, lit.range())),
            Token.span(open, close));
    }

    private void part(HCLParser.TemplatePartContext ctx, TemplateAssembly assembly) {
        ParseTree first = ctx.getChild(0);
        if (first instanceof HCLParser.IfDirectiveContext d) {
            ifDirective(d, assembly);
            return;
        }
        if (first instanceof HCLParser.ForDirectiveContext d) {
            forDirective(d, assembly);
            return;
        }
        TerminalNode t = (TerminalNode) first;
        Token token = tok(t);
        assembly.nextToken();
        if (t.getSymbol().getType() == HCLLexer.TEMPLATE_INTERP) {
            assembly.sequenceOpened(isStripOpen(token));
            Expression e = expression(ctx.expression());
            Token close = tok(ctx.TEMPLATE_SEQ_END());
            assembly.sequenceClosed(isStripClose(close));
            assembly.interpolation(e, Token.span(token, close));
        } else {
            assembly.literal(decode(token, token.type == TokenType.QUOTED_LIT), token.range());
        }
    }

    private void ifDirective(HCLParser.IfDirectiveContext ctx, TemplateAssembly assembly) {
        List<ParseTree> children = ctx.children;
        // TEMPLATE_CONTROL IF expression TEMPLATE_SEQ_END part* (... ELSE ...)? ... ENDIF ...
        int i = 0;
        while (i < children.size()) {
            ParseTree c = children.get(i);
            if (c instanceof HCLParser.TemplatePartContext p) {
                part(p, assembly);
                i++;
                continue;
            }
            Token control = tok((TerminalNode) c);
            Token keyword = tok((TerminalNode) children.get(i + 1));
            assembly.nextToken();
            assembly.sequenceOpened(isStripOpen(control));
            if (keyword.is("if")) {
                Expression cond = expression((HCLParser.ExpressionContext) children.get(i + 2));
                Token close = tok((TerminalNode) children.get(i + 3));
                assembly.ifDirective(cond, Token.span(control, close));
                assembly.sequenceClosed(isStripClose(close));
                i += 4;
            } else {
                Token close = tok((TerminalNode) children.get(i + 2));
                assembly.endDirective(keyword.text(), Token.span(control, close));
                assembly.sequenceClosed(isStripClose(close));
                i += 3;
            }
        }
    }

    private void forDirective(HCLParser.ForDirectiveContext ctx, TemplateAssembly assembly) {
        List<HCLParser.IdentContext> names = ctx.ident();
        Token control = tok(ctx.TEMPLATE_CONTROL(0));
        assembly.nextToken();
        assembly.sequenceOpened(isStripOpen(control));
        String keyVar = names.size() == 2 ? tok(names.get(0)).text() : null;
        String valueVar = tok(names.get(names.size() - 1)).text();
        Expression coll = expression(ctx.expression());
        Token close = tok(ctx.TEMPLATE_SEQ_END(0));
        assembly.forDirective(keyVar, valueVar, coll, Token.span(control, close));
        assembly.sequenceClosed(isStripClose(close));
        for (HCLParser.TemplatePartContext p : ctx.templatePart()) {
            part(p, assembly);
        }
        Token endControl = tok(ctx.TEMPLATE_CONTROL(1));
        Token endClose = tok(ctx.TEMPLATE_SEQ_END(1));
        assembly.nextToken();
        assembly.sequenceOpened(isStripOpen(endControl));
        assembly.endDirective("endfor", Token.span(endControl, endClose));
        assembly.sequenceClosed(isStripClose(endClose));
    }

    private static boolean isStripOpen(Token opener) {
        return opener.length() == 3 && opener.byteAt(2) == '~';
    }

    private static boolean isStripClose(Token closer) {
        return closer.length() == 2 && closer.byteAt(0) == '~';
    }

    private String decode(Token t, boolean quoted) {
        String value = StringLiterals.decode(t, quoted, diags);
        if (diags.size() > 0) {
            throw new Rejected("invalid escape");
        }
        return value;
    }

    // ---------------------------------------------------------------- tokens

    private Token tok(ParseTree terminal) {
        return tok((TerminalNode) terminal);
    }

    private Token tok(TerminalNode node) {
        return tokens[node.getSymbol().getTokenIndex()];
    }

    private Token tok(org.antlr.v4.runtime.Token t) {
        return tokens[t.getTokenIndex()];
    }

    /** The single token of an identifier rule. */
    private Token tok(HCLParser.IdentContext ctx) {
        return tokens[ctx.start.getTokenIndex()];
    }
}
