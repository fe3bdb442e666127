package io.templint.report;

import io.templint.api.Severity;

/** ANSI text styles for terminal output; {@link #PLAIN} writes text unchanged. */
public final class Style {

    /** No escape sequences at all. */
    public static final Style PLAIN = new Style(false);
    /** ANSI colours. */
    public static final Style ANSI = new Style(true);

    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    private Style(boolean enabled) {
        this.enabled = enabled;
    }

    /** {@link #ANSI} when {@code color}, else {@link #PLAIN}. */
    public static Style of(boolean color) {
        return color ? ANSI : PLAIN;
    }

    /** Bold text. */
    public String bold(String s) {
        return wrap("1", s);
    }

    /** Dim text, for the gutter of code frames. */
    public String dim(String s) {
        return wrap("2", s);
    }

    /** Text in the colour of a severity: red, yellow or cyan. */
    public String severity(Severity severity, String s) {
        return wrap(switch (severity) {
            case ERROR -> "1;31";
            case WARNING -> "1;33";
            case NOTICE -> "1;36";
        }, s);
    }

    /** Green text, for good news. */
    public String good(String s) {
        return wrap("32", s);
    }

    /** Magenta text, for secrets. */
    public String secret(String s) {
        return wrap("35", s);
    }

    private String wrap(String code, String s) {
        return enabled && !s.isEmpty() ? "\u001b[" + code + "m" + s + RESET : s;
    }
}
