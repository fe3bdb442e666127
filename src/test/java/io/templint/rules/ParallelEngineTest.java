package io.templint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.SourceFile;
import io.templint.rules.testing.RuleTester;
import io.templint.testkit.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One engine over many templates on a thread pool gives exactly the sequential results: rules and
 * the engine hold no state between templates.
 */
class ParallelEngineTest {

    @Test
    void parallelRunsEqualSequentialRuns() throws Exception {
        List<AnalysedTemplate> templates = new ArrayList<>();
        templates.addAll(templatesUnder(RuleTester.FIXTURE_ROOT));
        templates.addAll(templatesUnder(SharedCorpus.require("corpus/coder")));
        templates.addAll(templatesUnder(SharedCorpus.require("corpus/bench/aws-modules")));
        for (int i = 0; i < 50; i++) {
            templates.add(TestRules.template("gen" + i + ".tf", generated(i)));
        }
        assertThat(templates).hasSizeGreaterThan(50);

        RuleEngine engine = RuleEngine.create(RuleRegistry.builtin(), TemplintConfig.EMPTY);
        List<LintResult> sequential = new ArrayList<>();
        for (AnalysedTemplate t : templates) {
            sequential.add(engine.run(t));
        }
        List<LintResult> parallel = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // Every template twice, interleaved, so that the same syntax index is built concurrently.
            List<Future<LintResult>> futures = new ArrayList<>();
            List<Future<LintResult>> again = new ArrayList<>();
            for (AnalysedTemplate t : templates) {
                futures.add(pool.submit(() -> engine.run(t)));
                again.add(pool.submit(() -> engine.run(t)));
            }
            for (int i = 0; i < futures.size(); i++) {
                parallel.add(futures.get(i).get());
                assertThat(again.get(i).get()).isEqualTo(parallel.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential).flatMap(LintResult::findings).extracting(RuleFinding::ruleId)
            .as("no rule fails on real templates").doesNotContain(RuleEngine.INTERNAL_ERROR_ID)
            .as("the generated templates have findings").contains("terraform_deprecated_interpolation");
    }

    private static String generated(int i) {
        return """
            variable "v%1$d" { type = string }
            locals {
              a%1$d = "${var.v%1$d}"
              b%1$d = coder_agent.main.%2$d.id
              c%1$d = "x-${var.v%1$d}"
            }
            resource "null_resource" "r%3$d" {}
            resource "null_resource" "r%3$d" {}
            """.formatted(i, i % 3, i % 7);
    }

    /** Every folder with .tf files under {@code root} (depth-limited) as a template of its files. */
    private static List<AnalysedTemplate> templatesUnder(Path root) throws IOException {
        Map<Path, List<Path>> byDir = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root, 8)) {
            s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".tf"))
                .forEach(p -> byDir.computeIfAbsent(p.getParent(), d -> new ArrayList<>()).add(p));
        }
        List<AnalysedTemplate> out = new ArrayList<>();
        for (Map.Entry<Path, List<Path>> e : byDir.entrySet()) {
            List<HclFile> files = new ArrayList<>();
            for (Path p : e.getValue().stream().sorted().toList()) {
                files.add(Hcl.parse(new SourceFile(root.relativize(p).toString(), Files.readAllBytes(p))));
            }
            out.add(AnalysedTemplate.of(e.getKey().toString(), files));
        }
        return out;
    }
}
