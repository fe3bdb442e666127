package io.templint.bench;

import io.templint.api.Input;
import io.templint.api.Templint;
import io.templint.api.TemplintException;
import io.templint.hardening.GeneratedTemplates;
import io.templint.hardening.TemplateFolders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * End-to-end analysis benchmark: every template folder of the shared corpus (each folder that
 * holds a {@code .tf} file, all of {@code terraform/all-tf} included) analysed from disk by one
 * shared {@link Templint}, on one thread and on a pool of one thread per core; then the warm time
 * per typical Coder template (10-30 KB, generated and from the corpus) on one thread; and the peak
 * heap of the whole run. Run it with the {@code bench} Maven profile, which gives it a 256 MB heap
 * (see the README's "Analysis benchmark").
 *
 * <p>Arguments: the shared corpus folder. System properties: {@code bench.warmup},
 * {@code bench.iterations} (passes over the corpus, default 2 and 3).
 */
public final class AnalysisBenchmark {

    private static final int TYPICAL_MIN = 10 * 1024;
    private static final int TYPICAL_MAX = 30 * 1024;

    private AnalysisBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int warmup = Integer.getInteger("bench.warmup", 2);
        int iterations = Integer.getInteger("bench.iterations", 3);
        List<Path> folders = TemplateFolders.under(corpus);
        Templint templint = Templint.create();
        System.out.printf(Locale.ROOT, "%d template folders under %s, %d cores, max heap %d MB%n",
            folders.size(), corpus, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        for (int i = 0; i < warmup; i++) {
            sequential(templint, folders);
        }
        double one = best(iterations, () -> sequential(templint, folders));
        System.out.printf(Locale.ROOT, "one core:  %.0f templates/s (%.2f ms per template)%n",
            folders.size() / one, one * 1000 / folders.size());
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            double all = best(iterations, () -> parallel(templint, folders, pool));
            System.out.printf(Locale.ROOT, "%d cores:   %.0f templates/s%n", cores, folders.size() / all);
        } finally {
            pool.shutdownNow();
        }
        typical(templint, corpus);
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap: %d MB (sum of the heap pools' peaks)%n", peak >> 20);
    }

    /** Warm time per typical Coder template on one thread: median of many runs of each. */
    private static void typical(Templint templint, Path corpus) throws Exception {
        List<Input> inputs = new ArrayList<>();
        for (Path f : TemplateFolders.under(corpus.resolve("coder"))) {
            long size = tfBytes(f);
            if (size >= TYPICAL_MIN && size <= TYPICAL_MAX) {
                inputs.add(Input.folder(f));
            }
        }
        int corpusTypical = inputs.size();
        for (int seed = 0; seed < 20; seed++) {
            Map<String, byte[]> files = GeneratedTemplates.template(seed);
            inputs.add(Input.files(files, "generated/" + seed));
        }
        int runs = 200;
        double[] ms = new double[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            for (int w = 0; w < 50; w++) {
                templint.analyzeTemplate(in);
            }
            double[] times = new double[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                templint.analyzeTemplate(in);
                times[r] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(times);
            ms[i] = times[runs / 2];
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT,
            "typical Coder template (10-30 KB; %d from the corpus, %d generated), warm, one thread: median %.2f ms, "
                + "slowest %.2f ms%n", corpusTypical, inputs.size() - corpusTypical, sorted[sorted.length / 2],
            sorted[sorted.length - 1]);
    }

    private static long tfBytes(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".tf")).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Pass {
        void run() throws Exception;
    }

    /** The best wall-clock seconds of {@code n} passes. */
    private static double best(int n, Pass pass) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            pass.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    private static void sequential(Templint templint, List<Path> folders) throws TemplintException {
        for (Path f : folders) {
            templint.analyzeTemplate(Input.folder(f));
        }
    }

    private static void parallel(Templint templint, List<Path> folders, ExecutorService pool) throws Exception {
        List<Future<?>> futures = new ArrayList<>(folders.size());
        for (Path f : folders) {
            futures.add(pool.submit(() -> templint.analyzeTemplate(Input.folder(f))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }
}
