package io.templint.hcl.parser;

import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.hcl.conformance.ConformanceCase;
import io.templint.hcl.conformance.Corpus;
import io.templint.hcl.parser.antlr.HCLLexer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * Where the time of stage 1 ({@link GrammarFrontEnd}) goes: a profiler-free breakdown over the
 * benchmark corpora, not part of any build. Each step runs one more part of stage 1 than the one
 * before, so the differences between their costs (milliseconds of the thread's CPU time per MB)
 * are the costs of the parts: decoding and the generated lexer with ANTLR's own tokens, the same
 * lexer making positioned {@link GrammarToken}s, and the generated parser building the typed tree
 * in its actions. The recovery parser alone is measured for comparison.
 *
 * <p>Run it on the test class path with the shared corpus folder as argument (default
 * {@code ../shared/corpus}); {@code -Dpasses=N} sets the number of passes (default 10, the last
 * one is printed), {@code -Dstep=STAGE1} runs one step only (for a profiler):
 * <pre>
 * mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xss16m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.templint.hcl.parser.Stage1Breakdown ../shared/corpus
 * </pre>
 */
public final class Stage1Breakdown {

    private static final double MB = 1024.0 * 1024.0;
    private static final List<String> CORPORA = List.of("bench/aws-modules", "terraform/all-tf");

    /** The steps, each running one more part of stage 1 than the one before. */
    private enum Step {
        LEX("decode + lexer"),
        TOKENS("+ positioned tokens"),
        STAGE1("+ parser and tree = stage 1"),
        RECOVERY("recovery parser alone");

        final String label;

        Step(String label) {
            this.label = label;
        }
    }

    private Stage1Breakdown() { }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        List<byte[]> inputs = load(root);
        long bytes = inputs.stream().mapToLong(b -> b.length).sum();
        int passes = Integer.getInteger("passes", 10);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] msPerMb = new double[Step.values().length];
        double[] allocatedPerByte = new double[msPerMb.length];
        String only = System.getProperty("step");
        for (int p = 0; p < passes; p++) {
            for (Step step : Step.values()) {
                if (only != null && !step.name().equalsIgnoreCase(only)) {
                    continue;
                }
                long cpu = mx.getCurrentThreadCpuTime();
                long allocated = mx.getCurrentThreadAllocatedBytes();
                for (byte[] in : inputs) {
                    run(step, in);
                }
                msPerMb[step.ordinal()] = (mx.getCurrentThreadCpuTime() - cpu) / 1e6 / (bytes / MB);
                allocatedPerByte[step.ordinal()] = (mx.getCurrentThreadAllocatedBytes() - allocated) / (double) bytes;
            }
        }
        System.out.printf(Locale.ROOT, "%d files, %.2f MB, pass %d of %d%n", inputs.size(), bytes / MB, passes, passes);
        System.out.printf(Locale.ROOT, "%-28s %8s %8s %8s %12s%n", "step", "ms/MB", "+ms/MB", "MB/s", "alloc B/B");
        for (Step step : Step.values()) {
            int i = step.ordinal();
            double added = i == 0 || step == Step.RECOVERY ? msPerMb[i] : msPerMb[i] - msPerMb[i - 1];
            System.out.printf(Locale.ROOT, "%-28s %8.1f %8.1f %8.1f %12.1f%n", step.label, msPerMb[i], added,
                1000 / msPerMb[i], allocatedPerByte[i]);
        }
    }

    private static List<byte[]> load(Path root) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String name : CORPORA) {
            Corpus corpus = Corpus.ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
            for (ConformanceCase c : corpus.cases(root)) {
                out.add(Files.readAllBytes(c.path()));
            }
        }
        return out;
    }

    /** Runs {@code step} on one file; failures (files stage 1 rejects) end the step early, as in stage 1. */
    private static void run(Step step, byte[] in) {
        try {
            switch (step) {
                case STAGE1 -> GrammarFrontEnd.parse(new SourceFile("main.tf", in), ParseOptions.DEFAULTS);
                case RECOVERY -> NativeParser.parseFileRecovering(new SourceFile("main.tf", in), ParseOptions.DEFAULTS);
                default -> partial(step, in);
            }
        } catch (RuntimeException e) {
            // rejected by stage 1: the work done so far counts, as it does in the real parser
        }
    }

    private static void partial(Step step, byte[] in) {
        DecodedSource src = DecodedSource.decode("main.tf", in);
        if (src == null) {
            return;
        }
        HCLLexer lexer = new HCLLexer(src.chars());
        lexer.removeErrorListeners();
        lexer.withoutLineCounts();
        lexer.setMaxDepth(GrammarFrontEnd.MAX_DEPTH);
        if (step == Step.TOKENS) {
            lexer.setTokenFactory(new GrammarToken.Factory(src));
        }
        while (lexer.nextToken().getType() != Token.EOF) {
            // tokens only
        }
    }
}
