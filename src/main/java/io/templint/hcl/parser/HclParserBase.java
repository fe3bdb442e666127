package io.templint.hcl.parser;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Expression;
import io.templint.hcl.Label;
import io.templint.hcl.Operator;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import io.templint.hcl.parser.antlr.HCLLexer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.TokenStream;

/**
 * The Java half of the generated {@code HCLParser} (grammar/HCLParser.g4): the methods its actions
 * call to build the typed syntax tree as the grammar parses, with no parse tree in between. They
 * make exactly the node kinds and ranges of the recovery parser, with the same shared code:
 * traversal folding ({@link TraversalChain}), template assembly ({@link TemplateAssembly}), string
 * decoding ({@link StringLiterals}) and positions (the tokens are {@link GrammarToken}s).
 *
 * <p>What the grammar accepts but hclsyntax rejects (a duplicate attribute, an invalid escape or
 * number, a chained legacy index, a nested attribute-only splat, a tuple or object whose first
 * item starts with {@code for}) makes these methods throw {@link Rejected}: the recovery parser
 * then reports it.
 */
public abstract class HclParserBase extends Parser {

    /** Thrown when the input is not well-formed after all; carries no stack trace. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(String why) {
            super(why, null, false, false);
        }
    }

    private String filename;
    private final Diagnostics diags = new Diagnostics();

    protected HclParserBase(TokenStream input) {
        super(input);
    }

    /** Sets the file the tree's ranges name; called before parsing. */
    void begin(DecodedSource src) {
        this.filename = src.source.filename;
    }

    private static GrammarToken tok(org.antlr.v4.runtime.Token t) {
        return (GrammarToken) t;
    }

    /** Appends {@code item} to {@code list}, made on first use so that the common empty case costs nothing. */
    protected static <T> List<T> add(List<T> list, T item) {
        List<T> out = list == null ? new ArrayList<>(2) : list;
        out.add(item);
        return out;
    }

    // ---------------------------------------------------------------- structure

    /** The file's body, from its first token on the default channel (or EOF) to its end. */
    protected Body file(List<BodyItem> items, org.antlr.v4.runtime.Token end) {
        checkNames(items);
        GrammarToken eof = tok(end);
        return new Body(items, Token.span(tok(_input.get(0)), eof), Range.at(filename, eof.end()));
    }

    private static void checkNames(List<BodyItem> items) {
        AttributeNames names = null;
        for (BodyItem item : items) {
            if (item instanceof Attribute a) {
                if (names == null) {
                    names = new AttributeNames();
                }
                if (names.putIfAbsent(a) != null) {
                    throw new Rejected("attribute redefined");
                }
            }
        }
    }

    protected Attribute attribute(org.antlr.v4.runtime.Token name, org.antlr.v4.runtime.Token equal,
                                  Expression value) {
        Token n = tok(name);
        return new Attribute(n.text(), n.range(), value, tok(equal).range(), Token.span(n, lastConsumed()));
    }

    /** The last token matched on the default channel: in an action at the end of a rule, the rule's last. */
    private Token lastConsumed() {
        return tok(_input.LT(-1));
    }

    /** A block; {@code labels} is null when it has none. */
    protected Block block(org.antlr.v4.runtime.Token type, List<Label> labels, Body body,
                          org.antlr.v4.runtime.Token open, org.antlr.v4.runtime.Token close) {
        Token t = tok(type);
        Token c = tok(close);
        return new Block(t.text(), t.range(), labels == null ? List.of() : labels, body, tok(open).range(), c.range(),
            Token.span(t, c));
    }

    protected Body body(List<BodyItem> items, org.antlr.v4.runtime.Token open, org.antlr.v4.runtime.Token close) {
        checkNames(items);
        Token c = tok(close);
        return new Body(items, Token.span(tok(open), c), Range.at(filename, c.end()));
    }

    /** The body of a one-line block, which holds a single attribute. */
    protected static Body oneLineBody(Attribute a) {
        return new Body(List.of(a), a.range(), Range.at(a.range().filename(), a.range().end()));
    }

    protected Label bareLabel(org.antlr.v4.runtime.Token ident) {
        Token t = tok(ident);
        return new Label(t.text(), t.range(), false);
    }

