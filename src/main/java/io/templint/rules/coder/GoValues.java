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
}
