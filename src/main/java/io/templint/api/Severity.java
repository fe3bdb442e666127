package io.templint.api;

import java.util.Locale;

/** Severity of a finding, from most to least severe. */
public enum Severity {
    /** Must be fixed: the template is broken or will not work as intended. */
    ERROR,
    /** Should be fixed: likely a mistake, or deprecated. */
    WARNING,
    /** Worth knowing; not necessarily a problem. */
    NOTICE;

    /**
     * Lower-case name as used in reports and options.
     *
     * @return {@code error}, {@code warning} or {@code notice}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether this severity is at least as severe as {@code other}.
     *
     * @param other the severity to compare with
     * @return true when this is {@code other} or more severe
     */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /**
     * Parses {@code error}, {@code warning} or {@code notice} (any case).
     *
     * @param s the label
     * @return the severity
     * @throws IllegalArgumentException when it is none of them
     */
    public static Severity parse(String s) {
        for (Severity v : values()) {
            if (v.label().equalsIgnoreCase(s.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + s + "' (expected error, warning or notice)");
    }
}
