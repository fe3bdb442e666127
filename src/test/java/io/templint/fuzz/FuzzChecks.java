package io.templint.fuzz;

import io.templint.hcl.HclFile;
import io.templint.testkit.Crashes;

/**
 * The properties every fuzz target checks, through the project's one crash checker
 * ({@link Crashes}): a whole result comes back, it holds no internal error (an exception templint
 * caught and turned into a diagnostic or an {@code internal_error} finding is a crash all the same),
 * and every diagnostic lies inside the input. A violation throws, which makes Jazzer stop the session
 * and write the input as a reproducer ({@code crash-*}). Hangs are bounded by Jazzer's per-input
 * {@code -timeout} when fuzzing and by {@link #REGRESSION_TIMEOUT_MINUTES} in the regression run, not
 * by a clock in the property.
 */
final class FuzzChecks {

    /**
     * The JUnit time limit of one {@code @FuzzTest} invocation: generous, only a hang reaches it (a seed
     * takes milliseconds), and longer than the 5 minute fuzzing run a JUnit invocation makes with
     * {@code JAZZER_FUZZ=1}.
     */
    static final long REGRESSION_TIMEOUT_MINUTES = 10;

    private FuzzChecks() { }

    /** A parse result is whole, has no internal error, and every diagnostic is located inside the file. */
    static void checkParsed(HclFile file) {
        Crashes.check(file);
    }
}
