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
import io.templint.report.SourceLookup;
import io.templint.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Templint templint;
        try {
            templint = Templint.builder().rules(registry).config(request.config())
                .coderVersion(request.effectiveCoderVersion()).kind(request.kind()).moduleRoot(request.moduleRoot())
                .moduleCatalog(request.moduleCatalog()).build();
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(e.getMessage(), e);
        }
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        List<TemplateReport> templates = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int total = request.inputs().size();
        List<Input> inputs = request.inputs().stream().map(TemplintAnalyzer::input).toList();
        LocalModuleCalls calls = templint.localModuleCalls(inputs);
        for (int i = 0; i < total; i++) {
            TemplateInput input = request.inputs().get(i);
            request.progress().templateStarted(i, total, input.displayPath());
            TemplateAnalysis analysis;
            try {
                analysis = templint.analyzeTemplate(inputs.get(i), calls);
            } catch (TemplintException e) {
                // one unreadable template must not hide the reports of the others
                failures.add(e.getMessage());
                templates.add(templint.unreadable(input.displayPath(), e.getMessage()));
                continue;
            }
            if (request.keepSources()) {
                sources.putAll(analysis.sources());
            }
            templates.add(onlyNamedFiles(input, analysis.report()));
        }
        request.progress().done();
        Report report = templint.report(templates);
        return new AnalysisResult(report, SourceLookup.of(sources), failures);
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
