package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.templint.hardening.GeneratedTemplates;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code templint check} over 1,000 generated template folders in one run: the time per template
 * does not grow along the run, and the memory of analysed templates is released (heap after a
 * full GC grows only by what the run keeps for its report).
 */
class ThousandFoldersTest {

    private static final int FOLDERS = 1000;

    @TempDir
    Path tmp;

    @Test
    void checkAnalysesAThousandFoldersWithoutDegrading() {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never"));
        for (int i = 0; i < FOLDERS; i++) {
            Path dir = tmp.resolve("t" + i);
            GeneratedTemplates.write(i, dir);
            args.add(dir.toString());
        }
        Recorder recorder = new Recorder();
        Analyzer real = new TemplintAnalyzer(io.templint.rules.RuleRegistry.discover());
        Analyzer recording = request -> real.analyze(new AnalysisRequest(request.inputs(), request.coderVersion(),
            request.config(), request.keepSources(), recorder));
        CliHarness.Run run = assertTimeoutPreemptively(Duration.ofMinutes(5), () ->
            new CliHarness().in(tmp).services(CliServices.defaults().withAnalyzer(recording)).run(args.toArray(String[]::new)));

        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("\"path\"");
        long[] started = recorder.started;
        assertThat(started).doesNotContain(0L);

        System.out.printf("check over %d folders: %.2f ms per template in the 2nd quarter, %.2f in the last;"
            + " heap after GC %d MB at template %d, %d MB at %d%n", FOLDERS, meanMillis(started, FOLDERS / 4, FOLDERS / 2),
            meanMillis(started, 3 * FOLDERS / 4, FOLDERS - 1), recorder.heapEarly >> 20, Recorder.EARLY,
            recorder.heapLate >> 20, Recorder.LATE);
        // time per template: the last quarter is no slower than the second (after warm-up), with slack for noise
        double second = meanMillis(started, FOLDERS / 4, FOLDERS / 2);
        double last = meanMillis(started, 3 * FOLDERS / 4, FOLDERS - 1);
        assertThat(last).as("ms per template, 2nd quarter %.2f, last quarter %.2f", second, last)
            .isLessThan(Math.max(2 * second, second + 5));

        // memory: the heap after a full GC late in the run exceeds the one early in the run only by
        // the report entries kept for output (a few KB per template), not by trees or evaluations
        long growth = recorder.heapLate - recorder.heapEarly;
        assertThat(growth).as("heap growth after GC from template %d to %d: %d KB",
                Recorder.EARLY, Recorder.LATE, growth >> 10)
            .isLessThan(40L << 20);
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
