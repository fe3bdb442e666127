package io.templint.rules.coder;

import io.templint.coder.CoderFacts;
import io.templint.coder.CoderRelease;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.RuleContext;

/** The Coder release a run targets, for rules whose verdict depends on it. */
final class TargetRelease {

    private TargetRelease() { }

    /**
     * The range of {@code ctx.config().coderVersion()}; without one, the release the Coder facts were
     * computed for, else the default release (2.24 - 2.27).
     */
    static CoderRelease of(RuleContext ctx) {
        String version = ctx.config().coderVersion();
        if (version != null) {
            try {
                return CoderRelease.of(version);
            } catch (IllegalArgumentException e) {
                // The configuration loader rejects bad versions; an API caller may not have.
                return CoderRelease.defaultRelease();
            }
        }
        return ctx.find(AnalysisFacts.CODER).map(CoderFacts::release).orElse(CoderRelease.defaultRelease());
    }

    /** Whether {@code release} is {@code from} or later. */
    static boolean atLeast(CoderRelease release, CoderRelease from) {
        return release.compareTo(from) >= 0;
    }
}
