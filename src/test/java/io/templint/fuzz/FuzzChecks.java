package io.templint.fuzz;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import io.templint.hcl.Range;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The properties every fuzz target checks: a result comes back, its diagnostics point inside the
 * input, and no single input takes longer than a bound that only a hang or a super-linear blow-up
 * can reach (fuzzer inputs are at most a few kilobytes).
 */
final class FuzzChecks {

    /** Far above what any input of a few kilobytes needs on a loaded machine. */
    static final Duration PER_INPUT = Duration.ofSeconds(10);

    private FuzzChecks() { }

    /** Runs {@code work} and fails when it takes longer than {@link #PER_INPUT}. */
    static <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (took.compareTo(PER_INPUT) > 0) {
            throw new AssertionError(what + " took " + took.toMillis() + " ms, more than " + PER_INPUT);
        }
        return result;
    }

    /** A parse result is whole: a body, diagnostics, and every diagnostic located inside the file. */
    static void checkParsed(HclFile file, int length) {
        if (file == null || file.body() == null || file.diagnostics() == null || file.comments() == null) {
            throw new AssertionError("incomplete parse result: " + file);
        }
        for (Diagnostic d : file.diagnostics()) {
            checkRange(d, d.subject(), length);
            checkRange(d, d.context(), length);
        }
    }

    private static void checkRange(Diagnostic d, Range r, int length) {
        if (r == null) {
            return;
        }
        if (r.startByte() < 0 || r.end().byteOffset() > length || r.startByte() > r.end().byteOffset()
                || r.startLine() < 1 || r.startColumn() < 1) {
            throw new AssertionError("diagnostic outside the input of " + length + " bytes: " + d);
        }
    }
}
