package io.templint.report;

import io.templint.api.Severity;
import io.templint.hcl.SourceFile;
import java.text.BreakIterator;
import java.util.function.UnaryOperator;

/**
 * Renders the source lines of a range with a line-number gutter and the range underlined:
 *
 * <pre>
 *    3 | resource "coder_agent" "main" {
 *      |          ^^^^^^^^^^^^^
 * </pre>
 *
 * Columns are 1-based and count grapheme clusters, as {@link io.templint.hcl.Pos} does; tabs are
 * kept in the underline's indent so it lines up with the source whatever the tab width. A range
 * over many lines shows its first and last {@value #EDGE_LINES} lines. Each shown line passes
 * through a redaction (see {@link SourceRedaction}) so that no secret reaches a terminal or a log.
 */
final class CodeFrame {

    /** How many lines of a long range are shown at its start and its end. */
    static final int EDGE_LINES = 2;
    /** The longest source line shown; longer lines are cut. */
    static final int MAX_LINE_CHARS = 240;

    private CodeFrame() { }

    /**
     * The frame, each line ending in {@code \n}; empty when the range lies outside the file.
     *
     * @param source    the file
     * @param line      1-based first line
     * @param column    1-based first column
     * @param endLine   1-based last line
     * @param endColumn 1-based column just after the range (exclusive)
     * @param severity  the colour of the underline
     * @param style     colours or plain
     * @param redact    masks secrets in a source line; must keep its length in characters
     */
    public static String render(SourceFile source, int line, int column, int endLine, int endColumn,
                                Severity severity, Style style, UnaryOperator<String> redact) {
        if (line < 1 || line > source.lineCount()) {
            return "";
        }
        if (endLine > line && endColumn <= 1) {
            // a range that ends at the start of a line ends, for the eye, with the line before
            endLine--;
            endColumn = graphemeCount(source.lineText(endLine)) + 1;
        }
        int last = Math.max(line, Math.min(endLine, source.lineCount()));
        int width = Integer.toString(last).length();
        StringBuilder out = new StringBuilder();
        for (int n = line; n <= last; n++) {
            if (last - line + 1 > 2 * EDGE_LINES && n == line + EDGE_LINES) {
                out.append(style.dim(pad("", width) + " : ...")).append('\n');
                n = last - EDGE_LINES;
                continue;
            }
            String text = redact.apply(source.lineText(n));
            int from = n == line ? column : 1;
            int to = n == endLine ? endColumn : graphemeCount(text) + 1;
            out.append(style.dim(pad(Integer.toString(n), width) + " | ")).append(clip(text)).append('\n');
            String marker = underline(text, from, Math.max(to, from + 1), n == line, severity, style);
            out.append(style.dim(pad("", width) + " | ")).append(marker).append('\n');
        }
        return out.toString();
    }

    /**
     * The underline of columns {@code [from, to)} of {@code text}. A character the frame shows
     * escaped ({@link TerminalText}) is as wide as its escape, so the underline stays under it.
     */
    private static String underline(String text, int from, int to, boolean first, Severity severity, Style style) {
        StringBuilder indent = new StringBuilder();
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int col = 1;
        int width = 0;
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE && col < to; start = end, end = it.next(), col++) {
            if (col < from) {
                if (text.charAt(start) == '\t') {
                    indent.append('\t');
                } else {
                    indent.append(" ".repeat(shownWidth(text, start, end)));
                }
            } else {
                width += shownWidth(text, start, end);
            }
        }
        for (; col < from; col++) {
            indent.append(' ');
        }
        width += Math.max(0, to - Math.max(col, from));  // past the end of the line: one a column
        int length = Math.max(1, Math.min(width, MAX_LINE_CHARS));
        String marks = (first ? "^" : "~").repeat(length);
        return clip(indent.toString()) + style.severity(severity, marks);
    }

    /** How many characters the grapheme {@code text[start, end)} takes once escaped for display. */
    private static int shownWidth(String text, int start, int end) {
        String g = text.substring(start, end);
        String shown = TerminalText.safe(g);
        return shown.equals(g) ? 1 : shown.length();
    }

    private static int graphemeCount(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int n = 0;
        it.first();
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }

    private static String clip(String s) {
        String shown = s.length() <= MAX_LINE_CHARS ? s : s.substring(0, MAX_LINE_CHARS) + "...";
        return TerminalText.safe(shown);
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
