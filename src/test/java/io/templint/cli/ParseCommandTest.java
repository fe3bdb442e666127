package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private final CliHarness cli = new CliHarness();

    @TempDir
    Path tmp;

    @Test
    void jsonHasOneEntryPerFileInOrder() throws IOException {
        CliHarness.Run run = cli.run("parse", "--format", "json", "testdata/cli/broken/main.tf",
            "testdata/cli/broken/variables.tf.json", "testdata/cli/broken/main.tf");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err()).isEmpty();
        JsonNode files = Json.mapper().readTree(run.out()).get("files");
        assertThat(files.findValuesAsText("file")).containsExactly("testdata/cli/broken/main.tf",
            "testdata/cli/broken/variables.tf.json", "testdata/cli/broken/main.tf");
        JsonNode d = files.get(0).get("diagnostics").get(0);
        assertThat(JsonFormatterNames.of(d)).containsExactly("rule", "severity", "message", "line", "column",
            "endLine", "endColumn");
        assertThat(d.get("rule").asText()).isEqualTo("syntax");
        assertThat(d.get("severity").asText()).isEqualTo("error");
    }

    @Test
    void textIsLocationSeverityMessageAndCodeFrame() throws IOException {
        Path file = tmp.resolve("bad.tf");
        Files.writeString(file, "a = = 1\n");
        CliHarness.Run run = cli.in(tmp).run("parse", "bad.tf");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out()).startsWith("bad.tf:1:5: error: Invalid expression; ").endsWith("\n1 | a = = 1\n  |     ^\n");
    }

    @Test
    void validFilesPass() throws IOException {
        Files.writeString(tmp.resolve("ok.tf"), "a = 1\n");
        Files.writeString(tmp.resolve("ok.tf.json"), "{\"a\": 1}\n");
        CliHarness.Run run = cli.in(tmp).run("parse", "ok.tf", "ok.tf.json");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).isEmpty();
        assertThat(cli.in(tmp).run("parse", "--format", "json", "ok.tf").out())
            .isEqualTo("{\n  \"files\": [\n    {\n      \"file\": \"ok.tf\",\n      \"diagnostics\": []\n    }\n  ]\n}\n");
    }

    @Test
    void unreadableFilesAndBadUsageExitTwo() {
        for (String[] args : new String[][] {{"parse"}, {"parse", "nope.tf"}, {"parse", "testdata/cli"},
            {"parse", "--format", "sarif", "testdata/cli/broken/main.tf"}, {"parse", "testdata/cli/broken/main.tf", "nope.tf"}}) {
            CliHarness.Run run = cli.run(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(ExitStatus.FAILURE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("templint: ").hasLineCount(1);
        }
    }

    /** Field names of a JSON object. */
    static final class JsonFormatterNames {
        static java.util.List<String> of(JsonNode node) {
            java.util.List<String> names = new java.util.ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }
    }
}
