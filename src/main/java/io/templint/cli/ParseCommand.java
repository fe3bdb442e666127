package io.templint.cli;

import io.templint.hcl.Hcl;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.internal.InOrder;
import io.templint.report.ParseReport;
import io.templint.report.ParseReportWriter;
import io.templint.report.SourceLookup;
import io.templint.report.Style;
import io.templint.report.SyntaxFindings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code templint parse [--format text|json] FILE...}: syntax only, each file on its own. */
@Command(name = "parse", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = VersionProvider.class,
    description = "Check the syntax of .tf, .tf.json and .hcl files, each on its own (a name ending "
        + "in .json is read as HCL JSON syntax).",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:no syntax error", "1:a file has a syntax error", "2:bad usage or an unreadable file"})
final class ParseCommand implements Callable<Integer> {

    /** Files in flight per worker thread. */
    private static final int WINDOW_PER_THREAD = 32;

    private final Console console;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--no-color", description = "Never colour the output (also: NO_COLOR=1).")
    boolean noColor;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
        description = "Parse up to N files at once (default: the number of processors; 1: one after another). "
            + "The report is the same whatever N.")
    Integer jobs;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to parse.")
    List<String> files;

    ParseCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if (!ParseReportWriter.FORMATS.contains(format)) {
            throw new CliException("unknown format '" + format + "' (expected text or json)");
        }
        // each file is read by the task that parses it, so reading is spread over the workers too;
        // an unreadable file still stops the run with its message, at its place in the list
        int threads = Math.min(Jobs.of(jobs), files.size());
        Map<String, SourceFile> byName = new LinkedHashMap<>();
        List<ParseReport.FileResult> results = new ArrayList<>(files.size());
        ExecutorService pool = threads > 1 ? InOrder.pool(threads, "templint-parse") : null;
        try {
            // a file's result is small and its parse short: a wide window keeps every worker busy
            InOrder.run(files, pool, WINDOW_PER_THREAD * threads, name -> {
                SourceFile source = read(name);
                return Map.entry(source, SyntaxFindings.parseResult(Hcl.parse(source), source.name()));
            }, i -> { }, (i, parsed) -> {
                if (!parsed.getValue().diagnostics().isEmpty()) {   // the text report quotes these lines
                    byName.putIfAbsent(parsed.getKey().name(), parsed.getKey());
                }
                results.add(parsed.getValue());
            });
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        ParseReport report = new ParseReport(results);
        StringBuilder text = new StringBuilder();
        if (format.equals("json")) {
            ParseReportWriter.writeJson(report, text);
        } else {
            Style style = Style.of(!noColor && console.colorAllowed());
            ParseReportWriter.writeText(report, SourceLookup.of(byName), style, text);
        }
        ReportOutput.deliver(text.toString(), null, console);
        return report.hasErrors() ? ExitStatus.FINDINGS : ExitStatus.OK;
    }

    private SourceFile read(String name) {
        Path path;
        try {
            path = console.workingDir().resolve(name);
        } catch (InvalidPathException e) {
            throw new CliException(name + ": not a valid path");
        }
        if (Files.isDirectory(path)) {
            throw new CliException(name + ": is a directory (templint parse reads files; use templint check)");
        }
        try {
            long size = Files.size(path);
            if (size > ParseOptions.DEFAULTS.maxFileBytes()) {
                throw new CliException(name + ": too large: " + ParseOptions.DEFAULTS.fileTooLargeMessage(size));
            }
            return new SourceFile(name, Files.readAllBytes(path));
        } catch (IOException | RuntimeException e) {
            if (e instanceof CliException c) {
                throw c;
            }
            throw new CliException(name + ": cannot read: " + Messages.of(e), e);
        }
    }
}
