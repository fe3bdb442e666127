package io.templint.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Input;
import io.templint.api.ReportJson;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.api.TemplintException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * One shared {@link Templint} analyses hundreds of templates (generated ones and the Coder,
 * benchmark and Terraform configuration folders of the shared corpus) on a thread pool, and every
 * report is identical to the sequential one: no shared mutable state, no order dependence.
 */
class ParallelAnalysisTest {

    private static final int GENERATED = 200;
    private static final int THREADS = 4;

    @Test
    void concurrentReportsEqualSequentialReports() throws Exception {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            inputs.add(Input.files(GeneratedTemplates.template(i), "generated/" + i));
        }
        Path shared = TemplateFolders.shared();
        if (shared != null) {
            for (String area : List.of("coder", "bench", "terraform/configs")) {
                TemplateFolders.under(shared.resolve("corpus").resolve(area)).forEach(f -> inputs.add(Input.folder(f)));
            }
        } else {
            System.err.println("ParallelAnalysisTest: ../shared/corpus is absent, generated templates only");
        }
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(GENERATED);

        Templint templint = Templint.create();
        List<String> sequential = new ArrayList<>();
        for (Input in : inputs) {
            sequential.add(json(templint, in));
        }
        List<String> concurrent = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {  // twice, so that templates overlap in time differently
                futures.clear();
                List<Input> order = new ArrayList<>(inputs);
                if (round == 1) {
                    java.util.Collections.reverse(order);
                }
                for (Input in : order) {
                    futures.add(pool.submit(() -> json(templint, in)));
                }
                List<String> results = new ArrayList<>();
                for (Future<String> f : futures) {
                    results.add(f.get(5, java.util.concurrent.TimeUnit.MINUTES));
                }
                if (round == 1) {
                    java.util.Collections.reverse(results);
                }
                concurrent = results;
                for (int i = 0; i < inputs.size(); i++) {
                    assertThat(concurrent.get(i)).as("round %d: %s", round, inputs.get(i).displayPath())
                        .isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(concurrent).hasSameSizeAs(sequential);
    }

    private static String json(Templint templint, Input in) throws TemplintException {
        TemplateReport r = templint.analyzeTemplate(in).report();
        return ReportJson.toJson(templint.report(List.of(r)));
    }

}
