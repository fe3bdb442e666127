package io.templint.hcl.conformance;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.ExpressionResult;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parses conformance cases with templint, each once, and judges the result against the reference.
 * A parse runs on a worker thread with a time limit, so that a hang is reported as such instead of
 * stopping the run; an exception escaping the parser is reported too (both break the contract that
 * bad input only ever yields diagnostics).
 */
public final class Checker implements AutoCloseable {

    /** At most this many tree differences are kept per file. */
    static final int MAX_DIFFS = 20;

    /** A parser under test: the file (null for an expression) and the diagnostics it reports. */
    record Parsed(HclFile file, List<Diagnostic> diagnostics) { }

    /** Reads one input in a mode. */
    @FunctionalInterface
    interface Parser {
        Parsed parse(ConformanceCase.Mode mode, SourceFile source);
    }

    private final long timeoutMillis;
    private final Parser parser;
    private ExecutorService worker = newWorker();

    /** A checker of templint's parser that gives each parse up to {@code timeoutMillis}. */
    public Checker(long timeoutMillis) {
        this(timeoutMillis, Checker::templint);
    }

    /** A checker of another parser (tests of the harness itself). */
    Checker(long timeoutMillis, Parser parser) {
        this.timeoutMillis = timeoutMillis;
        this.parser = parser;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            // a deep stack, as the reference parser recurses as deep as it likes
            Thread t = new Thread(null, r, "conformance-parse", 512L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
    }

    /** Parses the case's file and compares the result with the reference. */
    public Outcome check(ConformanceCase c) {
        SourceFile source;
        try {
            source = new SourceFile(c.file(), Files.readAllBytes(c.path()));
        } catch (IOException e) {
            return new Outcome(c, new SourceFile(c.file(), new byte[0]), List.of(), List.of(),
                "cannot read " + c.path() + ": " + e);
        }
        // the tree is converted and compared on the worker too: its deep stack serves all three
        Future<Outcome> future = worker.submit(() -> judge(parser, c, source));
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome(c, source, List.of(), List.of(), "no result within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            StackTraceElement at = cause.getStackTrace().length > 0 ? cause.getStackTrace()[0] : null;
            return new Outcome(c, source, List.of(), List.of(),
                cause.getClass().getName() + (at == null ? "" : " at " + at) + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(c, source, List.of(), List.of(), "interrupted");
        }
    }

    private static Outcome judge(Parser parser, ConformanceCase c, SourceFile source) {
        Parsed p = parser.parse(c.mode(), source);
        List<JsonDiff.Difference> diffs = p.file == null || c.reference().body() == null
            ? List.of()
            : JsonDiff.compare(c.reference().body(), OracleShape.body(p.file.body()), "body", MAX_DIFFS);
        return new Outcome(c, source, p.diagnostics, diffs, null);
    }

    /** templint: {@code Hcl.parseNative} for files, {@code Hcl.parseExpression} for expressions. */
    private static Parsed templint(ConformanceCase.Mode mode, SourceFile source) {
        if (mode == ConformanceCase.Mode.EXPRESSION) {
            ExpressionResult r = Hcl.parseExpression(source, ParseOptions.DEFAULTS);
            return new Parsed(null, r.diagnostics());
        }
        HclFile f = Hcl.parseNative(source, ParseOptions.DEFAULTS);
        return new Parsed(f, f.diagnostics());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
