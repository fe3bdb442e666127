package io.templint.fix;

import io.templint.api.Finding;
import io.templint.eval.Numbers;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Expression;
import io.templint.hcl.Expressions;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;
import io.templint.hcl.Traverser;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds the one mechanical fix of a finding in the syntax tree of its file: the node at the
 * finding's range, and the edit that fixes it. Findings of other rules, and findings whose fix is
 * not certain (the node is not where the rule points, the text is unusual), get none. Files in JSON
 * syntax get none: there every expression is a string, and the rules these fixes are for do not
 * apply or would need JSON's own escaping.
 */
public final class FixFinder {

    /** {@code "${var.x}"}: write {@code var.x}. */
    public static final String INTERPOLATION = "terraform_deprecated_interpolation";
    /** {@code a.0}, {@code a.*.b}: write {@code a[0]}, {@code a[*].b}. */
    public static final String INDEX = "terraform_deprecated_index";
    /** A misspelled "AI Prompt" parameter name: write {@code "AI Prompt"}. */
    public static final String PROMPT = "coder_ai_prompt_misspelled";
    /** An output that exposes a secret: add {@code sensitive = true}. */
    public static final String SENSITIVE_OUTPUT = "sensitive_output_not_marked";

    /** {@code lookup(m, k)} without a default: write {@code m[k]}. */
    public static final String LOOKUP = "terraform_deprecated_lookup";

    /** The rules this class fixes. */
    public static final Set<String> RULES = Set.of(INTERPOLATION, INDEX, PROMPT, SENSITIVE_OUTPUT, LOOKUP);

    /** Rules whose findings go away with a renamed prompt parameter (the Task's missing-prompt checks). */
    private static final Set<String> PROMPT_RESOLVES = Set.of("coder_ai_task_missing_prompt", "coder_task_missing_prompt");

    private final SourceFile source;
    private final HclFile file;
    private final boolean promptCertain;

    /**
     * @param source        the file's bytes, named by its path inside the template
     * @param file          its syntax tree
     * @param promptCertain whether a misspelled prompt parameter's intent is certain: it is the
     *                      template's only near miss and the template has no parameter named "AI Prompt"
     */
    public FixFinder(SourceFile source, HclFile file, boolean promptCertain) {
        this.source = source;
        this.file = file;
        this.promptCertain = promptCertain;
    }

    /** Parses {@code source} and returns its finder, or null when it is JSON or does not parse cleanly. */
    public static FixFinder of(SourceFile source, boolean promptCertain) {
        if (Hcl.isJson(source.name())) {
            return null;
        }
        HclFile parsed = Hcl.parse(source);
        if (parsed.diagnostics().stream().anyMatch(io.templint.hcl.Diagnostic::isError)) {
            return null;
        }
        return new FixFinder(source, parsed, promptCertain);
    }

    /** Whether the file parses without errors (after an edit: a fix that breaks it is dropped). */
    public static boolean parses(String name, byte[] bytes) {
        HclFile parsed = Hcl.parse(new SourceFile(name, bytes));
        return parsed.diagnostics().stream().noneMatch(io.templint.hcl.Diagnostic::isError);
    }

    /** The fix of {@code f} (a finding in this file), or null when it has no certain one. */
    public ProposedFix find(Finding f) {
        if (f.suppressed() || !RULES.contains(f.rule()) || f.line() < 1) {
            return null;
        }
        return switch (f.rule()) {
            case INTERPOLATION -> interpolation(f);
            case INDEX -> index(f);
            case PROMPT -> promptCertain ? prompt(f) : null;
            case SENSITIVE_OUTPUT -> sensitiveOutput(f);
            case LOOKUP -> lookup(f);
            default -> null;
        };
    }

    // ------------------------------------------------------------------ interpolation-only expressions