    /** A quoted label; {@code parts} (null when there are none) are its literal tokens. */
    protected Label quotedLabel(org.antlr.v4.runtime.Token open, List<org.antlr.v4.runtime.Token> parts,
                                org.antlr.v4.runtime.Token close) {
        String value = "";
        if (parts != null && parts.size() == 1) {
            value = decode(tok(parts.get(0)), true);
        } else if (parts != null) {
            StringBuilder sb = new StringBuilder();
            for (org.antlr.v4.runtime.Token p : parts) {
                sb.append(decode(tok(p), true));
            }
            value = sb.toString();
        }
        return new Label(value, Token.span(tok(open), tok(close)), true);
    }

    // ---------------------------------------------------------------- operators

    protected Expression conditional(org.antlr.v4.runtime.Token start, Expression cond, Expression t, Expression f) {
        return new Expression.Conditional(cond, t, f, Range.span(tok(start).range(), f.range()));
    }

    /**
     * A chain of operands and binary operators, as the grammar's {@code binary} rule reads it, before
     * precedence is applied.
     */
    protected static final class BinaryChain {
        final List<Expression> operands = new ArrayList<>(4);
        final List<Operator> operators = new ArrayList<>(3);
    }

    /** Appends {@code op next} to {@code chain} (made on the first operator, starting from {@code first}). */
    protected static BinaryChain chain(BinaryChain chain, Expression first, org.antlr.v4.runtime.Token op,
                                       Expression next) {
        BinaryChain c = chain;
        if (c == null) {
            c = new BinaryChain();
            c.operands.add(first);
        }
        c.operators.add(operator(op.getType()));
        c.operands.add(next);
        return c;
    }

    /**
     * The operations of {@code chain} nested by precedence, each level associating to the left, as
     * hclsyntax nests them: an operator-precedence pass over the chain with a stack of operands and
     * one of pending operators (no recursion, so a long chain costs no stack).
     */
    protected static Expression binary(BinaryChain chain) {
        List<Expression> operands = new ArrayList<>(chain.operands.size());
        List<Operator> pending = new ArrayList<>(chain.operators.size());
        operands.add(chain.operands.get(0));
        for (int i = 0; i < chain.operators.size(); i++) {
            Operator op = chain.operators.get(i);
            while (!pending.isEmpty() && pending.get(pending.size() - 1).precedence() >= op.precedence()) {
                reduce(operands, pending);
            }
            pending.add(op);
            operands.add(chain.operands.get(i + 1));
        }
        while (!pending.isEmpty()) {
            reduce(operands, pending);
        }
        return operands.get(0);
    }

