package io.templint.hardening;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs work under a wall-clock bound (preemptive: a hang fails the test instead of blocking the
 * build) and an allocation bound: the bytes the working thread allocated, a stable, GC-independent
 * measure of how much memory an input made templint touch.
 */
final class Bounded {

    /** Generous for a loaded 2-core machine: the slowest input here takes about 5 s unloaded. */
    static final Duration TIME = Duration.ofSeconds(60);

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Bounded() { }

    /** The result of {@code work}, failing when it takes longer than {@link #TIME} or allocates more than {@code maxBytes}. */
    static <T> T run(long maxBytes, Supplier<T> work) {
        return assertTimeoutPreemptively(TIME, () -> {
            long id = Thread.currentThread().getId();
            long before = THREADS.getThreadAllocatedBytes(id);
            T result = work.get();
            long allocated = THREADS.getThreadAllocatedBytes(id) - before;
            if (allocated > maxBytes) {
                throw new AssertionError("allocated " + (allocated >> 20) + " MiB, bound " + (maxBytes >> 20) + " MiB");
            }
            return result;
        });
    }

    /** Mebibytes. */
    static long mib(long n) {
        return n << 20;
    }
}
