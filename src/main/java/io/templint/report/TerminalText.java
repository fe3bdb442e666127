package io.templint.report;

/**
 * Makes untrusted text safe to print on a terminal: templates may hold escape sequences that would
 * otherwise recolour, move the cursor or rewrite what the user sees.
 */
public final class TerminalText {

    private TerminalText() { }

    /** {@code s} with every control character except tab shown as {@code \\uXXXX} (a newline as {@code \\n}). */
    public static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
