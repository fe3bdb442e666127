package io.templint.internal;

/**
 * Strings written the way Go writes them in the messages of HashiCorp's tools, so that templint's
 * diagnostics read exactly like hclsyntax's and Terraform's.
 *
 * <p>Internal helper, not part of templint's supported API.
 */
public final class GoStrings {

    private GoStrings() { }

    /**
     * Go's {@code %q} of a plain string: in double quotes, with {@code "} and {@code \} escaped,
     * {@code \n}, {@code \r} and {@code \t} as such, and other ASCII control characters (and DEL) as
     * {@code \xNN}.
     */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
