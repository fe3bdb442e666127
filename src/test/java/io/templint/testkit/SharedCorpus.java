package io.templint.testkit;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.opentest4j.TestAbortedException;

/**
 * Where the read-only shared folder ({@code corpus/}, {@code reference/}) is, for every test that
 * reads it: the system property {@value #PROPERTY} (the build sets it), else {@code ../shared}, so
 * that a test run from an IDE in the project folder finds it too.
 *
 * <p>When a part of it is missing, a test either fails or is skipped: it fails when
 * {@value #REQUIRED} is {@code true} (CI sets it: {@code .ci/run}), so that a green CI build has
 * run every corpus case; otherwise it is skipped (counted as skipped, never as absent) and
 * {@link CorpusSkips} prints one line at the end of the run saying how many were skipped and why.
 */
public final class SharedCorpus {

    /** The system property naming the shared folder. */
    public static final String PROPERTY = "templint.shared";

    /** The system property that turns a missing corpus into a failure. */
    public static final String REQUIRED = "templint.corpus.required";

    /** Starts the message of every skip for a missing corpus (how {@link CorpusSkips} counts them). */
    static final String SKIP_MARKER = "shared corpus absent: ";

    private SharedCorpus() { }

    /** The shared folder (it may not exist). */
    public static Path shared() {
        return Path.of(System.getProperty(PROPERTY, "../shared")).toAbsolutePath().normalize();
    }

    /** The shared {@code corpus/} folder (it may not exist). */
    public static Path corpus() {
        return shared().resolve("corpus");
    }

    /** Whether a missing corpus fails the tests that need it. */
    public static boolean required() {
        return Boolean.getBoolean(REQUIRED);
    }

    /** Whether {@code relative} (e.g. {@code corpus/coder}) exists under the shared folder. */
    public static boolean exists(String relative) {
        return Files.exists(shared().resolve(relative));
    }

    /**
     * The path {@code relative} under the shared folder (e.g. {@code corpus/coder} or
     * {@code reference/sarif-schema-2.1.0.json}). When it does not exist the calling test fails
     * (corpus required) or is aborted as skipped.
     */
    public static Path require(String relative) {
        Path p = shared().resolve(relative);
        if (!Files.exists(p)) {
            throw missing(p);
        }
        return p;
    }

    /** The shared {@code corpus/} folder, as {@link #require}. */
    public static Path requireCorpus() {
        return require("corpus");
    }

    /**
     * Dynamic tests over {@code relative}: {@code tests} applied to its path, or, when it is missing,
     * a single dynamic test that fails (corpus required) or is skipped, so that the cases are never
     * silently absent from the counts.
     */
    public static Stream<? extends DynamicNode> dynamicTests(String relative,
                                                            Function<Path, Stream<? extends DynamicNode>> tests) {
        Path p = shared().resolve(relative);
        if (Files.exists(p)) {
            return tests.apply(p);
        }
        RuntimeException why = missing(p);
        return Stream.of(dynamicTest("corpus " + relative, () -> {
            throw why;
        }));
    }

    /** The failure or skip for a missing {@code path}. */
    public static RuntimeException missing(Path path) {
        if (required()) {
            return new MissingCorpusError(path);
        }
        return new TestAbortedException(SKIP_MARKER + path + " does not exist");
    }

    /** The failure when the corpus is required and missing. */
    public static final class MissingCorpusError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingCorpusError(Path path) {
            super("the shared corpus is required (-D" + REQUIRED + "=true) but " + path
                + " does not exist: place the shared folder at ../shared or set -D" + PROPERTY + "=FOLDER", null,
                false, false);
        }
    }
}