    private ProposedFix interpolation(Finding f) {
        Expression[] parent = new Expression[1];
        Expression.TemplateWrap w = (Expression.TemplateWrap) findExpression(f,
            (e, p) -> e instanceof Expression.TemplateWrap && at(e.range(), f), parent);
        if (w == null) {
            return null;
        }
        String whole = source.text(w.range());
        if (whole.length() < 2 || whole.charAt(0) != '"' || whole.charAt(whole.length() - 1) != '"') {
            return null; // a heredoc or something unexpected: leave it
        }
        String inner = source.text(w.wrapped().range());
        String text;
        if (parent[0] instanceof Expression.ObjectConsKey) {
            text = "(" + inner + ")";
            List<Edit> edits = new ArrayList<>();
            edits.add(new Edit(w.range().start(), w.range().end(), text));
            if (!realignKey(w, text, edits)) {
                return null;
            }
            return fix(f, "write " + text, edits, Set.of());
        } else if (needsParentheses(parent[0], w.wrapped())) {
            text = "(" + inner + ")";
        } else {
            text = inner;
        }
        if (inCommentChain(w.range().endLine())) {
            return null;
        }
        return fix(f, "write " + text, List.of(new Edit(w.range().start(), w.range().end(), text)), Set.of());
    }

    /**
     * Whether line {@code line} ends in a comment that {@code terraform fmt} aligns with the comment of
     * a neighbouring line: a fix that changes the line's width would then leave the comments unaligned.
     */
    private boolean inCommentChain(int line) {
        return trailingComment(line) && (trailingComment(line - 1) || trailingComment(line + 1));
    }

