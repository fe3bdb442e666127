package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Hcl;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression: on a thread with a small stack, blocks nested up to the JSON reader's block limit
 * made a {@link StackOverflowError} escape from {@link Hcl#parse} (seen as a flaky
 * {@code JsonReaderLimitsTest} on 256 KB); the reader now retries on a big stack.
 */
class JsonReaderSmallStackTest {

    private static String nestedDynamics(int pairs) {
        String open = "{\"dynamic\": {\"x\": {\"for_each\": [], \"content\": ";
        return "{\"resource\": {\"t\": {\"n\": " + open.repeat(pairs) + "{\"a\": 1}" + "}}}".repeat(pairs) + "}}}";
    }

    private static Object readOn64KbStack(String json) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(Hcl.parse(SourceFile.of("d.tf.json", json), ParseOptions.DEFAULTS));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "tiny-stack", 64 * 1024);
        t.start();
        t.join();
        return result.get();
    }

    /** Initialises the reader's classes on a normal stack: a class whose initialiser overflows stays unusable. */
    @BeforeAll
    static void loadClasses() {
        Hcl.parse(SourceFile.of("warm.tf.json", nestedDynamics(2)), ParseOptions.DEFAULTS);
    }

    @Test
    void deepBlocksOnATinyStackGiveADiagnosticNotAStackOverflow() throws InterruptedException {
        Object ok = readOn64KbStack(nestedDynamics(45));
        Object tooDeep = readOn64KbStack(nestedDynamics(60));

        assertThat(ok).isInstanceOfSatisfying(io.templint.hcl.HclFile.class, f -> assertThat(f.diagnostics()).isEmpty());
        assertThat(tooDeep).isInstanceOfSatisfying(io.templint.hcl.HclFile.class, f -> assertThat(f.diagnostics())
            .extracting(Diagnostic::summary).containsExactly("Blocks nested too deeply"));
    }
}
