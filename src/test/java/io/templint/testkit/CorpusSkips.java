package io.templint.testkit;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests skipped because the shared corpus is missing ({@link SharedCorpus}) and prints
 * one line at the end of the run saying how many and why, so that a local build without the corpus
 * is green but not silently so. Registered for the JUnit launcher in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class CorpusSkips implements TestExecutionListener {

    private final AtomicInteger skipped = new AtomicInteger();
    private final Set<String> missing = new TreeSet<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
            return;
        }
        String message = result.getThrowable().map(Throwable::getMessage).orElse("");
        int at = message == null ? -1 : message.indexOf(SharedCorpus.SKIP_MARKER);
        if (at >= 0) {
            skipped.incrementAndGet();
            String path = message.substring(at + SharedCorpus.SKIP_MARKER.length());
            synchronized (missing) {
                missing.add(path.replace(" does not exist", ""));
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        int n = skipped.get();
        if (n > 0) {
            String why;
            if (!java.nio.file.Files.isDirectory(SharedCorpus.shared())) {
                why = "the shared folder " + SharedCorpus.shared() + " does not exist";
            } else {
                synchronized (missing) {
                    why = "not found: " + String.join(", ", missing);
                }
            }
            System.out.println("[templint] " + n + " corpus test" + (n == 1 ? "" : "s")
                + " (with all their corpus cases) skipped: " + why + " (-D" + SharedCorpus.PROPERTY
                + "=FOLDER names it; CI requires it: -D" + SharedCorpus.REQUIRED + "=true)");
        }
    }
}
