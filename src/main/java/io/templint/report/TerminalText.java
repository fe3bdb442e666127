package io.templint.report;

/**
 * Makes untrusted text safe to show to a person: templates (file names, strings, names, source
 * lines) may hold escape sequences that would recolour, move the cursor or rewrite what a terminal
 * or log shows, and bidirectional controls that reorder what a reviewer reads (Trojan Source,
 * CVE-2021-42574). This is the one definition of which characters those are ({@link #mustEscape});
 * every output format and every message on standard error goes through it: the human-facing ones
 * show each such character as {@code \\uXXXX}, the JSON ones ({@code json}, {@code sarif}) write it
 * as a JSON {@code \\uXXXX} escape, which keeps the text exactly as it was.
 */
public final class TerminalText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TerminalText() { }

    /**
     * Whether {@code c} must not reach a reader as it is: a control character other than tab (C0,
     * DEL, C1), a line or paragraph separator (U+2028, U+2029), or a bidirectional control: the
     * embeddings and overrides U+202A - U+202E, the isolates U+2066 - U+2069, the marks U+200E,
     * U+200F and U+061C.
     */
    public static boolean mustEscape(int c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
            || isBidiControl(c);
    }

    /** Whether {@code c} is a bidirectional formatting character (embedding, override, isolate or mark). */
    public static boolean isBidiControl(int c) {
        return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069);
    }

    /** {@code s} with every character of {@link #mustEscape} shown as {@code \\uXXXX} (a newline as {@code \\n}). */
    public static String safe(String s) {
        return escape(s, false);
    }

    /**
     * {@code s} as {@link #safe} shows it, but with its line breaks (LF, CR) kept: for formats that
     * carry several lines in one field and escape line breaks their own way (XML, GitHub's commands).
     */
    public static String safeLines(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean keepNewlines) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean escape = mustEscape(c) && !(keepNewlines && (c == '\n' || c == '\r'));
            if (escape && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (!escape) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else {
                    out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                        .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
