package io.templint.rules.coder;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Go's {@code strconv} parsers as the Coder provider applies them to a parameter's value, each
 * answering only where templint is sure Go would: a string Go may accept is never called refused.
 */
final class GoValues {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private GoValues() { }

    /**
     * Whether Go's {@code strconv.ParseFloat(s, 64)} certainly fails: not a decimal or special
     * ({@code inf}, {@code infinity}, {@code nan}) number, or one beyond float64. Text with
     * underscores or a {@code 0x} prefix (Go's hexadecimal floats) is not judged.
     */
    static boolean notAFloat(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity") || lower.equals("nan")) {
            return false;
        }
        if (s.indexOf('_') >= 0 || unsigned.startsWith("0x")) {
            return false; // Go's underscore and hexadecimal forms: not judged
        }
        if (!DECIMAL.matcher(s).matches()) {
            return true;
        }
        return Double.isInfinite(Double.parseDouble(s)); // strconv: "value out of range"
    }

    /** Whether Go's {@code strconv.ParseBool} fails: it accepts 1, t, T, TRUE, true, True and their false forms. */
    static boolean notABool(String s) {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> true;
        };
    }

    /** Go's {@code strconv.Atoi} on a 64-bit platform: the value, or null when it fails. */
    static Long atoi(String s) {
        if (!INTEGER.matcher(s).matches()) {
            return null;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null; // out of int64's range
        }
    }

    private static final Pattern SIMPLE_AUTHORITY = Pattern.compile("(?i)https?://[a-z0-9.-]+(?::[0-9]*)?(/.*)?");

    /**
     * Go's {@code url.Parse} error for {@code s} in the cases templint is sure of, or null: a control
     * character anywhere, a leading colon ("missing protocol scheme"), or a {@code %} not followed by
     * two hexadecimal digits in the path of a URL that is a path ({@code /icon/x.svg}) or an
     * {@code http(s)} URL with a plain host name. Go accepts almost everything else.
     */
    static String urlError(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "parse " + io.templint.internal.GoStrings.quote(s) + ": net/url: invalid control character in URL";
            }
        }
        if (s.startsWith(":")) {
            return "parse " + io.templint.internal.GoStrings.quote(s) + ": missing protocol scheme";
        }
        String path;
        int cut = indexOfAny(s, "?#");
        String beforeQuery = cut < 0 ? s : s.substring(0, cut);
        if (beforeQuery.startsWith("/") && !beforeQuery.startsWith("//")) {
            path = beforeQuery;
        } else {
            var m = SIMPLE_AUTHORITY.matcher(beforeQuery);
            if (!m.matches() || m.group(1) == null) {
                return null;
            }
            path = m.group(1);
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '%' && (i + 2 >= path.length() || !isHex(path.charAt(i + 1)) || !isHex(path.charAt(i + 2)))) {
                String bad = path.substring(i, Math.min(path.length(), i + 3));
                return "parse " + io.templint.internal.GoStrings.quote(s) + ": invalid URL escape "
                    + io.templint.internal.GoStrings.quote(bad);
            }
        }
        return null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
