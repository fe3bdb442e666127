package io.templint.api;

import io.templint.coder.CoderAnalysis;
import io.templint.coder.CoderFacts;
import io.templint.coder.CoderRelease;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;
import io.templint.internal.Cancellation;
import io.templint.report.RuleCatalog;
import io.templint.report.SyntaxFindings;
import io.templint.rules.AnalysedTemplate;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.Fingerprints;
import io.templint.rules.RuleEngine;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.LoadOptions;
import io.templint.terraform.DuplicateDeclarations;
import io.templint.terraform.Module;
import io.templint.terraform.ModuleCatalog;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.SharedModuleFiles;
import io.templint.terraform.TemplateEvaluation;
import io.templint.terraform.TemplateLoader;
import io.templint.terraform.UnresolvedModuleCall;
import io.templint.terraform.source.TemplateSourceException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The analysis of one template: load the module tree, report syntax and loader problems, compute
 * the Coder facts, run the rules, assemble the report entry. Stateless apart from its settings.
 */
final class TemplateAnalyzer {

    /** Folder prefix of installed modules: their files are analysed but not linted (users do not edit them). */
    private static final String INSTALLED_MODULES = ".terraform/";

    private final LoadOptions loadOptions;
    private final CoderRelease release;
    private final RuleEngine engine;
    private final KindResolver kinds;
    private final Duration timeout;
    /** Module files read by several templates (a repository's examples all call its root module). */
    private final SharedModuleFiles sharedFiles;

    TemplateAnalyzer(LoadOptions loadOptions, CoderRelease release, RuleEngine engine, KindResolver kinds,
            Duration timeout) {
        this.loadOptions = loadOptions;
        this.release = release;
        this.engine = engine;
        this.kinds = kinds;
        this.timeout = timeout;
        this.sharedFiles = new SharedModuleFiles(loadOptions.parseOptions());
    }

    LoadOptions loadOptions() {
        return loadOptions;
    }

    /** The files parsed for several readers of the run (see {@link SharedModuleFiles}). */
    SharedModuleFiles sharedFiles() {
        return sharedFiles;
    }

    /**
     * Analyses one template on the calling thread. When that thread is interrupted, or the analysis
     * outlives its timeout, every stage stops at its next check (evaluation at its next step, the
     * loader before its next file, the rule engine before its next rule) and the entry is
     * {@link #stopped}; the thread's interrupt status is kept.
     */
    TemplateAnalysis analyze(Input input, LocalModuleCalls calls) throws TemplintException {
        Cancellation cancellation = Cancellation.forCurrentThread(timeout);
        TemplateAnalysis analysis;
        try (Cancellation.Scope scope = Cancellation.install(cancellation)) {
            analysis = analyzeUnchecked(input, calls);
        } catch (Cancellation.Stopped e) {
            return stopped(input.displayPath(), e.getMessage());
        } catch (OutOfMemoryError | StackOverflowError e) {
            // the budgets are meant to make these unreachable; if one happens anyway, the template's
            // trees and values are released by now, and the caller gets an entry rather than an Error
            return failed(input.displayPath(), e);
        }
        if (cancellation.reason() != null) {
            return stopped(input.displayPath(), cancellation.reason());
        }
        return analysis;
    }

    /**
     * The entry of a template whose analysis was stopped (cancelled or past its deadline): like an
     * unreadable template's ({@code Templint.unreadable}), its Task verdict unknown and one finding
     * of rule {@code template_source} at the template's path saying why, for what was found until
     * then may be incomplete or wrong.
     */
    static TemplateAnalysis stopped(String template, String reason) {
        String id = RuleCatalog.TEMPLATE_SOURCE.id();
        String message = "the analysis of this template was stopped before it ended, so nothing is reported"
            + " about it: " + reason;
        Finding finding = new Finding(id, RuleCatalog.TEMPLATE_SOURCE.defaultSeverity(), message, template, 1, 1, 1, 1,
            false, null, Fingerprints.hash(id, template, message), List.of());
        TaskReport task = new TaskReport(null, "not analysed: the analysis was stopped", List.of(), null, null,
            null, List.of(), List.of());
        return new TemplateAnalysis(new TemplateReport(template, task, List.of(), List.of(), List.of(finding)), null,
            Map.of());
    }

