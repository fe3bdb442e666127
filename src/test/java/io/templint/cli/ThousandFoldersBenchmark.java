package io.templint.cli;

import io.templint.hardening.GeneratedTemplates;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark (not a test: clocks and garbage collections vary with the machine's load): {@code
 * templint check} over 1,000 generated template folders in one run. Prints the time per template
 * in the second and the last quarter of the run, and the heap after a full GC early and late in the
 * run, and exits with status 1 when the last quarter is more than twice as slow as the second or
 * the heap grows by more than what the report keeps (40 MB). Run by the {@code bench} profile
 * ({@code mvn -B -o -Pbench -DskipTests test}; README, "Benchmarks"); {@link ThousandFoldersTest}
 * checks the same run's result without a clock.
 */
public final class ThousandFoldersBenchmark {

    static final int FOLDERS = 1000;

    private ThousandFoldersBenchmark() { }

    public static void main(String[] args) throws IOException {
        Path tmp = Files.createTempDirectory("templint-thousand");
        List<String> argv = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never"));
        for (int i = 0; i < FOLDERS; i++) {
            Path dir = tmp.resolve("t" + i);
            GeneratedTemplates.write(i, dir);
            argv.add(dir.toString());
        }
        Recorder recorder = new Recorder();
        Analyzer real = new TemplintAnalyzer(io.templint.rules.RuleRegistry.discover());
        Analyzer recording = request -> real.analyze(new AnalysisRequest(request.inputs(), request.coderVersion(),
            request.config(), request.keepSources(), recorder));
        CliHarness.Run run = new CliHarness().in(tmp).services(CliServices.defaults().withAnalyzer(recording))
            .run(argv.toArray(String[]::new));
        if (run.status() != ExitStatus.OK) {
            System.err.println("check failed: " + run.err());
            System.exit(2);
        }
        double second = meanMillis(recorder.started, FOLDERS / 4, FOLDERS / 2);
        double last = meanMillis(recorder.started, 3 * FOLDERS / 4, FOLDERS - 1);
        long growth = recorder.heapLate - recorder.heapEarly;
        System.out.printf("check over %d folders: %.2f ms per template in the 2nd quarter, %.2f in the last;"
            + " heap after GC %d MB at template %d, %d MB at %d (growth %d KB)%n", FOLDERS, second, last,
            recorder.heapEarly >> 20, Recorder.EARLY, recorder.heapLate >> 20, Recorder.LATE, growth >> 10);
        boolean degrades = last >= Math.max(2 * second, second + 5);
        boolean leaks = growth >= 40L << 20;
        if (degrades || leaks) {
            System.err.println((degrades ? "the time per template grows along the run; " : "")
                + (leaks ? "the heap after GC grows by more than the report keeps" : ""));
            System.exit(1);
        }
    }

    private static double meanMillis(long[] started, int from, int to) {
        long[] gaps = new long[to - from];
        for (int i = from; i < to; i++) {
            gaps[i - from] = started[i + 1] - started[i];
        }
        Arrays.sort(gaps);
        // mean of the fastest 90 %: a GC pause or a busy neighbour on a shared machine is not degradation
        return Arrays.stream(gaps, 0, gaps.length * 9 / 10).average().orElse(0) / 1e6;
    }

    /** Records when each template starts, and the heap after a full GC at two points of the run. */
    private static final class Recorder implements Progress {
        static final int EARLY = 200;
        static final int LATE = 950;
        private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

        final long[] started = new long[FOLDERS];
        long heapEarly;
        long heapLate;

        @Override
        public void templateStarted(int index, int total, String path) {
            if (index == EARLY) {
                heapEarly = heapAfterGc();
            } else if (index == LATE) {
                heapLate = heapAfterGc();
            }
            started[index] = System.nanoTime();
        }

        @Override
        public void done() {
        }

        private static long heapAfterGc() {
            System.gc();
            System.gc();
            return MEMORY.getHeapMemoryUsage().getUsed();
        }
    }
}
