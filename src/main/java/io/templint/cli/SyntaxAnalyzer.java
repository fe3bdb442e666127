package io.templint.cli;

import io.templint.api.Finding;
import io.templint.api.Report;
import io.templint.api.TaskReport;
import io.templint.api.TemplateReport;
import io.templint.hcl.Hcl;
import io.templint.hcl.SourceFile;
import io.templint.report.Fingerprints;
import io.templint.report.RuleCatalog;
import io.templint.report.SourceLookup;
import io.templint.report.SyntaxFindings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysis the command line runs until the full one is wired in: it reads each template
 * folder's {@code .tf} and {@code .tf.json} files and reports their syntax errors (rule
 * {@code syntax}). It does not load modules, decide the Task verdict or run rules: its
 * {@code task.capable} is null and says so. Archives and standard input need the loader and are
 * refused with exit status 2.
 */
public final class SyntaxAnalyzer implements Analyzer {

    /** The Task summary of a syntax-only analysis. */
    static final String NOT_ANALYSED = "not analysed: this build of templint checks syntax only";

    @Override
    public AnalysisResult analyze(AnalysisRequest request) {
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        List<TemplateReport> templates = new ArrayList<>();
        int total = request.inputs().size();
        for (int i = 0; i < total; i++) {
            TemplateInput input = request.inputs().get(i);
            request.progress().templateStarted(i, total, input.displayPath());
            if (!(input instanceof TemplateInput.Directory dir)) {
                throw new AnalysisException(input.displayPath()
                    + ": archives and standard input are not supported by this build (syntax check only)");
            }
            templates.add(analyze(dir, sources));
        }
        request.progress().done();
        Report report = new Report(Report.SCHEMA_VERSION, Report.Tool.TEMPLINT, request.effectiveCoderVersion(),
            templates);
        return new AnalysisResult(report, SourceLookup.of(sources));
    }

    private static TemplateReport analyze(TemplateInput.Directory dir, Map<String, SourceFile> sources) {
        ModuleFiles.Result files = ModuleFiles.read(dir.directory(), dir.displayPath());
        List<Finding> findings = new ArrayList<>(files.problems());
        for (SourceFile source : files.sources()) {
            sources.put(source.name(), source);
            findings.addAll(SyntaxFindings.findings(Hcl.parse(source), source.name()));
        }
        if (files.sources().isEmpty() && files.problems().isEmpty()) {
            String message = "No .tf or .tf.json file in " + dir.displayPath();
            findings.add(new Finding(RuleCatalog.EMPTY_TEMPLATE.id(), RuleCatalog.EMPTY_TEMPLATE.defaultSeverity(),
                message, dir.displayPath(), 1, 1, 1, 1, false, null,
                Fingerprints.hash(RuleCatalog.EMPTY_TEMPLATE.id(), dir.displayPath()), List.of()));
        }
        if (!dir.onlyFiles().isEmpty()) {
            Set<String> named = new HashSet<>();
            for (String f : dir.onlyFiles()) {
                named.add(DisplayPaths.join(dir.displayPath(), f));
            }
            findings.removeIf(f -> !named.contains(f.file()));
        }
        findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column));
        TaskReport task = new TaskReport(null, NOT_ANALYSED, List.of(), null, null, List.of(), List.of());
        return new TemplateReport(dir.displayPath(), task, List.of(), List.of(), findings);
    }
}
