package io.templint.hcl.parser;

import io.templint.hcl.Expression;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.internal.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses templates (quoted strings, heredocs, bare templates) in hclsyntax's two passes: first a
 * flat list of parts (literals after {@code ~} trimming and heredoc indentation removal,
 * interpolations, directive markers), then the nesting of {@code %{if}} and {@code %{for}}.
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

    // ---------------------------------------------------------------- parts

    /** A part of the flat list. */
    private abstract static class Part {
        Range range;
    }

    private static final class Literal extends Part {
        String value;

        Literal(String value, Range range) {
            this.value = value;
            this.range = range;
        }
    }

    private static final class Interp extends Part {
        final Expression expr;

        Interp(Expression expr, Range range) {
            this.expr = expr;
            this.range = range;
        }
    }

    private static final class If extends Part {
        final Expression cond;

        If(Expression cond, Range range) {
            this.cond = cond;
            this.range = range;
        }
    }

    private static final class For extends Part {
        final String keyVar;
        final String valVar;
        final Expression coll;

        For(String keyVar, String valVar, Expression coll, Range range) {
            this.keyVar = keyVar;
            this.valVar = valVar;
            this.coll = coll;
            this.range = range;
        }
    }

    private static final class EndCtrl extends Part {
        final String name; // "endif", "else" or "endfor"

        EndCtrl(String name, Range range) {
            this.name = name;
            this.range = range;
        }
    }

    private static final class End extends Part {
        End(Range range) {
            this.range = range;
        }
    }

    /** The flat parts of a template with the range they cover (opener excluded, closer included). */
    private record Parts(List<Part> list, Range range) { }

    /** A quoted template or heredoc whose opener was just read. */
    Expression parseDelimited(Token open, TokenType closer, boolean flush) {
        Parts parts = parseParts(closer);
        List<Expression> exprs = build(parts.list(), flush);
        Range range = Range.span(open.range(), in.prevRange());
        if (isPassthrough(parts.list())) {
            return new Expression.TemplateWrap(exprs.get(0), range);
        }
        return new Expression.Template(exprs, range);
    }

    /** A bare template running to the end of the input (HCL's {@code ParseTemplate}). */
    Expression parseBare() {
        Parts parts = parseParts(TokenType.EOF);
        List<Expression> exprs = build(parts.list(), false);
        if (isPassthrough(parts.list())) {
            return new Expression.TemplateWrap(exprs.get(0), parts.range());
        }
        return new Expression.Template(exprs, parts.range());
    }

    /** Trims, melds and nests the parts into the template's expressions. */
    private List<Expression> build(List<Part> parts, boolean flush) {
        if (flush) {
            flushHeredoc(parts);
        }
        meldLiterals(parts);
        List<Expression> out = new ArrayList<>();
        new Tree(parts).parseRoot(out);
        return out;
    }

    /** A template that is exactly one interpolation stands for the interpolated value itself. */
    private static boolean isPassthrough(List<Part> parts) {
        return parts.size() == 2 && parts.get(0) instanceof Interp;
    }

    private Parts parseParts(TokenType end) {
        List<Part> parts = new ArrayList<>();
        Range startRange = in.nextRange();
        boolean ltrimNext = false;
        boolean nextCanTrimPrev = false;
        Range endRange;
        tokens:
        while (true) {
            Token next = in.read();
            if (next.type == end) {
                endRange = next.range();
                break;
            }
            boolean ltrim = ltrimNext;
            ltrimNext = false;
            boolean canTrimPrev = nextCanTrimPrev;
            nextCanTrimPrev = false;
            switch (next.type) {
                case STRING_LIT:
                case QUOTED_LIT: {
                    String str = StringLiterals.decode(next, next.type == TokenType.QUOTED_LIT, diags);
                    if (ltrim) {
                        str = trimLeftSpace(str);
                    }
                    parts.add(new Literal(str, next.range()));
                    nextCanTrimPrev = true;
                    break;
                }
                case TEMPLATE_INTERP: {
                    if (canTrimPrev && next.length() == 3 && next.byteAt(2) == '~' && !parts.isEmpty()
                            && parts.get(parts.size() - 1) instanceof Literal lit) {
                        lit.value = trimRightSpace(lit.value);
                    }
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
                        if (close.length() == 2 && close.byteAt(0) == '~') {
                            ltrimNext = true;
                        }
                    }
                    in.popIncludeNewlines();
                    parts.add(new Interp(expr, Token.span(next, close)));
                    break;
                }
                case TEMPLATE_CONTROL: {
                    if (canTrimPrev && next.length() == 3 && next.byteAt(2) == '~' && !parts.isEmpty()
                            && parts.get(parts.size() - 1) instanceof Literal lit) {
                        lit.value = trimRightSpace(lit.value);
                    }
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
                        parts.add(new If(cond, Range.span(next.range(), in.nextRange())));
                    } else if (kw.is("else") || kw.is("endif") || kw.is("endfor")) {
                        parts.add(new EndCtrl(kw.text(), Range.span(next.range(), in.nextRange())));
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
                        parts.add(new For(keyName, valName, coll, Range.span(next.range(), in.nextRange())));
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
                        if (close.length() == 2 && close.byteAt(0) == '~') {
                            ltrimNext = true;
                        }
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
        if (parts.isEmpty()) {
            parts.add(new Literal("", Range.at(startRange.filename(), startRange.end())));
        }
        parts.add(new End(endRange));
        return new Parts(parts, Range.span(startRange, endRange));
    }

    private void directiveError(String detail) {
        if (!state.recovery) {
            diags.error("Invalid 'for' directive", detail, in.peek().range());
        }
        state.recover(TokenType.TEMPLATE_SEQ_END);
        in.popIncludeNewlines();
    }

    // ---------------------------------------------------------------- trimming

    static boolean isGoSpace(int c) {
        switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0:
                return true;
            default:
                return c > 0xff && Character.isWhitespace(c) || c == 0x2007 || c == 0x202F;
        }
    }

    static String trimLeftSpace(String s) {
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!isGoSpace(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return s.substring(i);
    }

    static String trimRightSpace(String s) {
        int i = s.length();
        while (i > 0) {
            int c = s.codePointBefore(i);
            if (!isGoSpace(c)) {
                break;
            }
            i -= Character.charCount(c);
        }
        return s.substring(0, i);
    }

    /** {@code <<-} heredocs: removes the smallest indentation of the non-blank lines from every line. */
    private static void flushHeredoc(List<Part> parts) {
        int minSpaces = Integer.MAX_VALUE;
        boolean newline = true;
        List<Literal> adjust = new ArrayList<>();
        for (Part part : parts) {
            if (newline) {
                newline = false;
                int spaces = 0;
                if (part instanceof Literal lit) {
                    String trimmed = trimLeftSpace(lit.value);
                    if (trimmed.isEmpty() && lit.value.endsWith("\n")) {
                        spaces = Integer.MAX_VALUE;
                    } else {
                        spaces = TextPositions.graphemeCount(lit.value.substring(0, lit.value.length() - trimmed.length()));
                        adjust.add(lit);
                    }
                } else if (part instanceof End) {
                    break;
                }
                if (spaces < minSpaces) {
                    minSpaces = spaces;
                }
            }
            if (part instanceof Literal lit && lit.value.endsWith("\n")) {
                newline = true;
            }
        }
        for (Literal lit : adjust) {
            int chars = TextPositions.prefixLength(lit.value, minSpaces);
            int bytes = utf8Length(lit.value, chars);
            lit.value = lit.value.substring(chars);
            Pos s = lit.range.start();
            lit.range = new Range(lit.range.filename(), new Pos(s.line(), s.column() + minSpaces,
                s.byteOffset() + bytes), lit.range.end());
        }
    }

    private static int utf8Length(String s, int chars) {
        int n = 0;
        for (int i = 0; i < chars; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Joins runs of consecutive literals into one (in one pass: heredocs may have many lines). */
    private static void meldLiterals(List<Part> parts) {
        List<Part> out = new ArrayList<>(parts.size());
        int i = 0;
        while (i < parts.size()) {
            Part part = parts.get(i);
            if (!(part instanceof Literal first)) {
                out.add(part);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < parts.size() && parts.get(j) instanceof Literal) {
                j++;
            }
            if (j > i + 1) {
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < j; k++) {
                    sb.append(((Literal) parts.get(k)).value);
                }
                Range last = parts.get(j - 1).range;
                first.value = sb.toString();
                first.range = new Range(first.range.filename(), first.range.start(), last.end());
            }
            out.add(first);
            i = j;
        }
        parts.clear();
        parts.addAll(out);
    }

    // ---------------------------------------------------------------- tree

    /** The second pass: nests the directives. */
    private final class Tree {
        private final List<Part> parts;
        private int pos;

        Tree(List<Part> parts) {
            this.parts = parts;
        }

        private Part peekPart() {
            return parts.get(pos);
        }

        private Part readPart() {
            Part ret = parts.get(pos);
            if (!(ret instanceof End)) {
                pos++;
            }
            return ret;
        }

        void parseRoot(List<Expression> out) {
            while (!(peekPart() instanceof End)) {
                out.add(parseExpr());
            }
        }

        private Expression parseExpr() {
            Part next = peekPart();
            if (next instanceof Literal lit) {
                readPart();
                return new Expression.LiteralValue(StringLiterals.nfc(lit.value), lit.range);
            } else if (next instanceof Interp interp) {
                readPart();
                return interp.expr;
            } else if (next instanceof If) {
                return parseIf();
            } else if (next instanceof For) {
                return parseFor();
            } else if (next instanceof End) {
                readPart();
                diags.error("Unexpected end of template", "The control directives within this template are "
                    + "unbalanced.", next.range);
                return new Expression.SyntaxError(next.range);
            }
            EndCtrl end = (EndCtrl) next;
            readPart();
            diags.error("Unexpected " + end.name + " directive", "The control directives within this template are "
                + "unbalanced.", end.range);
            return new Expression.SyntaxError(end.range);
        }

        private Expression parseIf() {
            If openIf = (If) readPart();
            List<Expression> ifExprs = new ArrayList<>();
            List<Expression> elseExprs = new ArrayList<>();
            List<Expression> current = ifExprs;
            Range endifRange;
            while (true) {
                Part next = peekPart();
                if (next instanceof End) {
                    diags.error("Unexpected end of template", "The if directive at " + ParseState.rangeString(openIf.range)
                        + " is missing its corresponding endif directive.", next.range);
                    return new Expression.SyntaxError(next.range);
                }
                if (next instanceof EndCtrl end) {
                    readPart();
                    if (end.name.equals("else")) {
                        if (current == ifExprs) {
                            current = elseExprs;
                            continue;
                        }
                        diags.error("Unexpected else directive", "Already in the else clause for the if started at "
                            + ParseState.rangeString(openIf.range) + ".", end.range);
                    } else if (end.name.equals("endif")) {
                        endifRange = end.range;
                        break;
                    } else {
                        diags.error("Unexpected " + end.name + " directive", "Expecting an endif directive for the if "
                            + "started at " + ParseState.rangeString(openIf.range) + ".", end.range);
                    }
                    return new Expression.SyntaxError(end.range);
                }
                current.add(parseExpr());
            }
            if (ifExprs.isEmpty()) {
                ifExprs.add(new Expression.LiteralValue("", Range.at(openIf.range.filename(), openIf.range.end())));
            }
            if (elseExprs.isEmpty()) {
                elseExprs.add(new Expression.LiteralValue("", Range.at(endifRange.filename(), endifRange.start())));
            }
            Expression trueExpr = new Expression.Template(ifExprs,
                Range.span(ifExprs.get(0).range(), ifExprs.get(ifExprs.size() - 1).range()));
            Expression falseExpr = new Expression.Template(elseExprs,
                Range.span(elseExprs.get(0).range(), elseExprs.get(elseExprs.size() - 1).range()));
            return new Expression.Conditional(openIf.cond, trueExpr, falseExpr, Range.span(openIf.range, endifRange));
        }

        private Expression parseFor() {
            For openFor = (For) readPart();
            List<Expression> content = new ArrayList<>();
            Range endforRange;
            while (true) {
                Part next = peekPart();
                if (next instanceof End) {
                    diags.error("Unexpected end of template", "The for directive at "
                        + ParseState.rangeString(openFor.range) + " is missing its corresponding endfor directive.",
                        next.range);
                    return new Expression.SyntaxError(next.range);
                }
                if (next instanceof EndCtrl end) {
                    readPart();
                    if (end.name.equals("else")) {
                        diags.error("Unexpected else directive", "An else clause is not expected for a for directive.",
                            end.range);
                    } else if (end.name.equals("endfor")) {
                        endforRange = end.range;
                        break;
                    } else {
                        diags.error("Unexpected " + end.name + " directive", "Expecting an endfor directive "
                            + "corresponding to the for directive at " + ParseState.rangeString(openFor.range) + ".",
                            end.range);
                    }
                    return new Expression.SyntaxError(end.range);
                }
                content.add(parseExpr());
            }
            if (content.isEmpty()) {
                content.add(new Expression.LiteralValue("", Range.at(openFor.range.filename(), openFor.range.end())));
            }
            Expression contentExpr = new Expression.Template(content,
                Range.span(content.get(0).range(), content.get(content.size() - 1).range()));
            Range range = Range.span(openFor.range, endforRange);
            Expression.For forExpr = new Expression.For(openFor.keyVar, openFor.valVar, openFor.coll, null,
                contentExpr, null, false, openFor.range, endforRange, range);
            return new Expression.TemplateJoin(forExpr, range);
        }
    }
}
