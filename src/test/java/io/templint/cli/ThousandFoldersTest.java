package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.report.Json;
import io.templint.hardening.GeneratedTemplates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code templint check} over 1,000 generated template folders in one run: every folder is analysed,
 * in order, and reported. Whether the time per template grows along the run and whether the memory
 * of analysed templates is released are measured by {@link ThousandFoldersBenchmark} in the {@code
 * bench} profile, not here: clocks and GC figures vary with the machine's load.
 */
class ThousandFoldersTest {

    private static final int FOLDERS = ThousandFoldersBenchmark.FOLDERS;

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard only: the run takes about 30 s on a loaded machine
    void checkAnalysesAThousandFolders() throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never"));
        for (int i = 0; i < FOLDERS; i++) {
            Path dir = tmp.resolve("t" + i);
            GeneratedTemplates.write(i, dir);
            args.add(dir.toString());
        }
        AtomicInteger next = new AtomicInteger();
        List<String> outOfOrder = new ArrayList<>();
        Progress recorder = new Progress() {
            @Override
            public void templateStarted(int index, int total, String path) {
                if (index != next.getAndIncrement() || total != FOLDERS) {
                    outOfOrder.add(index + "/" + total + " " + path);
                }
            }

            @Override
            public void done() {
            }
        };
        Analyzer real = new TemplintAnalyzer(io.templint.rules.RuleRegistry.discover());
        Analyzer recording = request -> real.analyze(new AnalysisRequest(request.inputs(), request.coderVersion(),
            request.config(), request.keepSources(), recorder));
        CliHarness.Run run = new CliHarness().in(tmp).services(CliServices.defaults().withAnalyzer(recording))
            .run(args.toArray(String[]::new));

        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(next.get()).isEqualTo(FOLDERS);
        assertThat(outOfOrder).isEmpty();
        JsonNode templates = Json.mapper().readTree(run.out()).get("templates");
        assertThat(templates).hasSize(FOLDERS);
        for (int i = 0; i < FOLDERS; i++) {
            assertThat(templates.get(i).get("path").asText()).endsWith("t" + i);
        }
    }
}
