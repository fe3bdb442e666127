package io.templint.hardening;

import io.templint.api.Finding;
import io.templint.api.ReportJson;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.api.TemplintException;

import io.templint.eval.Value;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.terraform.LoadOptions;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.TemplateEvaluation;
import io.templint.terraform.source.SourceLimits;
import io.templint.terraform.source.TemplateSource;
import io.templint.terraform.source.TemplateSourceException;
import io.templint.testkit.Crashes;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Analysis of in-memory templates through the public API, as an import pipeline runs it. */
final class Analyses {

    /**
     * The parser's own defences are tested on files beyond the default
     * {@link SourceLimits#maxConfigBytes()} (5 MB strings, 100,000 attributes), so these analyses
     * parse as much configuration as the source limits let in; {@code BudgetTest} tests that budget.
     */
    static final SourceLimits LIMITS = SourceLimits.DEFAULTS.withMaxConfigBytes(SourceLimits.DEFAULTS.maxTotalBytes());

    /** Likewise, files up to the source limits' size are parsed (the default {@code ParseOptions} stop at 2 MiB). */
    static final LoadOptions LOAD = LoadOptions.DEFAULTS.withSourceLimits(LIMITS).withParseOptions(
        new ParseOptions(ParseOptions.DEFAULTS.maxNestingDepth(), SourceLimits.DEFAULTS.maxFileBytes()));

    private static final Templint TEMPLINT = Templint.builder().sourceLimits(LIMITS).loadOptions(LOAD).build();

    private Analyses() { }

    /** Analyses a template of one {@code main.tf}. */
    static TemplateReport analyze(String mainTf) {
        return analyze(Map.of("main.tf", mainTf.getBytes(StandardCharsets.UTF_8)));
    }

    /** Analyses files given as path, text, path, text, ... */
    static TemplateReport analyze(String... pathsAndTexts) {
        return analyze(files(pathsAndTexts));
    }

    /**
     * Analyses files; the report is complete (it serialises), holds no internal error, which would
     * mean an exception was caught inside templint, and no finding outside its file ({@link Crashes}).
     */
    static TemplateReport analyze(Map<String, byte[]> files) {
        try {
            var report = TEMPLINT.analyze(files, "t");
            ReportJson.toJson(report);
            return Crashes.check(report.templates().get(0), files);
        } catch (TemplintException e) {
            throw new AssertionError("in-memory files with plain names are always readable", e);
        }
    }

    /** A root module local value and the evaluation problems met computing it. */
    record Evaluated(Value value, List<Diagnostic> diagnostics) {

        /** Every diagnostic as one lower-case text, for keyword checks. */
        String problems() {
            return diagnostics.toString().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Loads files (path, text, ...) and evaluates the root module's {@code local.<name>}, as the analysis does. */
    static Evaluated evaluateLocal(String name, String... pathsAndTexts) {
        try {
            ModuleTree tree = io.templint.terraform.TemplateLoader.load(TemplateSource.files("t", files(pathsAndTexts)),
                LOAD);
            TemplateEvaluation evaluation = tree.evaluation();
            Value value = evaluation.root().local(name);
            List<Diagnostic> all = new java.util.ArrayList<>(tree.diagnostics());
            all.addAll(evaluation.diagnostics());
            Map<String, SourceFile> sources = new LinkedHashMap<>();
            files(pathsAndTexts).forEach((n, b) -> sources.put(n, new SourceFile(n, b)));
            Crashes.check(all, sources);
            return new Evaluated(value, all);
        } catch (TemplateSourceException e) {
            throw new AssertionError("in-memory files with plain names are always readable", e);
        }
    }

    private static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** The messages of a report's error findings of one rule. */
    static List<String> messages(TemplateReport report, String rule) {
        return report.diagnostics().stream().filter(f -> f.rule().equals(rule)).map(Finding::message).toList();
    }
}
