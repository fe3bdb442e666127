package io.templint.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.api.Finding;
import io.templint.api.Input;
import io.templint.api.Report;
import io.templint.api.ReportJson;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.api.TemplintException;
import io.templint.eval.EvalLimits;
import io.templint.internal.InOrder;
import io.templint.terraform.LoadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Templint#analyze(List)} with {@code parallelism} and {@link Templint#analyze(List, java.util.concurrent.Executor)}:
 * the report of a sequential run, in input order, with a template past its deadline and an
 * unreadable one in the middle of the list touching none of the others.
 */
class ParallelListTest {

    private static final String STOPPED = "the analysis of this template was stopped before it ended, so nothing"
        + " is reported about it: ";

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aSlowAndAnUnreadableTemplateInTheMiddleTouchNoOther() throws Exception {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            inputs.add(Input.files(Map.of("main.tf", ("locals { a" + i + " = " + i + " }\n")
                .getBytes(StandardCharsets.UTF_8)), "ok" + i));
        }
        inputs.add(3, Input.files(HostileWork.REGEX_LOOP.files(), "slow"));
        inputs.add(4, Input.path(tmp.resolve("no-such-folder")));
        inputs.add(5, Input.files(Map.of("main.tf", "locals {\n".getBytes(StandardCharsets.UTF_8)), "broken"));

        Report sequential = unbounded().timeout(Duration.ofSeconds(2)).build().analyze(inputs);
        Report parallel = unbounded().timeout(Duration.ofSeconds(2)).parallelism(3).build().analyze(inputs);
        Report onExecutor;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            onExecutor = unbounded().timeout(Duration.ofSeconds(2)).build().analyze(inputs, pool);
        } finally {
            pool.shutdownNow();
        }

        List<TemplateReport> t = sequential.templates();
        assertThat(t).extracting(TemplateReport::path).containsExactly("ok0", "ok1", "ok2", "slow",
            tmp.resolve("no-such-folder").toString(), "broken", "ok3", "ok4", "ok5");
        assertThat(t.get(3).diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("template_source");
            assertThat(f.message()).isEqualTo(STOPPED + "the analysis took longer than its deadline");
        });
        assertThat(t.get(4).diagnostics()).extracting(Finding::rule).containsExactly("template_source");
        assertThat(t.get(5).diagnostics()).extracting(Finding::rule).contains("syntax");
        for (int i : new int[] {0, 1, 2, 6, 7, 8}) {
            assertThat(t.get(i).diagnostics()).extracting(Finding::rule).containsExactly("unused_local");
        }
        assertThat(parallel).isEqualTo(sequential);
        assertThat(onExecutor).isEqualTo(sequential);
        assertThat(ReportJson.toJson(parallel)).isEqualTo(ReportJson.toJson(sequential));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void interruptingTheCallerStopsEveryTemplateAsASequentialRunWould() throws Exception {
        Templint templint = unbounded().parallelism(2).build();
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inputs.add(Input.files(HostileWork.REGEX_LOOP.files(), "t" + i));
        }
        AtomicReference<Report> report = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        AtomicBoolean started = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            started.set(true);
            try {
                report.set(templint.analyze(inputs));
            } catch (TemplintException e) {
                throw new AssertionError(e);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        while (!started.get()) {
            Thread.onSpinWait();
        }
        Thread.sleep(500);
        caller.interrupt();
        caller.join();
        assertThat(report.get().templates()).hasSize(5).allSatisfy(r -> {
            assertThat(r.task().capable()).isNull();
            assertThat(r.diagnostics()).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo(STOPPED + "the analysis was cancelled (its thread was interrupted)"));
        });
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    void aTaskThatThrowsFailsTheRunAsALoopWould() {
        ExecutorService pool = InOrder.pool(2, "test");
        try {
            List<String> seen = new ArrayList<>();
            assertThatThrownBy(() -> InOrder.run(List.of(1, 2, 3, 4), pool, 2, i -> {
                if (i == 3) {
                    throw new IllegalStateException("item " + i);
                }
                return "r" + i;
            }, i -> { }, (i, r) -> seen.add(r))).isInstanceOf(IllegalStateException.class).hasMessage("item 3");
            assertThat(seen).containsExactly("r1", "r2");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theParallelismMustBePositive() {
        assertThatThrownBy(() -> Templint.builder().parallelism(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("the parallelism must be at least 1: 0");
    }

    private static Templint.Builder unbounded() {
        EvalLimits huge = EvalLimits.DEFAULTS.withMaxSteps(Long.MAX_VALUE / 4).withMaxValueBytes(Long.MAX_VALUE / 4);
        return Templint.builder().loadOptions(LoadOptions.DEFAULTS.withEvalLimits(huge));
    }
}
