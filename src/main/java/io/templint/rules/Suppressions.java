package io.templint.rules;

import io.templint.hcl.Block;
import io.templint.hcl.Comment;
import io.templint.hcl.HclFile;
import io.templint.hcl.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code templint-ignore} comments of a template and works out what each covers.
 *
 * <ul>
 *   <li>A comment that follows code on its line covers that line.</li>
 *   <li>A comment alone on its line covers the next line that holds code (several comment lines
 *       may come between, a blank line may not); when a block's header starts on that line it
 *       covers the whole block.</li>
 *   <li>A comment inside a block, before the block's first attribute or nested block, covers the
 *       whole block.</li>
 * </ul>
 * A {@code templint-ignore-file} comment covers its whole file; it must come before any code
 * (only blank lines and other comments above it), else it covers nothing and is reported.
 * The id {@value #ALL} stands for every rule. Only {@code #} and {@code //} comments are read; other comments (e.g. a test's {@code # expect:})
 * are ignored.
 */
final class Suppressions {

    /** The marker that starts a suppression comment. */
    public static final String MARKER = "templint-ignore";

    /** The marker that starts a whole-file suppression comment. */
    public static final String FILE_MARKER = "templint-ignore-file";

    /** The id that stands for every rule. */
    public static final String ALL = "all";

    private Suppressions() { }

    /**
     * What a comment's text says, when it is a suppression.
     *
     * @param file whether it is a {@code templint-ignore-file} comment
     */
    record Directive(List<String> ruleIds, String reason, boolean file) {
        Directive(List<String> ruleIds, String reason) {
            this(ruleIds, reason, false);
        }
    }

    /** Every suppression of every file of {@code template}. */
    public static List<Suppression> of(AnalysedTemplate template) {
        List<Suppression> out = new ArrayList<>();
        for (HclFile f : template.files()) {
            out.addAll(of(f, template.syntax()));
        }
        return out;
    }

    /** The suppressions of one file; {@code index} must cover the file. */
    public static List<Suppression> of(HclFile file, SyntaxIndex index) {
        List<Suppression> out = new ArrayList<>();
        CommentLines lines = null;
        List<BlockSite> blocks = null;
        for (Comment c : file.comments()) {
            Directive d = c.isLineComment() ? parse(c.text()) : null;
            if (d == null) {
                continue;
            }
            if (lines == null) {
                lines = new CommentLines(file);
                blocks = blocksOf(file, index);
            }
            out.add(locate(c, d, lines, blocks));
        }
        return out;
    }

    /**
     * Reads a comment's text (without its {@code #} or {@code //}). Returns null when it is not a
     * suppression, and a directive with no ids when it starts with the marker but names no rule.
     */
    static Directive parse(String text) {
        String t = text.strip();
        if (!t.startsWith(MARKER)) {
            return null;
        }
        boolean file = t.startsWith(FILE_MARKER);
        String rest = t.substring(file ? FILE_MARKER.length() : MARKER.length());
        if (!rest.isEmpty() && rest.charAt(0) != ':' && !Character.isWhitespace(rest.charAt(0))) {
            return null; // another word, e.g. "templint-ignored"
        }
        if (rest.isEmpty() || rest.charAt(0) != ':') {
            return new Directive(List.of(), null, file);
        }
        int[] pos = {1};
        List<String> ids = new ArrayList<>();
        String id = readId(rest, pos);
        while (id != null) {
            ids.add(id);
            int save = pos[0];
            skipBlanks(rest, pos);
            if (pos[0] < rest.length() && rest.charAt(pos[0]) == ',') {
                pos[0]++;
                id = readId(rest, pos);
                if (id == null) {
                    return new Directive(List.of(), null, file);
                }
            } else {
                pos[0] = save;
                id = null;
            }
        }
        String reason = rest.substring(pos[0]).strip();
        return new Directive(ids, reason.isEmpty() ? null : reason, file);
    }

    private static String readId(String s, int[] pos) {
        skipBlanks(s, pos);
        int start = pos[0];
        int i = start;
        while (i < s.length() && isIdChar(s.charAt(i))) {
            i++;
        }
        if (i == start || i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != ',') {
            return null;
        }
        pos[0] = i;
        return s.substring(start, i);
    }

    private static boolean isIdChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    private static void skipBlanks(String s, int[] pos) {
        while (pos[0] < s.length() && (s.charAt(pos[0]) == ' ' || s.charAt(pos[0]) == '\t')) {
            pos[0]++;
        }
    }

    private static List<BlockSite> blocksOf(HclFile file, SyntaxIndex index) {
        List<BlockSite> out = new ArrayList<>();
        for (BlockSite b : index.allBlocks()) {
            if (b.file() == file) {
                out.add(b);
            }
        }
        return out;
    }

    private static Suppression locate(Comment c, Directive d, CommentLines lines, List<BlockSite> blocks) {
        Range r = c.range();
        if (d.file()) {
            Suppression.Scope scope = lines.isCodeFree(bomLength(lines), r.startByte())
                ? Suppression.Scope.FILE : Suppression.Scope.MISPLACED_FILE;
            return new Suppression(r, d.ruleIds(), d.reason(), scope, r.startLine(), null);
        }
        Block top = blockWhoseTopHolds(r, blocks);
        if (top != null) {
            return block(c, d, top);
        }
        if (!lines.startsLine(c)) {
            return new Suppression(r, d.ruleIds(), d.reason(), Suppression.Scope.LINE, r.startLine(), null);
        }
        int target = lines.nextCodeLine(r.endLine());
        if (target < 0) {
            return new Suppression(r, d.ruleIds(), d.reason(), Suppression.Scope.NOTHING, r.endLine(), null);
        }
        for (BlockSite b : blocks) { // outermost first
            if (b.block().range().startLine() == target) {
                return block(c, d, b.block());
            }
        }
        return new Suppression(r, d.ruleIds(), d.reason(), Suppression.Scope.LINE, target, null);
    }

    /** The length of the file's byte order mark, 0 when it has none. */
    private static int bomLength(CommentLines lines) {
        return lines.startsWithByteOrderMark() ? 3 : 0;
    }

    private static Suppression block(Comment c, Directive d, Block b) {
        return new Suppression(c.range(), d.ruleIds(), d.reason(), Suppression.Scope.BLOCK,
            b.range().startLine(), b.range());
    }

    /** The innermost block in which the comment comes before every attribute and nested block. */
    private static Block blockWhoseTopHolds(Range comment, List<BlockSite> blocks) {
        Block found = null;
        for (BlockSite site : blocks) {
            Block b = site.block();
            int open = b.openBraceRange() != null ? b.openBraceRange().endByte() : b.body().range().startByte() + 1;
            int limit = b.body().items().isEmpty()
                ? (b.closeBraceRange() != null ? b.closeBraceRange().startByte() : b.range().endByte())
                : b.body().items().get(0).range().startByte();
            if (comment.startByte() >= open && comment.endByte() <= limit) {
                found = b; // later sites are nested deeper
            }
        }
        return found;
    }
}
