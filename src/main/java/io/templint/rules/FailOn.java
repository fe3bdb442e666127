package io.templint.rules;

import io.templint.api.Severity;
import java.util.Locale;

/**
 * The least severe finding that makes a run fail ({@code --fail-on}, {@code fail_on}).
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public enum FailOn {
    ERROR, WARNING, NOTICE,
    /** No finding fails the run. */
    NEVER;

    /** Lower-case name as users write it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a finding of severity {@code s} fails the run. */
    public boolean failsOn(Severity s) {
        return switch (this) {
            case ERROR -> s.atLeast(Severity.ERROR);
            case WARNING -> s.atLeast(Severity.WARNING);
            case NOTICE -> true;
            case NEVER -> false;
        };
    }

    /**
     * Parses {@code error}, {@code warning}, {@code notice} or {@code never}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static FailOn parse(String s) {
        for (FailOn v : values()) {
            if (v.label().equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown fail_on '" + s + "' (expected error, warning, notice or never)");
    }
}
