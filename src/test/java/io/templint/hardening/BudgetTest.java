package io.templint.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.api.Finding;
import io.templint.api.Input;
import io.templint.api.Report;
import io.templint.api.Severity;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.api.TemplintException;
import io.templint.eval.EvalLimits;
import io.templint.eval.Value;
import io.templint.terraform.LoadOptions;
import io.templint.terraform.source.SourceLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The budgets of issue #11: every function and loop charges the template's steps, the values of
 * one template's evaluation are bounded in memory, parsing is bounded by the configuration bytes
 * of a template, an analysis stops when cancelled or past its deadline, findings are placed in
 * logarithmic time. The timeouts only protect the build from a hang; no assertion depends on the
 * clock.
 */
class BudgetTest {

    private static final Templint TEMPLINT = Templint.create();

    private static TemplateReport analyze(HostileWork w) throws TemplintException {
        return TEMPLINT.analyze(w.files(), "t").templates().get(0);
    }

    /** The template's budget warnings (rule terraform), as the report gives them. */
    private static List<String> limitWarnings(TemplateReport report) {
        return report.diagnostics().stream()
            .filter(f -> f.rule().equals("terraform") && f.severity() == Severity.WARNING
                && f.message().startsWith("Evaluation limit reached"))
            .map(Finding::message).toList();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRegexInALoopSpendsTheTemplatesSteps() throws Exception {
        TemplateReport r = analyze(HostileWork.REGEX_LOOP);
        // the reads of the backtracking matcher are steps: the evaluation stops at its step limit,
        // the value is unknown with a warning, never a false "invalid argument" error
        assertThat(limitWarnings(r)).singleElement().asString()
            .contains("Evaluating this expression takes more than 10000000 steps, the limit.");
        assertThat(r.diagnostics()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aBacktrackingFilesetPatternIsALimitNotAHang() throws Exception {
        // *a*a...*ab against a long name of a's: the glob's regular expression backtracks without
        // end, while Go's filepath.Match (Terraform's) would not; the reads are counted instead
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("main.tf", ("locals {\n  f = fileset(path.module, \"" + "*a".repeat(16) + "b\")\n}\n"
            + "output \"f\" { value = local.f }\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("a".repeat(200) + ".txt", new byte[0]);
        TemplateReport r = TEMPLINT.analyze(files, "t").templates().get(0);
        assertThat(limitWarnings(r)).singleElement().asString().contains("Matching the fileset pattern",
            "takes more work than templint allows");
        assertThat(r.diagnostics()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void searchingAMillionElementsRepeatedlySpendsTheBudget() throws Exception {
        TemplateReport r = analyze(HostileWork.CONTAINS_RANGE);
        assertThat(limitWarnings(r)).isNotEmpty()
            .allMatch(m -> m.contains(" in all, the limit."));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void chainedMergesStopAtTheValueMemoryBudget() throws Exception {
        TemplateReport r = analyze(HostileWork.CHAINED_MERGE);
        assertThat(limitWarnings(r)).singleElement().asString()
            .contains("The values of this template's evaluation would take more than 33554432 bytes (estimated) in all,"
                + " the limit.");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void repeatedMillionElementListsStopAtTheValueMemoryBudget() throws Exception {
        for (HostileWork w : List.of(HostileWork.REVERSE_RANGE, HostileWork.FOR_RANGE)) {
            assertThat(limitWarnings(analyze(w))).as(w.name()).isNotEmpty()
                .allMatch(m -> m.contains("bytes (estimated)"));
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aHundredThousandFindingsInOneBlockArePlaced() throws Exception {
        TemplateReport r = analyze(HostileWork.UNUSED_LOCALS);
        List<Finding> unused = r.diagnostics().stream().filter(f -> f.rule().equals("unused_local")).toList();
        assertThat(unused).hasSize(100_000);
        assertThat(unused.get(99_999).line()).isEqualTo(100_001);
        assertThat(unused.stream().map(Finding::fingerprint).distinct().count()).isEqualTo(100_000);
    }

    @Test
    void valueWeightIsComputedOnceAndSaturates() {
        Value s = Value.string("abc");
        assertThat(s.weight()).isEqualTo(Value.NODE_BYTES + 3);
        Value l = Value.tuple(List.of(s, s));
        assertThat(l.weight()).isEqualTo(Value.NODE_BYTES + 2 * s.weight());
        Value o = Value.object(Map.of("k", s));
        assertThat(o.weight()).isEqualTo(Value.NODE_BYTES + Value.ENTRY_BYTES + 1 + s.weight());
        Value v = l;
        for (int i = 0; i < 200; i++) { // shared halves: the weight doubles each level
            v = Value.tuple(List.of(v, v));
        }
        assertThat(v.weight()).isEqualTo(Long.MAX_VALUE);
    }

    // ------------------------------------------------------------------ jsondecode depth

    private static String nestedJson(int depth) {
        return "[".repeat(depth) + "1" + "]".repeat(depth);
    }

    @Test
    void jsondecodeNestsAsDeepAsTemplintsValues() {
        // Terraform's decoder (cty on Go's token stream) has no nesting limit: 900 levels decode
        Analyses.Evaluated ok = Analyses.evaluateLocal("out", "main.tf",
            "locals { out = jsondecode(\"" + nestedJson(900) + "\") }\n");
        assertThat(ok.value().isWhollyKnown()).isTrue();
        assertThat(ok.value().depth()).isEqualTo(900);
        assertThat(ok.diagnostics()).isEmpty();
        // deeper than templint's values: a limit (unknown, a warning), not "not valid JSON"
        Analyses.Evaluated deep = Analyses.evaluateLocal("out", "main.tf",
            "locals { out = jsondecode(\"" + nestedJson(5000) + "\") }\n");
        assertThat(deep.value().isKnown()).isFalse();
        assertThat(deep.problems()).contains("evaluation limit reached")
            .contains("nests arrays and objects more than 1000 levels deep").doesNotContain("not valid json");
    }

    // ------------------------------------------------------------------ parsing memory

    @Test
    void configurationOverTheParsedBytesBudgetIsRefused() {
        String comments = "# " + "x".repeat(1000) + "\n";
        byte[] file = comments.repeat(800).getBytes(StandardCharsets.UTF_8); // 800 KB of comments
        Map<String, byte[]> files = Map.of("a.tf", file, "b.tf", file, "c.tf", file);
        assertThatThrownBy(() -> TEMPLINT.analyze(files, "t"))
            .isInstanceOf(TemplintException.class)
            .hasMessageContaining("more than 2097152 bytes (SourceLimits.maxConfigBytes)");
        Templint more = Templint.builder()
            .sourceLimits(SourceLimits.DEFAULTS.withMaxConfigBytes(4L << 20)).build();
        assertThat(SourceLimits.DEFAULTS.maxConfigBytes()).isEqualTo(2L << 20);
        try {
            assertThat(more.analyze(files, "t").templates()).hasSize(1);
        } catch (TemplintException e) {
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------------ cancellation

    /** Limits so high that {@link HostileWork#REGEX_LOOP} would run for many minutes. */
    private static Templint.Builder unbounded() {
        EvalLimits huge = EvalLimits.DEFAULTS.withMaxSteps(Long.MAX_VALUE / 4).withMaxValueBytes(Long.MAX_VALUE / 4);
        return Templint.builder().loadOptions(LoadOptions.DEFAULTS.withEvalLimits(huge));
    }

    private static void assertStopped(TemplateReport r, String reason) {
        assertThat(r.task().capable()).isNull();
        assertThat(r.diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("template_source");
            assertThat(f.message()).isEqualTo("the analysis of this template was stopped before it ended, so nothing"
                + " is reported about it: " + reason);
            assertThat(f.file()).isEqualTo("t");
        });
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anInterruptedAnalysisStopsAndKeepsTheInterrupt() throws Exception {
        Templint templint = unbounded().build();
        AtomicReference<Report> report = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        AtomicBoolean started = new AtomicBoolean();
        Thread t = new Thread(() -> {
            started.set(true);
            try {
                report.set(templint.analyze(HostileWork.REGEX_LOOP.files(), "t"));
            } catch (TemplintException e) {
                throw new AssertionError(e);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        t.start();
        while (!started.get()) {
            Thread.onSpinWait();
        }
        Thread.sleep(500);
        t.interrupt();
        t.join();
        assertStopped(report.get().templates().get(0), "the analysis was cancelled (its thread was interrupted)");
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anAnalysisPastItsDeadlineStops() throws Exception {
        Templint templint = unbounded().timeout(Duration.ofMillis(300)).build();
        Report report = templint.analyze(HostileWork.REGEX_LOOP.files(), "t");
        assertStopped(report.templates().get(0), "the analysis took longer than its deadline");
        // a deadline does not touch what fits in it
        Report fine = unbounded().timeout(Duration.ofSeconds(60)).build().analyze(Map.of("main.tf", "locals { a = 1 }\n".getBytes(StandardCharsets.UTF_8)), "t");
        assertThat(fine.templates().get(0).diagnostics()).extracting(Finding::rule).containsExactly("unused_local");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aDeadlineStopsTheAnalysisOfAListAndTheOthersGoOn() throws Exception {
        Templint templint = unbounded().timeout(Duration.ofSeconds(3)).build();
        Report report = templint.analyze(List.of(Input.files(HostileWork.REGEX_LOOP.files(), "t"),
            Input.files(Map.of("main.tf", "locals { a = 1 }\n".getBytes(StandardCharsets.UTF_8)), "u")));
        assertStopped(report.templates().get(0), "the analysis took longer than its deadline");
        assertThat(report.templates().get(1).diagnostics()).extracting(Finding::rule).containsExactly("unused_local");
    }

    @Test
    void theTimeoutMustBePositive() {
        assertThatThrownBy(() -> Templint.builder().timeout(Duration.ZERO))
            .isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ 256 MB

    /**
     * Every hostile input, analysed in a fresh JVM with a 256 MB heap: none ends in an
     * OutOfMemoryError (or any error), each reports its budget.
     */
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void everyHostileInputFitsIn256Megabytes(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("output.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), In256Mb.class.getName())
            .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(p.waitFor(590, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        String out = Files.readString(output);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().toList()).as(out).containsExactly(
            "REGEX_LOOP: limit warnings",
            "CONTAINS_RANGE: limit warnings",
            "CHAINED_MERGE: limit warnings",
            "REVERSE_RANGE: limit warnings",
            "FOR_RANGE: limit warnings",
            "UNUSED_LOCALS: 100000 findings");
    }

    /** The child JVM of {@link #everyHostileInputFitsIn256Megabytes}: one line per input, exit 3 on any throwable. */
    static final class In256Mb {
        public static void main(String[] args) {
            try {
                for (HostileWork w : HostileWork.values()) {
                    TemplateReport r = TEMPLINT.analyze(w.files(), "t").templates().get(0);
                    int n = limitWarnings(r).size();
                    System.out.println(w == HostileWork.UNUSED_LOCALS ? w + ": " + r.diagnostics().size() + " findings"
                        : n > 0 ? w + ": limit warnings" : w + ": none");
                }
            } catch (Throwable t) {
                System.out.println("failed: " + t);
                System.exit(3);
            }
        }
    }
}
