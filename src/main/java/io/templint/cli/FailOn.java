package io.templint.cli;

import io.templint.api.Finding;
import io.templint.api.Severity;
import java.util.List;
import java.util.Locale;

/** The {@code --fail-on} threshold: the least severe finding that makes the exit status 1. */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), NOTICE(Severity.NOTICE), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** Whether any active (not suppressed) finding is at or above the threshold. */
    public boolean failsOn(List<Finding> findings) {
        return threshold != null
            && findings.stream().anyMatch(f -> !f.suppressed() && f.severity().atLeast(threshold));
    }

    /** Parses {@code error}, {@code warning}, {@code notice} or {@code never}. */
    public static FailOn parse(String s) {
        for (FailOn f : values()) {
            if (f.name().equalsIgnoreCase(s.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("expected error, warning, notice or never, not '" + s + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
