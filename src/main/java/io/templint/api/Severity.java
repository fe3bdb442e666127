package io.templint.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Severity of a finding, from most to least severe. */
public enum Severity {
    ERROR, WARNING, NOTICE;

    /** Lower-case name as used in reports and options: {@code error}, {@code warning}, {@code notice}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code notice} (any case). */
    @JsonCreator
    public static Severity parse(String s) {
        for (Severity v : values()) {
            if (v.label().equalsIgnoreCase(s.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + s + "' (expected error, warning or notice)");
    }
}
