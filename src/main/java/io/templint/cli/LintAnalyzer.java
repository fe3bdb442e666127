package io.templint.cli;

import io.templint.api.Finding;
import io.templint.api.Report;
import io.templint.api.TaskReport;
import io.templint.api.TemplateReport;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.SourceFile;
import io.templint.report.Fingerprints;
import io.templint.report.RuleCatalog;
import io.templint.report.SourceLookup;
import io.templint.report.SyntaxFindings;
import io.templint.rules.AnalysedTemplate;
import io.templint.rules.RuleEngine;
import io.templint.rules.RuleRegistry;
import io.templint.terraform.source.SourceLimits;
import io.templint.terraform.source.TemplateFiles;
import io.templint.terraform.source.TemplateSourceException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The analysis {@code templint check} runs until the full one (module tree, static values, Coder
 * facts) is wired in through {@link CliServices}: it reads the {@code .tf} and {@code .tf.json}
 * files at the root of each template (folder, archive or standard input, through the loader's
 * {@link io.templint.terraform.source.TemplateSource}), reports their syntax errors (rule
 * {@code syntax}) and runs the rule engine over them; rules that need facts it does not build are
 * skipped. Its {@code task.capable} is null and the summary says why.
 */
final class LintAnalyzer implements Analyzer {

    /** The Task summary of this analysis. */
    static final String NOT_ANALYSED = "not analysed: this build of templint checks syntax and lint rules only";

    private final RuleRegistry registry;

    /** An analysis that runs {@code registry}'s rules. */
    public LintAnalyzer(RuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public AnalysisResult analyze(AnalysisRequest request) {
        RuleEngine engine;
        try {
            engine = RuleEngine.create(registry, request.config());
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(e.getMessage(), e);
        }
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        List<TemplateReport> templates = new ArrayList<>();
        int total = request.inputs().size();
        for (int i = 0; i < total; i++) {
            TemplateInput input = request.inputs().get(i);
            request.progress().templateStarted(i, total, input.displayPath());
            try {
                templates.add(analyze(input, engine, request.keepSources() ? sources : new HashMap<>()));
            } catch (TemplateSourceException e) {
                throw new AnalysisException(e.getMessage(), e);
            }
        }
        request.progress().done();
        Report report = new Report(Report.SCHEMA_VERSION, Report.Tool.TEMPLINT, request.effectiveCoderVersion(),
            templates);
        return new AnalysisResult(report, SourceLookup.of(sources));
    }

    private static TemplateReport analyze(TemplateInput input, RuleEngine engine, Map<String, SourceFile> sources)
        throws TemplateSourceException {
        String template = input.displayPath();
        UnaryOperator<String> display = inside -> DisplayPaths.join(template, inside);
        TemplateFiles files = input.source().open(SourceLimits.DEFAULTS);
        List<HclFile> parsed = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (String name : files.fileNames("")) {
            byte[] bytes = InputResolver.isTerraformFile(name) ? files.read(name) : null;
            if (bytes != null) {
                HclFile file = Hcl.parse(new SourceFile(name, bytes));
                sources.put(display.apply(name), file.source());
                parsed.add(file);
                findings.addAll(SyntaxFindings.findings(file, display));
            }
        }
        if (parsed.isEmpty()) {
            findings.add(emptyTemplate(template));
        } else {
            findings.addAll(engine.run(AnalysedTemplate.of(template, parsed)).toApiFindings(display));
        }
        if (input instanceof TemplateInput.Directory dir && !dir.onlyFiles().isEmpty()) {
            Set<String> named = new HashSet<>();
            for (String f : dir.onlyFiles()) {
                named.add(display.apply(f));
            }
            findings.removeIf(f -> !named.contains(f.file()));
        }
        sortInFileOrder(findings, parsed, display);
        TaskReport task = new TaskReport(null, NOT_ANALYSED, List.of(), null, null, List.of(), List.of());
        return new TemplateReport(template, task, List.of(), List.of(), findings);
    }

    /** Orders findings as the template lists its files, then by position. */
    private static void sortInFileOrder(List<Finding> findings, List<HclFile> files, UnaryOperator<String> display) {
        Map<String, Integer> order = new HashMap<>();
        for (HclFile f : files) {
            order.putIfAbsent(display.apply(f.name()), order.size());
        }
        findings.sort(Comparator.comparingInt((Finding f) -> order.getOrDefault(f.file(), Integer.MAX_VALUE))
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column));
    }

    private static Finding emptyTemplate(String template) {
        String message = "No .tf or .tf.json file in " + template;
        return new Finding(RuleCatalog.EMPTY_TEMPLATE.id(), RuleCatalog.EMPTY_TEMPLATE.defaultSeverity(), message,
            template, 1, 1, 1, 1, false, null, Fingerprints.hash(RuleCatalog.EMPTY_TEMPLATE.id(), template),
            List.of());
    }
}