    /** The entry of a template whose analysis failed as a whole: one internal error finding, the Task verdict unknown. */
    private static TemplateAnalysis failed(String template, Throwable e) {
        String message = "templint failed to analyse this template, so nothing is reported about it: "
            + e.getClass().getSimpleName();
        String id = RuleEngine.INTERNAL_ERROR_ID;
        Finding finding = new Finding(id, Severity.ERROR, message, template, 1, 1, 1, 1, false, null,
            Fingerprints.hash(id, template, message), List.of());
        TaskReport task = new TaskReport(null, "not analysed: the analysis failed on this template", List.of(), null,
            null, null, List.of(), List.of());
        return new TemplateAnalysis(new TemplateReport(template, task, List.of(), List.of(), List.of(finding)), null,
            Map.of());
    }

    private TemplateAnalysis analyzeUnchecked(Input input, LocalModuleCalls calls) throws TemplintException {
        String template = input.displayPath();
        UnaryOperator<String> display = inside -> DisplayPath.join(template, inside);
        ModuleTree tree;
        try {
            tree = TemplateLoader.load(input.source(), loadOptions, sharedFiles);
        } catch (TemplateSourceException e) {
            throw new TemplintException(e.getMessage(), e);
        }
        KindResolver.Decision kind = kinds.decide(input, calls, tree.root());
        List<HclFile> files = distinctFiles(tree);
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (HclFile f : files) {
            sources.put(display.apply(f.name()), f.source());
            findings.addAll(SyntaxFindings.findings(f, display));
        }
        findings.addAll(loaderFindings(tree, files, display));
        files = files.stream().filter(f -> !isCatalog(f.name())).toList();
        sources.keySet().removeIf(TemplateAnalyzer::isCatalog);
        Cancellation.current().checkpoint();
        ReportAssembler assembler = new ReportAssembler(display);
        CoderFacts facts;
        // one evaluation for the whole analysis: the problems reported, the Coder facts, the rules
        TemplateEvaluation evaluation = tree.evaluation();
        try {
            evaluation.evaluateAll(); // first: the problems found must not depend on what the Coder analysis asks
            Cancellation.current().checkpoint(); // a stopped evaluation left every value unknown: go no further
            facts = CoderAnalysis.analyze(evaluation, release);
            Cancellation.current().checkpoint();
            findings.addAll(evaluationFindings(evaluation, display));
        } catch (Cancellation.Stopped e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a bug, never bad input: say so in the report rather than lose the template's other findings
            findings.add(internalError(template, e));
            sortInFileOrder(findings, files, display);
            TaskReport unknown = new TaskReport(null, "not analysed: the Coder analysis failed on this template",
                List.of(), null, null, null, List.of(), List.of());
            List<UnresolvedModule> unresolved = tree.unresolved().stream().map(UnresolvedModuleCall::toReport).toList();
            return new TemplateAnalysis(new TemplateReport(template, kind.kind(), unknown, unresolved, List.of(), List.of(),
                findings), null, sources);
        }
        if (tree.root().files().isEmpty()) {
            findings.add(emptyTemplate(template));
        } else {
            AnalysedTemplate analysed = AnalysedTemplate.builder(template)
                .files(files.stream().filter(f -> !f.name().startsWith(INSTALLED_MODULES)).toList())
                .put(AnalysisFacts.MODULE_TREE, tree)
                .put(AnalysisFacts.CODER, facts)
                .put(TerraformFacts.EVALUATION, evaluation)
                .put(AnalysisFacts.KIND, kind.kind())
                .build();
            findings.addAll(engine.run(analysed, input.location()).toApiFindings(display));
        }
        // a module from the module catalog is no file of the template: nothing in it is reported
        findings.removeIf(f -> isCatalog(f.file()));
        sortInFileOrder(findings, files, display);
        TaskReport task = kind.kind() == TemplateKind.MODULE ? assembler.moduleTask(facts, kind.reason())
            : assembler.task(facts);
        TemplateReport report = new TemplateReport(template, kind.kind(), task, assembler.unresolvedModules(facts),
            assembler.agents(facts), assembler.sensitiveVariables(facts), findings, resolvedModules(tree));
        return new TemplateAnalysis(report, facts, sources);
    }

    private static boolean isCatalog(String file) {
        return file.startsWith(ModuleCatalog.DIR_PREFIX);
    }

