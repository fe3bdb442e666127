package io.templint.hardening;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs work under a wall-clock bound that only a hang reaches (preemptive: a hang fails the test
 * instead of blocking the build) and an allocation bound: the bytes the working thread and every
 * worker thread it started (the parser's and evaluator's large-stack threads) allocated, a stable,
 * GC-independent measure of how much memory an input made templint touch.
 *
 * <p>Worker threads are found by sampling every live thread's allocation counter while the work
 * runs (every millisecond) and once at the end; what a worker allocates in the last millisecond
 * before it ends may be missed, far less than any bound here.
 */
final class Bounded {

    /** Only a hang reaches it on a loaded 2-core machine: the slowest input here takes about 5 s unloaded. */
    static final Duration TIME = Duration.ofSeconds(120);

    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Bounded() { }

    /** The result of {@code work}, failing when it hangs or allocates more than {@code maxBytes} on any of its threads. */
    static <T> T run(long maxBytes, Supplier<T> work) {
        return assertTimeoutPreemptively(TIME, () -> {
            Allocations allocations = new Allocations(Thread.currentThread().getId());
            Thread sampler = new Thread(allocations::sampleUntilInterrupted, "allocation-sampler");
            sampler.setDaemon(true);
            sampler.start();
            T result;
            try {
                result = work.get();
            } finally {
                sampler.interrupt();
                sampler.join();
            }
            long allocated = allocations.total();
            if (allocated > maxBytes) {
                throw new AssertionError("allocated " + (allocated >> 20) + " MiB (working and worker threads), bound "
                    + (maxBytes >> 20) + " MiB");
            }
            return result;
        });
    }

    /** Mebibytes. */
    static long mib(long n) {
        return n << 20;
    }

    /** Per thread: the allocation counter when first seen and when last seen. */
    private static final class Allocations {
        private final Map<Long, long[]> seen = new HashMap<>();

        Allocations(long caller) {
            // threads alive before the work (other than the caller) are not the work's
            long[] ids = THREADS.getAllThreadIds();
            long[] bytes = THREADS.getThreadAllocatedBytes(ids);
            for (int i = 0; i < ids.length; i++) {
                if (bytes[i] >= 0) {
                    seen.put(ids[i], new long[] {ids[i] == caller ? bytes[i] : -1, bytes[i]});
                }
            }
        }

        void sampleUntilInterrupted() {
            long self = Thread.currentThread().getId();
            while (true) {
                sample(self);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    sample(self);
                    return;
                }
            }
        }

        private synchronized void sample(long self) {
            long[] ids = THREADS.getAllThreadIds();
            long[] bytes = THREADS.getThreadAllocatedBytes(ids);
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == self || bytes[i] < 0) {
                    continue;
                }
                long[] s = seen.get(ids[i]);
                if (s == null) {
                    seen.put(ids[i], new long[] {0, bytes[i]}); // started during the work: all of it counts
                } else {
                    s[1] = bytes[i];
                }
            }
        }

        /** The bytes allocated by the caller and by the threads started meanwhile. */
        synchronized long total() {
            long sum = 0;
            for (long[] s : seen.values()) {
                if (s[0] >= 0) {
                    sum += s[1] - s[0];
                }
            }
            return sum;
        }
    }
}
