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
import io.templint.terraform.source.SourceLimits;
import io.templint.terraform.source.TemplateFiles;
import io.templint.terraform.source.TemplateSourceException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysis the command line runs until the full one is wired in: it reads the {@code .tf}
 * and {@code .tf.json} files at the root of each template (folder, archive or standard input,
 * through the loader's {@link io.templint.terraform.source.TemplateSource}) and reports their
 * syntax errors (rule {@code syntax}). It does not load modules, decide the Task verdict or run
 * rules: its {@code task.capable} is null and its summary says why.
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
            try {
                templates.add(analyze(input, sources));
            } catch (TemplateSourceException e) {
                throw new AnalysisException(e.getMessage(), e);
            }
        }
        request.progress().done();
        Report report = new Report(Report.SCHEMA_VERSION, Report.Tool.TEMPLINT, request.effectiveCoderVersion(),
            templates);
        return new AnalysisResult(report, SourceLookup.of(sources));
    }

    private static TemplateReport analyze(TemplateInput input, Map<String, SourceFile> sources)
        throws TemplateSourceException {
        TemplateFiles files = input.source().open(SourceLimits.DEFAULTS);
        List<Finding> findings = new ArrayList<>();
        int read = 0;
        for (String name : files.fileNames("")) {
            if (!InputResolver.isTerraformFile(name)) {
                continue;
            }
            byte[] bytes = files.read(name);
            if (bytes == null) {
                continue;
            }
            read++;
            SourceFile source = new SourceFile(DisplayPaths.join(input.displayPath(), name), bytes);
            sources.put(source.name(), source);
            findings.addAll(SyntaxFindings.findings(Hcl.parse(source), source.name()));
        }
        if (read == 0) {
            String message = "No .tf or .tf.json file in " + input.displayPath();
            findings.add(new Finding(RuleCatalog.EMPTY_TEMPLATE.id(), RuleCatalog.EMPTY_TEMPLATE.defaultSeverity(),
                message, input.displayPath(), 1, 1, 1, 1, false, null,
                Fingerprints.hash(RuleCatalog.EMPTY_TEMPLATE.id(), input.displayPath()), List.of()));
        }
        if (input instanceof TemplateInput.Directory dir && !dir.onlyFiles().isEmpty()) {
            Set<String> named = new HashSet<>();
            for (String f : dir.onlyFiles()) {
                named.add(DisplayPaths.join(dir.displayPath(), f));
            }
            findings.removeIf(f -> !named.contains(f.file()));
        }
        TaskReport task = new TaskReport(null, NOT_ANALYSED, List.of(), null, null, List.of(), List.of());
        return new TemplateReport(input.displayPath(), task, List.of(), List.of(), findings);
    }
}