    /** The module calls resolved from the module catalog, as the report lists them. */
    private static List<ResolvedModule> resolvedModules(ModuleTree tree) {
        return tree.catalogModules().stream().map(c -> new ResolvedModule(c.address(), c.call().source(),
            c.call().version(), c.version(), ResolvedModule.CATALOG, c.catalogDate(), c.exact())).toList();
    }

    /** Every parsed file once (a folder called by two module blocks is parsed once), in load order. */
    private static List<HclFile> distinctFiles(ModuleTree tree) {
        Set<String> seen = new HashSet<>();
        List<HclFile> out = new ArrayList<>();
        for (Module m : tree.modules().values()) {
            for (HclFile f : m.files()) {
                if (seen.add(f.name())) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The loader's diagnostics that are not syntax errors, once each, as findings of rule {@code terraform}. */
    private static List<Finding> loaderFindings(ModuleTree tree, List<HclFile> files, UnaryOperator<String> display) {
        Set<Diagnostic> syntax = Collections.newSetFromMap(new IdentityHashMap<>());
        for (HclFile f : files) {
            syntax.addAll(f.diagnostics());
        }
        boolean empty = tree.root().files().isEmpty();
        List<Diagnostic> loader = new ArrayList<>();
        for (Diagnostic d : tree.diagnostics()) {
            if (syntax.contains(d) || empty && d.subject() != null && d.subject().filename().equals(tree.files().name())) {
                continue; // an empty template is reported as empty_template
            }
            if (DuplicateDeclarations.isDuplicate(d) && d.subject() != null
                    && !d.subject().filename().startsWith(INSTALLED_MODULES)) {
                continue; // reported once, by the rule terraform_duplicate_declaration
            }
            loader.add(d);
        }
        return terraformFindings(loader, display);
    }

    /**
     * The problems the static evaluation met ({@link TemplateEvaluation#problems()}: cycles, an
     * invalid count or for_each, limits reached, files outside the template not read), as findings
     * of rule {@code terraform}. Errors are what Terraform rejects too; warnings say that the
     * analysis is incomplete or that templint did not read a file Terraform would read, leaving the
     * value unknown (a warning, not an error: Terraform allows reading outside the module, but a
     * template that depends on files of the machine it is planned on deserves a look).
     */
    private static List<Finding> evaluationFindings(TemplateEvaluation evaluation, UnaryOperator<String> display) {
        return terraformFindings(evaluation.problems(), display);
    }

    /** Diagnostics as findings of rule {@code terraform}, once each (by file, range and message). */
    private static List<Finding> terraformFindings(List<Diagnostic> diagnostics, UnaryOperator<String> display) {
        Set<String> seen = new HashSet<>();
        List<Finding> out = new ArrayList<>();
        String id = RuleCatalog.TERRAFORM.id();
        for (Diagnostic d : diagnostics) {
            String message = SyntaxFindings.message(d);
            Range r = d.subject();
            String file = r == null ? display.apply("") : display.apply(r.filename());
            if (!seen.add(file + ":" + (r == null ? "" : r.startByte() + "-" + r.endByte()) + ":" + message)) {
                continue;
            }
            int line = r == null ? 1 : Math.max(1, r.startLine());
            int column = r == null ? 1 : Math.max(1, r.startColumn());
            int endLine = r == null ? line : Math.max(line, r.endLine());
            int endColumn = r == null ? column : r.endLine() <= r.startLine() ? Math.max(column, r.endColumn())
                : Math.max(1, r.endColumn());
            out.add(new Finding(id, SyntaxFindings.severity(d), message, file, line, column, endLine, endColumn,
                false, null, Fingerprints.hash(id, r == null ? "" : r.filename(), message), List.of()));
        }
        return out;
    }

    private static Finding internalError(String template, Throwable e) {
        String message = "the Coder analysis failed on this template, so its Task verdict, agents and sensitive"
            + " variables are missing: " + e.getClass().getSimpleName();
        String id = RuleEngine.INTERNAL_ERROR_ID;
        return new Finding(id, Severity.ERROR, message, template, 1, 1, 1, 1, false, null,
            Fingerprints.hash(id, template, message), List.of());
    }

    private static Finding emptyTemplate(String template) {
        String message = "No .tf or .tf.json file in " + template;
        String id = RuleCatalog.EMPTY_TEMPLATE.id();
        return new Finding(id, RuleCatalog.EMPTY_TEMPLATE.defaultSeverity(), message, template, 1, 1, 1, 1, false,
            null, Fingerprints.hash(id, template), List.of());
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
}
