package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import io.templint.testkit.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every JSON-syntax file of the shared conformance corpus: HCL's spec suite and Terraform's
 * configuration test data. Files load without errors, except the ones whose JSON syntax is broken
 * on purpose (Terraform's other invalid JSON fixtures fail in its decoder, for reasons that are the
 * module layer's to report).
 */
class JsonCorpusTest {

    /** Terraform fixtures that are not valid JSON syntax. */
    private static final Set<String> SYNTAX_INVALID = Set.of(
        "invalid-files/zerolen.tf.json",
        "invalid-files/native-syntax-as-json.tf.json");

    private static Path corpus() {
        return SharedCorpus.requireCorpus();
    }

    private static List<Path> find(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static boolean expectedInvalid(Path p) {
        String unix = p.toString().replace('\\', '/');
        return SYNTAX_INVALID.stream().anyMatch(unix::endsWith);
    }

    @Test
    void corpusJsonFilesLoad() throws IOException {
        Path corpus = corpus();
        List<Path> files = new ArrayList<>(find(corpus.resolve("hcl/specsuite"), ".hcl.json"));
        Path terraform = corpus.resolve("terraform");
        files.addAll(find(terraform, ".tf.json"));
        files.addAll(find(terraform, ".tftest.json"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(16);

        int clean = 0;
        int rejected = 0;
        List<String> problems = new ArrayList<>();
        for (Path p : files) {
            HclFile file = JsonFixtures.read(p, corpus.relativize(p).toString());
            List<Diagnostic> errors = JsonReaderStructureTest.syntaxErrors(file);
            if (expectedInvalid(p)) {
                rejected++;
                if (errors.isEmpty()) {
                    problems.add(p + ": expected a syntax error");
                }
            } else if (errors.isEmpty()) {
                clean++;
            } else {
                problems.add(p + ": " + errors);
            }
        }
        System.out.printf("JSON corpus: %d files, %d loaded cleanly, %d rejected as expected%n",
            files.size(), clean, rejected);
        assertThat(problems).isEmpty();
        assertThat(rejected).isEqualTo(SYNTAX_INVALID.size());
    }

    @Test
    void terraformFixturesHaveTheirBlocks() throws IOException {
        Path dir = corpus().resolve("terraform/configs/internal/configs/testdata/valid-files");
        assertThat(dir).as("Terraform's configs test data").isDirectory();

        HclFile variables = JsonFixtures.read(dir.resolve("variables.tf.json"), "variables.tf.json");
        assertThat(variables.body().blocks("variable")).extracting(b -> b.label(0))
            .containsExactly("foo", "bar", "baz", "bar-baz", "cheese_pizza", "π", "sensitive_value");
        HclFile actions = JsonFixtures.read(dir.resolve("actions.tf.json"), "actions.tf.json");
        assertThat(actions.body().blocks("resource").get(1).body().blocks("lifecycle").get(0).body()
            .blocks("action_trigger")).hasSize(1);
        HclFile references = JsonFixtures.read(dir.resolve("references.tf.json"), "references.tf.json");
        assertThat(references.comments()).hasSize(2);
        HclFile locals = JsonFixtures.read(dir.resolve("locals.tf.json"), "locals.tf.json");
        assertThat(locals.body().blocks("locals").get(0).body().attributes()).hasSize(6);
    }
}
