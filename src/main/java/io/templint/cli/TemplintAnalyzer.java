package io.templint.cli;

import io.templint.api.Finding;
import io.templint.api.Input;
import io.templint.api.LocalModuleCalls;
import io.templint.api.Report;
import io.templint.api.TemplateAnalysis;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.api.TemplintException;
import io.templint.hcl.SourceFile;
import io.templint.internal.InOrder;
import io.templint.report.SourceLookup;
import io.templint.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * The full analysis behind {@code templint check}: the public {@link Templint} API (module tree,
 * static values, Coder facts, rules) over each input, findings narrowed to the files named when the
 * user named single files. A template that cannot be read at all becomes a {@code template_source}
 * entry and a failure, and the run goes on with the next.
 */
final class TemplintAnalyzer implements Analyzer {

    private final RuleRegistry registry;

    /** An analysis that runs {@code registry}'s rules. */
    public TemplintAnalyzer(RuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public AnalysisResult analyze(AnalysisRequest request) {
        // one instance per configuration, all made before any worker starts
        Instances instances = Instances.of(registry, request);
        Templint templint = instances.common();
        List<Templint> perInput = instances.perInput();
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        List<TemplateReport> templates = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int total = request.inputs().size();
        List<Input> inputs = request.inputs().stream().map(TemplintAnalyzer::input).toList();
        List<Integer> order = java.util.stream.IntStream.range(0, total).boxed().toList();
        int jobs = Math.min(request.jobs(), Math.max(1, total));
        ExecutorService pool = jobs > 1 ? InOrder.pool(jobs, "templint-check") : null;
        try {
            // the folders' own module calls decide which are modules; read on the workers too
            LocalModuleCalls calls = pool != null ? templint.localModuleCalls(inputs, pool)
                : templint.localModuleCalls(inputs);
            // each template on its own: a worker keeps only what the report needs (the entry, and the
            // sources when code frames are shown), so at most a window of analyses is in memory at once
            java.util.function.Function<Integer, Done> task = i -> {
                TemplateInput input = request.inputs().get(i);
                try {
                    TemplateAnalysis analysis = perInput.get(i).analyzeTemplate(inputs.get(i), calls);
                    return new Done(onlyNamedFiles(input, analysis.report()),
                        request.keepSources() ? analysis.sources() : Map.of(), null);
                } catch (TemplintException e) {
                    // one unreadable template must not hide the reports of the others
                    return new Done(templint.unreadable(input.displayPath(), e.getMessage()), Map.of(), e.getMessage());
                }
            };
            InOrder.run(order, pool, 2 * jobs, task,
                i -> request.progress().templateStarted(i, total, request.inputs().get(i).displayPath()),
                (i, done) -> {
                    if (done.failure() != null) {
                        failures.add(done.failure());
                    }
                    sources.putAll(done.sources());
                    templates.add(done.report());
                });
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        request.progress().done();
        Report report = templint.report(templates);
        return new AnalysisResult(report, SourceLookup.of(sources), failures);
    }


    /** What a worker hands back of one template's analysis. */
    private record Done(TemplateReport report, Map<String, SourceFile> sources, String failure) {
    }

    /** The library's input: a folder or archive file keeps its location (for paths globs and module calls). */
    private static Input input(TemplateInput input) {
        Path location = input instanceof TemplateInput.Directory d ? d.directory()
            : input instanceof TemplateInput.Archive a ? a.archive() : null;
        return new Input(input.source(), input.displayPath(), location, null);
    }

    /** For a folder given as single files, the report with only the findings in those files. */
    private static TemplateReport onlyNamedFiles(TemplateInput input, TemplateReport report) {
        if (!(input instanceof TemplateInput.Directory dir) || dir.onlyFiles().isEmpty()) {
            return report;
        }
        Set<String> named = new HashSet<>();
        for (String f : dir.onlyFiles()) {
            named.add(DisplayPaths.join(input.displayPath(), f));
        }
        List<Finding> kept = report.diagnostics().stream().filter(f -> named.contains(f.file())).toList();
        return report.withDiagnostics(kept);
    }
}
