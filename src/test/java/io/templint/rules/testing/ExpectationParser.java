package io.templint.rules.testing;

import io.templint.hcl.Comment;
import io.templint.hcl.HclFile;
import io.templint.rules.CommentLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code expect:} markers from a fixture's comments. The syntax is described in
 * {@code testdata/rules/README.md}:
 * <pre>
 * # expect: rule_id "substring of the message"
 * // expect: rule_id
 * value = "${var.x}" # expect: terraform_deprecated_interpolation "write var.x"
 * # expect: rule_id @9 "found at column 9"
 * # expect: rule_id @9-15 "from column 9 to column 15 (exclusive) of the same line"
 * # expect: rule_id @9-12:2 "from column 9 to line 12, column 2"
 * </pre>
 * Without {@code @}, the finding must start at the first non-blank character of its line.
 * A marker alone on its line applies to the next line that is not itself such a marker (so several
 * can be stacked, and one can target a {@code templint-ignore} comment line); a marker after code
 * applies to its own line.
 */
final class ExpectationParser {

    static final String MARKER = "expect:";

    private ExpectationParser() { }

    /** The expectations of one file; a malformed marker is an {@link IllegalArgumentException}. */
    static List<Expectation> parse(HclFile file) {
        CommentLines lines = new CommentLines(file);
        List<Comment> markers = new ArrayList<>();
        Set<Integer> markerOnlyLines = new HashSet<>();
        for (Comment c : lines.comments()) {
            if (c.isLineComment() && c.text().strip().startsWith(MARKER)) {
                markers.add(c);
                if (lines.startsLine(c)) {
                    markerOnlyLines.add(c.range().startLine());
                }
            }
        }
        List<Expectation> out = new ArrayList<>();
        for (Comment c : markers) {
            int markerLine = c.range().startLine();
            int target = markerLine;
            if (markerOnlyLines.contains(markerLine)) {
                target = markerLine + 1;
                while (markerOnlyLines.contains(target)) {
                    target++;
                }
                if (target > file.source().lineCount() || file.source().lineText(target).isBlank()) {
                    throw new IllegalArgumentException(file.name() + ":" + markerLine
                        + ": expect marker must be directly above the line it expects a finding on");
                }
            }
            out.add(parseMarker(file.name(), c.text().strip().substring(MARKER.length()), target,
                firstColumn(file.source().lineText(target)), markerLine));
        }
        return out;
    }

    /** The 1-based column (in characters, as findings count them) of the first non-blank character. */
    private static int firstColumn(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.codePointCount(0, i) + 1;
    }

    private static Expectation parseMarker(String file, String text, int target, int defaultColumn, int markerLine) {
        String s = text.strip();
        int i = 0;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        String ruleId = s.substring(0, i);
        String rest = s.substring(i).strip();
        if (ruleId.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + markerLine + ": expect marker needs a rule id: "
                + "# expect: rule_id \"message substring\"");
        }
        int column = defaultColumn;
        int endLine = 0;
        int endColumn = 0;
        if (rest.startsWith("@")) {
            int end = rest.indexOf(' ');
            String at = end < 0 ? rest.substring(1) : rest.substring(1, end);
            rest = end < 0 ? "" : rest.substring(end).strip();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:-(?:(\\d+):)?(\\d+))?").matcher(at);
            if (!m.matches()) {
                throw new IllegalArgumentException(file + ":" + markerLine + ": expect marker position must be"
                    + " @column, @column-endColumn or @column-endLine:endColumn: @" + at);
            }
            column = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                endLine = m.group(2) == null ? target : Integer.parseInt(m.group(2));
                endColumn = Integer.parseInt(m.group(3));
            }
        }
        String message = null;
        if (!rest.isEmpty()) {
            message = quoted(rest, file, markerLine);
        }
        return new Expectation(file, target, column, endLine, endColumn, ruleId, message, markerLine);
    }

    /** Reads {@code "..."} with {@code \"} and {@code \\} escapes; nothing may follow it. */
    private static String quoted(String s, String file, int markerLine) {
        if (s.charAt(0) != '"') {
            throw new IllegalArgumentException(file + ":" + markerLine
                + ": the message substring of an expect marker must be quoted: " + s);
        }
        StringBuilder sb = new StringBuilder();
        int i = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                sb.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '"') {
                if (!s.substring(i + 1).isBlank()) {
                    throw new IllegalArgumentException(file + ":" + markerLine
                        + ": unexpected text after the quoted message: " + s.substring(i + 1));
                }
                return sb.toString();
            } else {
                sb.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException(file + ":" + markerLine + ": unterminated quoted message: " + s);
    }
}
