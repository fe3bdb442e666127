package io.templint.report;

/**
 * Escaping for the XML formats: characters a reader must see escaped, the five special characters,
 * and characters XML 1.0 forbids.
 */
final class Xml {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Xml() { }

    /**
     * {@code s} escaped for an attribute value in double quotes or for text content. The XML
     * formats are read by people (CI servers show them): control characters and bidirectional
     * controls are first shown as {@code \\uXXXX} ({@link TerminalText#safeLines}), newlines kept.
     */
    static String escape(String raw) {
        if (raw == null) {
            return "";
        }
        String s = TerminalText.safeLines(raw);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD'); // not allowed in XML 1.0, not even as a reference
                    } else if (Character.isSurrogate(c)) {
                        boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                        if (pair) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            out.append('\uFFFD');
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
