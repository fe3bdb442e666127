package io.templint.hcl.parser;

import io.templint.hcl.Expression;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a template from its flat list of parts, as hclsyntax does in two passes: first the
 * parts in source order (literals, with the {@code ~} strip markers applied as they come,
 * interpolations, directive markers), then heredoc indentation removal, melding of adjacent
 * literals and the nesting of {@code %{if}} and {@code %{for}}. Shared by the recovery parser
 * ({@link TemplateParser}) and the grammar's tree actions ({@link HclParserBase}), so both make
 * identical templates.
 */
final class TemplateAssembly {

    private final Diagnostics diags;
    private final List<Part> parts = new ArrayList<>();
    private boolean ltrimNext;
    private boolean nextCanTrimPrev;
    private boolean ltrim;
    private boolean canTrimPrev;

    TemplateAssembly(Diagnostics diags) {
        this.diags = diags;
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

    // ---------------------------------------------------------------- first pass

    /** Moves on to the next token of the template: strip flags set by the previous token apply to it only. */
    void nextToken() {
        ltrim = ltrimNext;
        ltrimNext = false;
        canTrimPrev = nextCanTrimPrev;
        nextCanTrimPrev = false;
    }

    /** A literal token, already decoded. */
    void literal(String value, Range range) {
        parts.add(new Literal(ltrim ? trimLeftSpace(value) : value, range));
        nextCanTrimPrev = true;
    }

    /** A sequence opener (<code>${</code> or <code>%{</code>); {@code strip} for <code>${~</code>: trims the literal before. */
    void sequenceOpened(boolean strip) {
        if (canTrimPrev && strip && !parts.isEmpty() && parts.get(parts.size() - 1) instanceof Literal lit) {
            lit.value = trimRightSpace(lit.value);
        }
    }

    /** A sequence closer; {@code strip} for <code>~}</code>: trims the literal just after. */
    void sequenceClosed(boolean strip) {
        if (strip) {
            ltrimNext = true;
        }
    }

    void interpolation(Expression expr, Range range) {
        parts.add(new Interp(expr, range));
    }

    void ifDirective(Expression cond, Range range) {
        parts.add(new If(cond, range));
    }

    void forDirective(String keyVar, String valueVar, Expression coll, Range range) {
        parts.add(new For(keyVar, valueVar, coll, range));
    }

    /** An {@code else}, {@code endif} or {@code endfor} directive. */
    void endDirective(String keyword, Range range) {
        parts.add(new EndCtrl(keyword, range));
    }

    /**
     * Ends the first pass: {@code start} is the range of the first token after the opener (an empty
     * template has an empty literal at its end), {@code end} the closer's.
     */
    void finish(Range start, Range end) {
        if (parts.isEmpty()) {
            parts.add(new Literal("", Range.at(start.filename(), start.end())));
        }
        parts.add(new End(end));
    }

    // ---------------------------------------------------------------- second pass

    /**
     * The template over {@code range}: a {@link Expression.TemplateWrap} when it is exactly one
     * interpolation, else a {@link Expression.Template}. {@code flush} removes heredoc indentation.
     */
    Expression build(boolean flush, Range range) {
        boolean passthrough = parts.size() == 2 && parts.get(0) instanceof Interp;
        if (flush) {
            flushHeredoc(parts);
        }
        meldLiterals(parts);
        List<Expression> out = new ArrayList<>();
        new Tree(parts).parseRoot(out);
        if (passthrough) {
            return new Expression.TemplateWrap(out.get(0), range);
        }
        return new Expression.Template(out, range);
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
