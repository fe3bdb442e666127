package io.templint.coder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ranges of Coder releases whose rules for Task-capable templates differ (see the Tasks
 * reference): each range decides {@code task.capable} its own way.
 */
public enum CoderRelease {
    /** Up to 2.23: an "AI Prompt" parameter alone (there was no {@code coder_ai_task} yet). */
    UP_TO_2_23("<=2.23", 0, 23),
    /** 2.24 - 2.27: a {@code coder_ai_task} and an "AI Prompt" parameter, anywhere in the module tree. */
    V2_24_TO_2_27("2.24-2.27", 24, 27),
    /** 2.28 - 2.29: a {@code coder_ai_task} anywhere; the "AI Prompt" parameter is optional. */
    V2_28_TO_2_29("2.28-2.29", 28, 29),
    /** 2.30 - 2.33: like 2.28; the "AI Prompt" parameter is no longer used. */
    V2_30_TO_2_33("2.30-2.33", 30, 33),
    /** 2.34 - 2.36: at least one planned instance of {@code coder_ai_task} ({@code count} evaluated at import). */
    V2_34_TO_2_36("2.34-2.36", 34, 36),
    /** 2.37 and later: Tasks were removed; never Task-capable. */
    FROM_2_37("2.37+", 37, Integer.MAX_VALUE);

    /** The release the rule applies by default: the rule of the Tasks documentation. */
    public static final String DEFAULT_VERSION = "2.27";

    private static final Pattern VERSION = Pattern.compile("v?(\\d{1,4})\\.(\\d{1,4})(?:\\.\\d{1,6})?(?:[-+].*)?");

    private final String label;
    private final int firstMinor;
    private final int lastMinor;

    CoderRelease(String label, int firstMinor, int lastMinor) {
        this.label = label;
        this.firstMinor = firstMinor;
        this.lastMinor = lastMinor;
    }

    /** The range as reports write it: {@code <=2.23}, {@code 2.24-2.27}, ..., {@code 2.37+}. */
    public String label() {
        return label;
    }

    /** The range of the default release ({@value #DEFAULT_VERSION}). */
    public static CoderRelease defaultRelease() {
        return V2_24_TO_2_27;
    }

    /**
     * The range a release belongs to: {@code 2.27}, {@code 2.27.3}, {@code v2.30.0}. Releases before
     * 2.x belong to the first range, 3.x and later to the last.
     *
     * @throws IllegalArgumentException when {@code version} is not a release number
     */
    public static CoderRelease of(String version) {
        Matcher m = version == null ? null : VERSION.matcher(version.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a Coder release: '" + version + "' (expected e.g. 2.27)");
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major < 2) {
            return UP_TO_2_23;
        }
        if (major > 2) {
            return FROM_2_37;
        }
        for (CoderRelease r : values()) {
            if (minor >= r.firstMinor && minor <= r.lastMinor) {
                return r;
            }
        }
        throw new AssertionError("ranges cover every minor release");
    }

    /** Whether this range's rule needs a {@code coder_ai_task}. */
    boolean needsAiTask() {
        return this != UP_TO_2_23;
    }

    /** Whether this range's rule needs the "AI Prompt" parameter. */
    boolean needsPromptParameter() {
        return this == UP_TO_2_23 || this == V2_24_TO_2_27;
    }

    /** Whether this range counts planned instances of {@code coder_ai_task} rather than declarations. */
    boolean countsPlannedInstances() {
        return this == V2_34_TO_2_36;
    }
}
