package io.templint.bench;

import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The memory the parser needs for dense files: generates files of several shapes (long lists of
 * numbers, many short attributes, nested objects, lists of short strings, long strings, many blocks)
 * in a temporary folder and, for each, parses it in a forked JVM with a large heap and reports the
 * heap the tree keeps (after a full GC, the tree reachable) and the peak heap, per input byte; then
 * runs the command-line {@code templint parse} on it as a whole process under a small heap and says
 * whether it fits (with the file-size limit raised to the file's size).
 *
 * <p>Run: {@code mvn -B -ntp -o -q package -DskipTests} then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.templint.bench.DenseFileMemory [MiB] [Xmx]}
 * (the README's "Memory" lines). Arguments: the file size in MiB (default 16) and the heap of the
 * whole-process run (default 512m). System property {@code memory.shapes} picks shapes (comma-separated).
 */
public final class DenseFileMemory {

    /** The shapes: a header, the repeated unit (given its index) and a footer, up to the target size. */
    enum Shape {
        NUMBERS("x = [", i -> "1,", "1]\n"),
        ATTRIBUTES("", i -> "a" + Integer.toString(i, 36) + "=1\n", ""),
        NESTED("", i -> "n" + Integer.toString(i, 36) + "={a={b=[1,{c=2}]}}\n", ""),
        SHORT_STRINGS("x = [", i -> "\"a\",", "\"a\"]\n"),
        LONG_STRINGS("", i -> "s" + Integer.toString(i, 36) + "=\"" + "abcdefghij".repeat(20) + "\"\n", ""),
        BLOCKS("", i -> "b{}\n", "");

        final String head;
        final java.util.function.IntFunction<String> unit;
        final String tail;

        Shape(String head, java.util.function.IntFunction<String> unit, String tail) {
            this.head = head;
            this.unit = unit;
            this.tail = tail;
        }

        byte[] generate(long size) {
            StringBuilder sb = new StringBuilder((int) size + 256);
            sb.append(head);
            int i = 0;
            while (true) {
                String u = unit.apply(i++);
                if (sb.length() + u.length() + tail.length() > size) {
                    break;
                }
                sb.append(u);
            }
            sb.append(tail);
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private DenseFileMemory() { }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Path.of(args[1]));
            return;
        }
        long mib = args.length > 0 ? Long.parseLong(args[0]) : 16;
        String xmx = args.length > 1 ? args[1] : "512m";
        String only = System.getProperty("memory.shapes");
        Path jar = Path.of("target/templint-0.1.0-cli.jar");
        Path dir = Files.createTempDirectory("templint-dense");
        System.out.printf(Locale.ROOT, "Dense files of %d MiB; whole-process parse with -Xmx%s (%s)%n", mib, xmx, jar);
        System.out.printf(Locale.ROOT, "%-14s %10s %12s %12s %10s %10s %s%n", "shape", "bytes", "kept B/B",
            "peak B/B", "alloc B/B", "parse s", "-Xmx" + xmx);
        try {
            for (Shape s : Shape.values()) {
                if (only != null && !List.of(only.split(",")).contains(s.name().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Path f = dir.resolve(s.name().toLowerCase(Locale.ROOT) + ".tf");
                Files.write(f, s.generate(mib << 20));
                long size = Files.size(f);
                String measured = run(List.of(java(), "-Xmx6g", "-XX:+UseSerialGC", "-Xss64m", "-cp",
                    System.getProperty("java.class.path"), DenseFileMemory.class.getName(), "--child", f.toString()));
                String fits = Files.isRegularFile(jar)
                    ? verdict(List.of(java(), "-Xmx" + xmx, "-D" + ParseOptions.MAX_FILE_BYTES_PROPERTY + "=" + size, "-jar", jar.toString(), "parse", "--format", "json", f.toString()))
                    : "(no jar)";
                System.out.printf(Locale.ROOT, "%-14s %10d %s %s%n", s.name().toLowerCase(Locale.ROOT), size,
                    measured.strip(), fits);
                Files.delete(f);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    /** In the forked JVM: parse, keep the tree, print kept, peak and allocated bytes per input byte. */
    private static void child(Path file) throws IOException {
        SourceFile src = new SourceFile(file.toString(), Files.readAllBytes(file));
        ParseOptions options = new ParseOptions(ParseOptions.DEFAULTS.maxNestingDepth(), Long.MAX_VALUE);
        System.gc();
        long base = used();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocBefore = threads.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();
        HclFile tree = Hcl.parse(src, options);
        long t1 = System.nanoTime();
        long alloc = threads.getCurrentThreadAllocatedBytes() - allocBefore;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long kept = used() - base;
        double n = src.length();
        // the deep-parse thread's allocation is not the current thread's: alloc is a lower bound then
        System.out.printf(Locale.ROOT, "%12.1f %12.1f %10.1f %10.2f %s%n", kept / n, (peak - base) / n, alloc / n,
            (t1 - t0) / 1e9, tree.diagnostics().isEmpty() ? "" : "diags=" + tree.diagnostics().size());
        if (tree.body() == null) {
            throw new AssertionError();
        }
    }

    private static long used() {
        long u = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                u += p.getUsage().getUsed();
            }
        }
        return u;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            return "failed: " + out.lines().reduce((a, b) -> b).orElse("");
        }
        return out;
    }

    /** "fits (N s)" or why not. */
    private static String verdict(List<String> cmd) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> tail = new ArrayList<>();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        String text = new String(out, 0, Math.min(out.length, 1 << 20), StandardCharsets.UTF_8);
        if (text.contains("OutOfMemoryError") || text.contains("heap space")) {
            return String.format(Locale.ROOT, "OUT OF MEMORY (%.1f s)", s);
        }
        if (text.contains("too large")) {
            return "refused: " + text.lines().filter(l -> l.contains("too large")).findFirst().orElse("").strip();
        }
        tail.add(String.format(Locale.ROOT, "fits (%.1f s, exit %d)", s, p.exitValue()));
        return String.join(" ", tail);
    }

    static OutputStream nowhere() {
        return OutputStream.nullOutputStream();
    }
}
