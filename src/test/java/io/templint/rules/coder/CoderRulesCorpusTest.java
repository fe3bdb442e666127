package io.templint.rules.coder;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Finding;
import io.templint.api.Templint;
import io.templint.api.TemplateReport;
import io.templint.testkit.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Coder rules over real Coder templates, registry modules and Coder's own provisioner fixtures
 * ({@code ../shared/corpus/coder}), under every range of releases: no rule fails, and Coder's
 * fixtures get the findings Coder's own behaviour calls for.
 */
class CoderRulesCorpusTest {

    private static final String PROVISIONER = "coder-coder/provisioner/terraform/testdata/resources/";

    @Test
    void noRuleFailsOnTheCorpusUnderAnyRelease() throws IOException {
        Path corpus = corpus();
        List<Path> dirs = templateDirs(corpus);
        for (String version : List.of("2.23", "2.27", "2.28", "2.30", "2.34", "2.37")) {
            Templint templint = Templint.builder().coderVersion(version).build();
            for (Path dir : dirs) {
                for (Finding f : findings(templint, dir)) {
                    assertThat(f.rule()).as(version + " " + corpus.relativize(dir) + ": " + f.message())
                        .isNotEqualTo("internal_error");
                }
            }
        }
    }

    @Test
    void coderProvisionerFixturesUnderTheDefaultRelease() throws IOException {
        Path corpus = corpus();
        Templint templint = Templint.create();
        Map<String, List<String>> rules = new TreeMap<>();
        for (String name : List.of("ai-tasks-missing-prompt", "ai-tasks-multiple", "ai-tasks-sidebar")) {
            Path dir = corpus.resolve(PROVISIONER + name);
            assertThat(dir).as("Coder's provisioner fixture").isDirectory();
            rules.put(name, findings(templint, dir).stream().map(Finding::rule).filter(r -> r.startsWith("coder_"))
                .sorted().toList());
        }
        // The fixtures hold no coder_app (their app ids are literal UUIDs).
        assertThat(rules.get("ai-tasks-missing-prompt"))
            .containsExactly("coder_ai_task_missing_prompt", "coder_ai_task_without_app");
        assertThat(rules.get("ai-tasks-multiple")).contains("coder_ai_task_multiple")
            .doesNotContain("coder_ai_task_missing_prompt");
        assertThat(rules.get("ai-tasks-sidebar")).contains("coder_ai_task_missing_prompt");
    }

    private static Path corpus() {
        return SharedCorpus.require("corpus/coder");
    }

    private static List<Path> templateDirs(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(Files::isDirectory).filter(CoderRulesCorpusTest::hasConfig).sorted().toList();
        }
    }

    private static boolean hasConfig(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".tf"));
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Finding> findings(Templint templint, Path dir) {
        try {
            List<Finding> out = new ArrayList<>();
            for (TemplateReport t : templint.analyze(dir).templates()) {
                out.addAll(t.diagnostics());
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(dir + ": " + e, e);
        }
    }
}