    /** Replaces the last two operands by the last pending operator applied to them. */
    private static void reduce(List<Expression> operands, List<Operator> pending) {
        Operator op = pending.remove(pending.size() - 1);
        Expression rhs = operands.remove(operands.size() - 1);
        Expression lhs = operands.remove(operands.size() - 1);
        operands.add(new Expression.BinaryOp(op, lhs, rhs, Range.span(lhs.range(), rhs.range())));
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

    protected Expression unaryOp(org.antlr.v4.runtime.Token sign, Expression operand) {
        Token s = tok(sign);
        Operator op = sign.getType() == HCLLexer.MINUS ? Operator.NEGATE : Operator.NOT;
        return new Expression.UnaryOp(op, operand, s.range(), Range.span(s.range(), operand.range()));
    }

    // ---------------------------------------------------------------- traversals

    /** One traversal, index or splat step, as the grammar's {@code step} rule matched it. */
    protected static final class Step {
        private static final int ATTRIBUTE = 0;
        private static final int LEGACY_INDEX = 1;
        private static final int ATTRIBUTE_SPLAT = 2;
        private static final int FULL_SPLAT = 3;
        private static final int INDEX = 4;

        final int kind;
        final Token first;
        final Token last;
        /** The key of an index step. */
        final Expression key;

        private Step(int kind, Token first, Token last, Expression key) {
            this.kind = kind;
            this.first = first;
            this.last = last;
            this.key = key;
        }

        boolean isDot() {
            return kind <= ATTRIBUTE_SPLAT;
        }
    }

    protected Step attributeStep(org.antlr.v4.runtime.Token dot, org.antlr.v4.runtime.Token name) {
        return new Step(Step.ATTRIBUTE, tok(dot), tok(name), null);
    }

    protected Step legacyIndexStep(org.antlr.v4.runtime.Token dot, org.antlr.v4.runtime.Token number) {
        return new Step(Step.LEGACY_INDEX, tok(dot), tok(number), null);
    }

    protected Step attributeSplatStep(org.antlr.v4.runtime.Token dot, org.antlr.v4.runtime.Token star) {
        return new Step(Step.ATTRIBUTE_SPLAT, tok(dot), tok(star), null);
    }

    protected Step fullSplatStep(org.antlr.v4.runtime.Token open, org.antlr.v4.runtime.Token close) {
        return new Step(Step.FULL_SPLAT, tok(open), tok(close), null);
    }

    protected Step indexStep(org.antlr.v4.runtime.Token open, Expression key, org.antlr.v4.runtime.Token close) {
        return new Step(Step.INDEX, tok(open), tok(close), key);
    }

    /** {@code term} extended by its steps (null when there are none). */
    protected Expression traversal(Expression term, List<Step> steps) {
        return steps == null ? term : new Steps(steps).apply(term);
    }

    /** Traversal, index and splat steps, applied as hclsyntax's {@code parseExpressionTraversals} does. */
    private static final class Steps {
        private final List<Step> steps;
        private int next;

        Steps(List<Step> steps) {
            this.steps = steps;
        }

        Expression apply(Expression from) {
            TraversalChain ret = new TraversalChain(from);
            while (next < steps.size()) {
                Step step = steps.get(next++);
                switch (step.kind) {
                    case Step.ATTRIBUTE -> {
                        Range rng = Token.span(step.first, step.last);
                        ret.add(new Traverser.Attr(step.last.text(), rng), rng);
                    }
                    case Step.LEGACY_INDEX -> {
                        Range rng = Token.span(step.first, step.last);
                        ret.add(new Traverser.Index(legacyIndex(step.last), rng), rng);
                    }
                    case Step.ATTRIBUTE_SPLAT -> attributeSplat(step, ret);
                    case Step.FULL_SPLAT -> {
                        Range rng = Token.span(step.first, step.last);
                        Expression source = ret.get();
                        Expression.AnonSymbol item = new Expression.AnonSymbol(rng);
                        Expression each = apply(item);
                        ret.set(new Expression.Splat(source, each, item, rng, Range.span(ret.fromRange(), each.range())));
                    }
                    default -> ret.index(step.key, Token.span(step.first, step.last));
                }
            }
            return ret.get();
        }

        /** {@code .*} followed by {@code .name} and {@code .0} steps. */
        private void attributeSplat(Step splat, TraversalChain ret) {
            List<Traverser> trav = new ArrayList<>(1);
            Range first = null;
            Range last = splat.last.range();
            while (next < steps.size() && steps.get(next).isDot()) {
                Step step = steps.get(next++);
                if (first == null) {
                    first = step.first.range();
                }
                switch (step.kind) {
                    case Step.LEGACY_INDEX -> trav.add(new Traverser.Index(legacyIndex(step.last),
                        Token.span(step.first, step.last)));
                    case Step.ATTRIBUTE_SPLAT -> throw new Rejected("nested splat");
                    default -> trav.add(new Traverser.Attr(step.last.text(), Token.span(step.first, step.last)));
                }
                last = step.last.range();
            }
            ret.attributeSplat(Token.span(splat.first, splat.last), trav, first, last);
        }
    }

    /** The index of a legacy {@code .0} step; {@code .0.1} (one number token) is refused. */
    private static BigDecimal legacyIndex(Token num) {
        for (int i = 0; i < num.length(); i++) {
            if (num.byteAt(i) == '.') {
                throw new Rejected("chained legacy index");
            }
        }
        return decimal(num);
    }

    private static BigDecimal decimal(Token t) {
        try {
            return NumberLiterals.value(t);
        } catch (NumberFormatException e) {
            throw new Rejected("invalid number");
        }
    }

    // ---------------------------------------------------------------- terms

    protected Expression number(org.antlr.v4.runtime.Token number) {
        Token t = tok(number);
        return new Expression.LiteralValue(decimal(t), t.range());
    }

    /** A bare name: {@code true}, {@code false}, {@code null} or a variable. */
    protected Expression variable(org.antlr.v4.runtime.Token name) {
        return ExpressionParser.bareName(tok(name));
    }

    protected Expression parentheses(org.antlr.v4.runtime.Token open, Expression inner,
                                     org.antlr.v4.runtime.Token close) {
        return new Expression.Parentheses(inner, Token.span(tok(open), tok(close)));
    }

    /** A call of {@code first}, or of {@code first::qualified...} (null when unqualified). */
    protected Expression call(org.antlr.v4.runtime.Token first, List<org.antlr.v4.runtime.Token> qualified,
                              List<Expression> args, boolean expand, org.antlr.v4.runtime.Token open,
                              org.antlr.v4.runtime.Token close) {
        Token f = tok(first);
        Token lastName = f;
        String name = f.text();
        if (qualified != null) {
            StringBuilder sb = new StringBuilder(name);
            for (org.antlr.v4.runtime.Token part : qualified) {
                lastName = tok(part);
                sb.append("::").append(lastName.text());
            }
            name = sb.toString();
        }
        Range nameRange = Token.span(f, lastName);
        Range closeRange = tok(close).range();
        return new Expression.FunctionCall(name, nameRange, args, expand, tok(open).range(), closeRange,
            Range.span(nameRange, closeRange));
    }

    /** The first item of a tuple, which hclsyntax refuses to start with {@code for}. */
    protected static Expression firstItem(Expression item, org.antlr.v4.runtime.Token start) {
        if (start.getType() == HCLLexer.FOR) {
            throw new Rejected("'for' starts a tuple item");
        }
        return item;
    }

    /** The first item of an object, which hclsyntax refuses to start with {@code for}. */
    protected static Expression.ObjectItem firstItem(Expression.ObjectItem item, org.antlr.v4.runtime.Token start) {
        if (start.getType() == HCLLexer.FOR) {
            throw new Rejected("'for' starts an object item");
        }
        return item;
    }

    protected Expression tuple(org.antlr.v4.runtime.Token open, List<Expression> items,
                               org.antlr.v4.runtime.Token close) {
        Token o = tok(open);
        return new Expression.TupleCons(items, o.range(), Token.span(o, tok(close)));
    }

    /** An object item; a key in parentheses is never taken as a literal name. */
    protected Expression.ObjectItem objectItem(Expression key, org.antlr.v4.runtime.Token keyStart, Expression value) {
        boolean forceNonLiteral = keyStart.getType() == HCLLexer.O_PAREN;
        return new Expression.ObjectItem(new Expression.ObjectConsKey(key, forceNonLiteral, key.range()), value);
    }

    protected Expression object(org.antlr.v4.runtime.Token open, List<Expression.ObjectItem> items,
                                org.antlr.v4.runtime.Token close) {
        Token o = tok(open);
        return new Expression.ObjectCons(items, o.range(), Token.span(o, tok(close)));
    }

    /** A {@code for} expression; {@code key} is null for a tuple's, {@code keyVar} when there is one name. */
    protected Expression forExpression(org.antlr.v4.runtime.Token open, org.antlr.v4.runtime.Token keyVar,
                                       org.antlr.v4.runtime.Token valueVar, Expression coll, Expression key,
                                       Expression value, boolean group, Expression cond,
                                       org.antlr.v4.runtime.Token close) {
        Token o = tok(open);
        Token c = tok(close);
        return new Expression.For(keyVar == null ? null : tok(keyVar).text(), tok(valueVar).text(), coll, key, value,
            cond, group, o.range(), c.range(), Token.span(o, c));
    }

    // ---------------------------------------------------------------- templates

    /**
     * A template being parsed. The common one, a single literal with nothing to flush, is built
     * directly; any other is fed to a {@link TemplateAssembly}, made when a second part arrives.
     */
    protected static final class Template {
        final GrammarToken open;
        final boolean flush;
        int parts;
        /** The first part, while it is a literal that may be the only one. */
        Token pending;
        TemplateAssembly assembly;

        private Template(GrammarToken open, boolean flush) {
            this.open = open;
            this.flush = flush;
        }
    }

    protected Template template(org.antlr.v4.runtime.Token open, boolean flush) {
        return new Template(tok(open), flush);
    }

    /** Whether a heredoc opener is {@code <<-}, whose template has its indentation removed. */
    protected static boolean isFlush(org.antlr.v4.runtime.Token open) {
        Token o = tok(open);
        return o.length() > 2 && o.byteAt(2) == '-';
    }

    /** The assembly of {@code t}, made on its second part (or first non-literal one). */
    private TemplateAssembly assembly(Template t) {
        if (t.assembly == null) {
            t.assembly = new TemplateAssembly(diags);
            if (t.pending != null) {
                Token lit = t.pending;
                t.pending = null;
                t.assembly.nextToken();
                t.assembly.literal(decode(lit, lit.type == TokenType.QUOTED_LIT), lit.range());
            }
        }
        return t.assembly;
    }

    protected void literal(Template t, org.antlr.v4.runtime.Token literal) {
        Token lit = tok(literal);
        if (t.parts++ == 0 && !t.flush) {
            t.pending = lit;
            return;
        }
        TemplateAssembly a = assembly(t);
        a.nextToken();
        a.literal(decode(lit, lit.type == TokenType.QUOTED_LIT), lit.range());
    }

    protected void interpolation(Template t, org.antlr.v4.runtime.Token open, Expression e,
                                 org.antlr.v4.runtime.Token close) {
        TemplateAssembly a = sequence(t, open);
        Token c = tok(close);
        a.sequenceClosed(isStripClose(c));
        a.interpolation(e, Token.span(tok(open), c));
    }

    protected void ifOpened(Template t, org.antlr.v4.runtime.Token open, Expression cond,
                            org.antlr.v4.runtime.Token close) {
        TemplateAssembly a = sequence(t, open);
        Token c = tok(close);
        a.ifDirective(cond, Token.span(tok(open), c));
        a.sequenceClosed(isStripClose(c));
    }

    /** <code>%{for first in coll}</code> or <code>%{for first, second in coll}</code>. */
    protected void forOpened(Template t, org.antlr.v4.runtime.Token open, org.antlr.v4.runtime.Token first,
                             org.antlr.v4.runtime.Token second, Expression coll, org.antlr.v4.runtime.Token close) {
        TemplateAssembly a = sequence(t, open);
        Token c = tok(close);
        String keyVar = second == null ? null : tok(first).text();
        String valueVar = tok(second == null ? first : second).text();
        a.forDirective(keyVar, valueVar, coll, Token.span(tok(open), c));
        a.sequenceClosed(isStripClose(c));
    }

    /** <code>%{else}</code>, <code>%{endif}</code> or <code>%{endfor}</code>. */
    protected void directiveEnd(Template t, org.antlr.v4.runtime.Token open, org.antlr.v4.runtime.Token keyword,
                                org.antlr.v4.runtime.Token close) {
        TemplateAssembly a = sequence(t, open);
        Token c = tok(close);
        a.endDirective(tok(keyword).text(), Token.span(tok(open), c));
        a.sequenceClosed(isStripClose(c));
    }

    /** Starts a template sequence part opened by {@code open} (<code>${</code> or <code>%{</code>, maybe with {@code ~}). */
    private TemplateAssembly sequence(Template t, org.antlr.v4.runtime.Token open) {
        t.parts++;
        TemplateAssembly a = assembly(t);
        a.nextToken();
        Token o = tok(open);
        a.sequenceOpened(o.length() == 3 && o.byteAt(2) == '~');
        return a;
    }

    private static boolean isStripClose(Token closer) {
        return closer.length() == 2 && closer.byteAt(0) == '~';
    }

    protected Expression finish(Template t, org.antlr.v4.runtime.Token close) {
        Token c = tok(close);
        Range range = Token.span(t.open, c);
        if (t.parts == 0) {
            return new Expression.Template(List.of(new Expression.LiteralValue("", Range.at(filename, c.end()))), range);
        }
        if (t.pending != null) {
            Token lit = t.pending;
            String value = StringLiterals.nfc(decode(lit, lit.type == TokenType.QUOTED_LIT));
            return new Expression.Template(List.of(new Expression.LiteralValue(value, lit.range())), range);
        }
        TemplateAssembly a = assembly(t);
        a.finish(tok(_input.get(t.open.getTokenIndex() + 1)).range(), c.range());
        Expression result = a.build(t.flush, range);
        if (diags.size() > 0) {
            throw new Rejected("invalid template");
        }
        return result;
    }

    private String decode(Token t, boolean quoted) {
        String value = StringLiterals.decode(t, quoted, diags);
        if (diags.size() > 0) {
            throw new Rejected("invalid escape");
        }
        return value;
    }
}
