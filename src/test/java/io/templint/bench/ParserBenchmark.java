package io.templint.bench;

import io.templint.hcl.conformance.ConformanceCase;
import io.templint.hcl.conformance.Corpus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parses the benchmark corpora ({@code bench/aws-modules} and {@code terraform/all-tf}) with templint
 * and with hcl4j in one JVM, and prints throughput (MB/s, after warm-up), the throughput ratio on the
 * files both accept, and allocation and heap figures. Run it with the {@code bench} Maven profile
 * (see the README's "Benchmark" section).
 *
 * <p>Arguments: the shared corpus folder (default {@code ../shared/corpus}). System properties:
 * {@code bench.warmup} (warm-up passes over all files per parser, default 20: enough for the JIT to
 * compile the generated parser's large methods, which a long-running import service has long done;
 * it gives hcl4j, which is slower, the same passes and so more time), {@code bench.iterations}
 * (measured passes, default 10).
 */
public final class ParserBenchmark {

    private static final List<String> CORPORA = List.of("bench/aws-modules", "terraform/all-tf");
    private static final long ACCEPTANCE_TIMEOUT_SECONDS = 20;
    private static final double MB = 1024.0 * 1024.0;
    /** Where results go: hcl4j prints to standard output while it evaluates, which is muted. */
    private static final PrintStream OUT = System.out;

    /** One file to parse. */
    record Input(String corpus, String name, byte[] bytes) { }

    private final List<Input> inputs;
    private final List<Candidate> candidates;
    /** accepted[c][i]: whether candidate c accepted input i. */
    private final boolean[][] accepted;
    /** wall[c][p][i]: wall-clock time candidate c spent on input i in measured pass p. */
    private final long[][][] wall;
    /** cpu[c][p][i]: CPU time of the parsing thread, likewise (GC threads not included). */
    private final long[][][] cpu;
    private final long[] allocatedBytes;
    private final int iterations;

    private ParserBenchmark(List<Input> inputs, List<Candidate> candidates, int iterations) {
        this.inputs = inputs;
        this.candidates = candidates;
        this.accepted = new boolean[candidates.size()][inputs.size()];
        this.iterations = iterations;
        this.wall = new long[candidates.size()][iterations][inputs.size()];
        this.cpu = new long[candidates.size()][iterations][inputs.size()];
        this.allocatedBytes = new long[candidates.size()];
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int warmup = Integer.getInteger("bench.warmup", 20);
        int iterations = Integer.getInteger("bench.iterations", 10);
        List<Candidate> candidates = List.of(new TemplintCandidate(), new Hcl4jCandidate());
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        List<Input> all = load(root);
        OUT.printf(Locale.ROOT, "Parser benchmark: %d files, %.2f MB; JDK %s; max heap %d MB; "
                + "%d warm-up and %d measured passes per parser%n", all.size(), mb(totalBytes(all)),
            System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, warmup, iterations);
        List<Input> inputs = withoutHangs(all, candidates);
        ParserBenchmark bench = new ParserBenchmark(inputs, candidates, iterations);
        bench.acceptance();
        for (int w = 0; w < warmup; w++) {
            for (Candidate c : candidates) {
                bench.pass(c, null, null);
            }
        }
        for (int it = 0; it < iterations; it++) {
            for (int k = 0; k < candidates.size(); k++) {
                // alternate the order, so that neither parser always runs right after the other's garbage
                int c = (it % 2 == 0) ? k : candidates.size() - 1 - k;
                bench.measuredPass(c, it);
            }
        }
        bench.printThroughput("wall-clock time", bench.wall);
        bench.printThroughput("CPU time of the parsing thread, which other processes on the machine disturb less",
            bench.cpu);
        bench.printMemory();
    }

    private static List<Input> load(Path root) throws IOException {
        List<Input> out = new ArrayList<>();
        for (String name : CORPORA) {
            Corpus corpus = Corpus.ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
            for (ConformanceCase c : corpus.cases(root)) {
                out.add(new Input(name, c.file(), Files.readAllBytes(c.path())));
            }
        }
        return out;
    }

    /** Drops (and reports) files that some parser does not finish within the time limit. */
    private static List<Input> withoutHangs(List<Input> inputs, List<Candidate> candidates) throws Exception {
        List<Input> out = new ArrayList<>();
        ExecutorService worker = newWorker();
        for (Input in : inputs) {
            boolean finished = true;
            for (Candidate c : candidates) {
                Future<Boolean> f = worker.submit(() -> c.parse(in.name(), in.bytes()));
                try {
                    f.get(ACCEPTANCE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                    OUT.printf("skipped %s/%s: %s did not finish within %d s%n", in.corpus(), in.name(),
                        c.name(), ACCEPTANCE_TIMEOUT_SECONDS);
                    finished = false;
                    break;
                }
            }
            if (finished) {
                out.add(in);
            }
        }
        worker.shutdownNow();
        return out;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "bench-probe", 256L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
    }

    private void acceptance() {
        for (int c = 0; c < candidates.size(); c++) {
            for (int i = 0; i < inputs.size(); i++) {
                accepted[c][i] = candidates.get(c).parse(inputs.get(i).name(), inputs.get(i).bytes());
            }
        }
    }

    /** One pass over all inputs; with non-null arrays, records each file's wall-clock and CPU time. */
    private void pass(Candidate c, long[] wallTimes, long[] cpuTimes) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            if (wallTimes == null) {
                c.parse(in.name(), in.bytes());
                continue;
            }
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            c.parse(in.name(), in.bytes());
            wallTimes[i] = System.nanoTime() - t0;
            cpuTimes[i] = threads.getCurrentThreadCpuTime() - c0;
        }
    }

    private void measuredPass(int c, int iteration) {
        long before = threadAllocatedBytes();
        pass(candidates.get(c), wall[c][iteration], cpu[c][iteration]);
        allocatedBytes[c] += threadAllocatedBytes() - before;
    }

    private void printThroughput(String clock, long[][][] times) {
        OUT.println();
        OUT.println("Throughput by " + clock + " (MB/s over all measured passes).");
        OUT.println("Under each parser's name: the files it accepts;");
        OUT.println("'both': the files both accept, their MB, each parser's MB/s on them, and the ratio.");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-18s %6s %8s", "corpus", "files", "MB"));
        for (Candidate c : candidates) {
            head.append(String.format(Locale.ROOT, " | %8s %9s", c.name(), "MB/s"));
        }
        head.append(String.format(Locale.ROOT, " | %6s %8s", "both", "MB"));
        for (Candidate c : candidates) {
            head.append(String.format(Locale.ROOT, " %9s", c.name()));
        }
        head.append(String.format(Locale.ROOT, " %7s", "ratio"));
        OUT.println(head);
        List<String> groups = new ArrayList<>(CORPORA);
        groups.add("all");
        for (String g : groups) {
            OUT.println(row(g, times));
        }
        OUT.printf("ratio = %s MB/s / %s MB/s on the files both accept (higher: %s is faster)%n",
            candidates.get(0).name(), candidates.get(1).name(), candidates.get(0).name());
    }

    private String row(String group, long[][][] times) {
        List<Integer> files = new ArrayList<>();
        List<Integer> both = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (group.equals("all") || inputs.get(i).corpus().equals(group)) {
                files.add(i);
                boolean all = true;
                for (boolean[] acc : accepted) {
                    all &= acc[i];
                }
                if (all) {
                    both.add(i);
                }
            }
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-18s %6d %8.2f", group, files.size(),
            mb(bytesOf(files))));
        for (int c = 0; c < candidates.size(); c++) {
            int acc = 0;
            for (int i : files) {
                acc += accepted[c][i] ? 1 : 0;
            }
            sb.append(String.format(Locale.ROOT, " | %8d %9.2f", acc, mbPerSecond(times[c], files)));
        }
        sb.append(String.format(Locale.ROOT, " | %6d %8.2f", both.size(), mb(bytesOf(both))));
        double[] speeds = new double[candidates.size()];
        for (int c = 0; c < candidates.size(); c++) {
            speeds[c] = mbPerSecond(times[c], both);
            sb.append(String.format(Locale.ROOT, " %9.2f", speeds[c]));
        }
        sb.append(String.format(Locale.ROOT, " %7.2f", speeds[0] / speeds[1]));
        return sb.toString();
    }

    /**
     * MB/s on the given files over all measured passes, from times[pass][file]: total bytes over total
     * time, so that a corpus's figure and the figure of all corpora are consistent.
     */
    private double mbPerSecond(long[][] times, List<Integer> files) {
        long ns = 0;
        for (long[] pass : times) {
            for (int i : files) {
                ns += pass[i];
            }
        }
        return ns == 0 ? Double.NaN : mb(bytesOf(files)) * times.length / (ns / 1e9);
    }

    private void printMemory() {
        double inputMb = mb(totalBytes(inputs));
        OUT.println();
        OUT.printf(Locale.ROOT, "Memory (input %.2f MB per pass):%n", inputMb);
        OUT.printf(Locale.ROOT, "%-10s %22s %22s %22s%n", "parser", "allocated MB per MB", "peak heap MB (1 pass)",
            "retained MB (one pass)");
        for (int c = 0; c < candidates.size(); c++) {
            double allocPerMb = allocatedBytes[c] / MB / (inputMb * iterations);
            double peak = peakHeapDuringPass(candidates.get(c));
            double retained = retainedHeap(candidates.get(c));
            OUT.printf(Locale.ROOT, "%-10s %22.1f %22.1f %22.1f%n", candidates.get(c).name(), allocPerMb, peak,
                retained);
        }
        OUT.println("allocated: bytes allocated by the parsing thread; peak heap: the sum of the heap pools' peak"
            + " use during one pass started after a GC (live data plus garbage not yet collected); retained: live"
            + " heap held by the results of one pass over all files, kept at once");
    }

    private double peakHeapDuringPass(Candidate c) {
        List<MemoryPoolMXBean> pools = heapPools();
        System.gc();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        pass(c, null, null);
        long peak = 0;
        for (MemoryPoolMXBean p : pools) {
            peak += p.getPeakUsage().getUsed();
        }
        return peak / MB;
    }

    private double retainedHeap(Candidate c) {
        List<Object> keep = new ArrayList<>(inputs.size());
        long before = usedAfterGc();
        for (Input in : inputs) {
            c.parse(in.name(), in.bytes());
            keep.add(c.lastResult());
        }
        long after = usedAfterGc();
        double retained = (after - before) / MB;
        if (keep.size() != inputs.size()) {
            throw new IllegalStateException("unreachable: keeps the results alive until measured");
        }
        return retained;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = 0;
        for (MemoryPoolMXBean p : heapPools()) {
            used += p.getUsage().getUsed();
        }
        return used;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static long threadAllocatedBytes() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean sun) {
            return sun.getCurrentThreadAllocatedBytes();
        }
        return 0;
    }

    private long bytesOf(List<Integer> indexes) {
        long n = 0;
        for (int i : indexes) {
            n += inputs.get(i).bytes().length;
        }
        return n;
    }

    private static long totalBytes(List<Input> list) {
        long n = 0;
        for (Input in : list) {
            n += in.bytes().length;
        }
        return n;
    }

    private static double mb(long bytes) {
        return bytes / MB;
    }
}