    private boolean trailingComment(int line) {
        for (io.templint.hcl.Comment c : file.comments()) {
            if (c.range().startLine() == line
                    && !source.text(source.lineStartByte(line), c.range().startByte()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a fixed object key: the edits that keep the equals signs of its alignment group where
     * {@code terraform fmt} puts them (one space after the longest key of the consecutive one-line items),
     * when the group was aligned so before. False when the key's line is not one fmt's alignment can be
     * worked out for (several items on a line, a colon, trailing comments): the fix is then not offered.
     */
    private boolean realignKey(Expression.TemplateWrap key, String newKey, List<Edit> edits) {
        Expression.ObjectCons object = null;
        int index = -1;
        for (Expression[] pair : allExpressions()) {
            if (pair[0] instanceof Expression.ObjectCons o) {
                for (int i = 0; i < o.items().size(); i++) {
                    if (o.items().get(i).key() instanceof Expression.ObjectConsKey k && k.wrapped() == key) {
                        object = o;
                        index = i;
                    }
                }
            }
        }
        if (object == null) {
            return false;
        }
        List<Expression.ObjectItem> items = object.items();
        int line = items.get(index).key().range().startLine();
        if (equalsAfter(items.get(index)) < 0 || !aloneOnLine(items.get(index))) {
            return false;
        }
        int first = index;
        while (first > 0 && oneLine(items.get(first - 1), line - (index - first) - 1)) {
            first--;
        }
        int last = index;
        while (last + 1 < items.size() && oneLine(items.get(last + 1), line + (last + 1 - index))) {
            last++;
        }
        if (items.get(first).key().range().startLine() <= object.range().startLine()
                || items.get(last).value().range().endLine() >= object.range().endLine()) {
            return false;
        }
        int oldMax = 0;
        int newMax = 0;
        for (int i = first; i <= last; i++) {
            Expression k = items.get(i).key();
            int width = source.text(k.range()).length();
            oldMax = Math.max(oldMax, width);
            newMax = Math.max(newMax, i == index ? newKey.length() : width);
        }
        for (int i = first; i <= last; i++) {
            Expression.ObjectItem it = items.get(i);
            int width = source.text(it.key().range()).length();
            int gap = equalsAfter(it) - it.key().range().endByte();
            if (gap != oldMax - width + 1) {
                return true; // not aligned as fmt aligns: leave the spacing as it is
            }
        }
        for (int i = first; i <= last; i++) {
            Expression.ObjectItem it = items.get(i);
            int width = i == index ? newKey.length() : source.text(it.key().range()).length();
            int eq = equalsAfter(it);
            int gap = eq - it.key().range().endByte();
            int want = newMax - width + 1;
            if (gap != want) {
                Pos end = it.key().range().end();
                edits.add(new Edit(end, new Pos(end.line(), end.column() + gap, eq), " ".repeat(want)));
            }
        }
        return true;
    }

    /** Whether {@code item} is on line {@code line} alone, in one line, written {@code key = value}. */
    private boolean oneLine(Expression.ObjectItem item, int line) {
        return item.key().range().startLine() == line && item.value().range().endLine() == line
            && equalsAfter(item) >= 0 && aloneOnLine(item);
    }

    private boolean aloneOnLine(Expression.ObjectItem item) {
        int line = item.key().range().startLine();
        if (item.value().range().endLine() != line || trailingComment(line)) {
            return false;
        }
        String before = source.text(source.lineStartByte(line), item.key().range().startByte());
        String after = source.text(item.value().range().endByte(), source.lineStartByte(line + 1));
        return before.isBlank() && (after.isBlank() || after.strip().equals(","));
    }

    /** The offset of the {@code =} between an item's key and value (spaces only around it), or -1. */
    private int equalsAfter(Expression.ObjectItem item) {
        String between = source.text(item.key().range().endByte(), item.value().range().startByte());
        int eq = between.indexOf('=');
        if (eq < 0 || !between.substring(0, eq).isBlank() || !between.substring(eq + 1).isBlank()
                || between.chars().anyMatch(c -> c == '\n' || c == '\t')) {
            return -1;
        }
        return item.key().range().endByte() + eq;
    }

    /** Every expression of the file with its parent. */
    private List<Expression[]> allExpressions() {
        return expressions(a -> true);
    }

    /**
     * Every expression of the attributes {@code which} accepts (in blocks at any depth) with its parent
     * expression (null at the top), each before the expressions inside it.
     */
    private List<Expression[]> expressions(java.util.function.Predicate<Attribute> which) {
        List<Expression[]> out = new ArrayList<>();
        Deque<Expression[]> todo = new ArrayDeque<>();
        Deque<Body> bodies = new ArrayDeque<>();
        bodies.push(file.body());
        while (!bodies.isEmpty()) {
            for (BodyItem item : bodies.pop().items()) {
                if (item instanceof Block b) {
                    bodies.push(b.body());
                } else if (item instanceof Attribute a && a.expression() != null && which.test(a)) {
                    todo.push(new Expression[] {a.expression(), null});
                }
            }
        }
        while (!todo.isEmpty()) {
            Expression[] pair = todo.pop();
            out.add(pair);
            for (Expression k : Expressions.children(pair[0])) {
                if (k != null) {
                    todo.push(new Expression[] {k, pair[0]});
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code inner}, put where its wrapping string was, must be parenthesised to keep its
     * meaning: inside an operator, a conditional, a traversal or a splat, unless it is a primary
     * expression (a reference, a call, a bracketed constructor, a string, parentheses).
     */
    private static boolean needsParentheses(Expression parent, Expression inner) {
        if (parent == null || parent instanceof Expression.FunctionCall || parent instanceof Expression.TupleCons
                || parent instanceof Expression.ObjectCons || parent instanceof Expression.Parentheses) {
            return false;
        }
        return !(inner instanceof Expression.ScopeTraversal || inner instanceof Expression.FunctionCall
            || inner instanceof Expression.Parentheses || inner instanceof Expression.TupleCons
            || inner instanceof Expression.ObjectCons || inner instanceof Expression.Template
            || inner instanceof Expression.For
            || inner instanceof Expression.LiteralValue l && !(l.value() instanceof BigDecimal d && d.signum() < 0));
    }

    // ------------------------------------------------------------------ legacy index and splat

    private ProposedFix index(Finding f) {
        Traverser.Index[] found = new Traverser.Index[1];
        Expression splat = findExpression(f, (e, p) -> {
            if (e instanceof Expression.Splat s && s.markerRange() != null && at(s.markerRange(), f)) {
                return true;
            }
            List<Traverser> steps = e instanceof Expression.ScopeTraversal t ? t.traversal()
                : e instanceof Expression.RelativeTraversal t ? t.traversal() : List.of();
            for (Traverser step : steps) {
                if (step instanceof Traverser.Index i && at(i.range(), f)) {
                    found[0] = i;
                }
            }
            return false;
        }, new Expression[1]);
        if (splat instanceof Expression.Splat s) {
            if (!source.text(s.markerRange()).startsWith(".")) {
                return null;
            }
            if (inCommentChain(s.markerRange().endLine())) {
                return null;
            }
            // a.*.b[0] indexes the whole result, a[*].b[0] each element: a legacy splat that an index
            // follows keeps its meaning in parentheses, (a[*].b)[0]
            int next = nextNonBlank(s.range().endByte());
            if (next == '.') {
                return null;
            }
            if (next == '[') {
                boolean markerLast = s.markerRange().endByte() == s.range().endByte();
                List<Edit> edits = markerLast
                    ? List.of(new Edit(s.range().start(), s.range().start(), "("),
                        new Edit(s.markerRange().start(), s.markerRange().end(), "[*])"))
                    : List.of(new Edit(s.range().start(), s.range().start(), "("),
                        new Edit(s.markerRange().start(), s.markerRange().end(), "[*]"),
                        new Edit(s.range().end(), s.range().end(), ")"));
                return fix(f, "write [*] and put the splat in parentheses before the index", edits, Set.of());
            }
            return fix(f, "write [*]", List.of(new Edit(s.markerRange().start(), s.markerRange().end(), "[*]")),
                Set.of());
        }
        Traverser.Index i = found[0];
        if (i == null || !source.text(i.range()).startsWith(".") || !(i.key() instanceof BigDecimal key)
                || key.signum() < 0 || key.scale() > 0) {
            return null;
        }
        String text = "[" + Numbers.format(key) + "]";
        if (inCommentChain(i.range().endLine())) {
            return null;
        }
        return fix(f, "write " + text, List.of(new Edit(i.range().start(), i.range().end(), text)), Set.of());
    }

    private int nextNonBlank(int offset) {
        byte[] b = source.bytes();
        for (int i = offset; i < b.length; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return b[i];
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ lookup without a default

    /**
     * {@code lookup(m, k)}: {@code m[k]}, which fails for a missing key exactly as the two-argument
     * {@code lookup} does. The map is put in parentheses unless it is a term an index may follow
     * (a reference, a call, a bracketed constructor, parentheses); a call spread with {@code ...} or
     * written over several lines is left as it is.
     */
    private ProposedFix lookup(Finding f) {
        Expression found = findExpression(f, (e, p) -> e instanceof Expression.FunctionCall c
            && c.name().equals("lookup") && c.args().size() == 2 && at(e.range(), f), new Expression[1]);
        if (!(found instanceof Expression.FunctionCall call) || call.expandFinal()
                || call.range().startLine() != call.range().endLine() || inCommentChain(call.range().endLine())) {
            return null;
        }
        Expression map = call.args().get(0);
        String m = source.text(map.range());
        String k = source.text(call.args().get(1).range());
        boolean term = map instanceof Expression.ScopeTraversal || map instanceof Expression.RelativeTraversal
            || map instanceof Expression.FunctionCall || map instanceof Expression.Parentheses
            || map instanceof Expression.TupleCons || map instanceof Expression.ObjectCons
            || map instanceof Expression.Index;
        String text = (term ? m : "(" + m + ")") + "[" + k + "]";
        return fix(f, "write " + text, List.of(new Edit(call.range().start(), call.range().end(), text)), Set.of());
    }

    // ------------------------------------------------------------------ "AI Prompt"

    private ProposedFix prompt(Finding f) {
        for (Block b : blocks(file.body())) {
            if (!b.type().equals("data") || b.labels().isEmpty() || !b.labels().get(0).value().equals("coder_parameter")) {
                continue;
            }
            Attribute name = attribute(b.body(), "name");
            if (name == null || !at(name.expression().range(), f)
                    || !(name.expression() instanceof Expression.Template t) || !t.isStringLiteral()) {
                continue;
            }
            String text = source.text(t.range());
            if (text.length() < 2 || text.charAt(0) != '"' || text.indexOf('\\') >= 0 || text.contains("${")
                    || text.contains("%{")) {
                return null;
            }
            return fix(f, "write name = \"AI Prompt\"",
                List.of(new Edit(t.range().start(), t.range().end(), "\"AI Prompt\"")), PROMPT_RESOLVES);
        }
        return null;
    }

    // ------------------------------------------------------------------ sensitive = true

    private ProposedFix sensitiveOutput(Finding f) {
        for (BodyItem item : file.body().items()) {
            if (!(item instanceof Block b) || !b.type().equals("output") || b.openBraceRange() == null
                    || b.closeBraceRange() == null) {
                continue;
            }
            Attribute value = attribute(b.body(), "value");
            if (value == null || !at(value.expression().range(), f)) {
                continue;
            }
            Attribute sensitive = attribute(b.body(), "sensitive");
            if (sensitive != null) {
                if (sensitive.expression() instanceof Expression.LiteralValue l && Boolean.FALSE.equals(l.value())
                        && source.text(l.range()).equals("false")) {
                    return fix(f, "write sensitive = true",
                        List.of(new Edit(l.range().start(), l.range().end(), "true")), Set.of());
                }
                return null;
            }
            return insertSensitive(f, b, value);
        }
        return null;
    }

    /**
     * {@code sensitive = true} on a line of its own before the block's closing brace, indented as the
     * {@code value} attribute is, after a blank line unless there is one: a line of its own keeps
     * {@code terraform fmt}'s alignment of the other attributes' equals signs as it was.
     */
    private ProposedFix insertSensitive(Finding f, Block b, Attribute value) {
        int closeLine = b.closeBraceRange().startLine();
        if (b.openBraceRange().startLine() >= value.range().startLine() || value.range().endLine() >= closeLine) {
            return null;
        }
        int lineStart = source.lineStartByte(closeLine);
        if (!source.text(lineStart, b.closeBraceRange().startByte()).isBlank()) {
            return null; // the brace follows other text on its line
        }
        String indent = source.text(source.lineStartByte(value.range().startLine()), value.range().startByte());
        if (!indent.isBlank()) {
            return null;
        }
        byte[] bytes = source.bytes();
        String eol = lineStart >= 2 && bytes[lineStart - 2] == '\r' ? "\r\n" : "\n";
        boolean blankBefore = source.lineText(closeLine - 1).isBlank();
        String text = (blankBefore ? "" : eol) + indent + "sensitive = true" + eol;
        Pos at = new Pos(closeLine, 1, lineStart);
        return fix(f, "add sensitive = true", List.of(new Edit(at, at, text)), Set.of());
    }

    // ------------------------------------------------------------------ the tree

    private ProposedFix fix(Finding f, String description, List<Edit> edits, Set<String> mayResolve) {
        return new ProposedFix(f, source.name(), description, edits, mayResolve);
    }

    private static boolean at(Range r, Finding f) {
        return r.startLine() == f.line() && r.startColumn() == f.column() && r.endLine() == f.endLine()
            && r.endColumn() == f.endColumn();
    }

    private static Attribute attribute(Body body, String name) {
        for (BodyItem item : body.items()) {
            if (item instanceof Attribute a && a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** Every block of the file, nested ones included. */
    private static List<Block> blocks(Body root) {
        List<Block> out = new ArrayList<>();
        Deque<Body> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            for (BodyItem item : todo.pop().items()) {
                if (item instanceof Block b) {
                    out.add(b);
                    todo.push(b.body());
                }
            }
        }
        return out;
    }

    private interface Match {
        boolean test(Expression e, Expression parent);
    }

    /**
     * The first expression of the file (attribute values of every block, in any order) that
     * {@code match} accepts; {@code parent[0]} is set to its parent expression (null at the top).
     */
    private Expression findExpression(Finding f, Match match, Expression[] parent) {
        for (Expression[] pair : expressions(a -> a.range().startLine() <= f.line()
                && a.range().endLine() >= f.endLine())) {
            if (match.test(pair[0], pair[1])) {
                parent[0] = pair[1];
                return pair[0];
            }
        }
        return null;
    }
}
