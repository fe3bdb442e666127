package io.templint.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of several templates parses a file they share once: the repository's root module that
 * every example calls, and a folder's own file that the run's local-module scan parsed first; on
 * one thread and on a pool alike.
 */
class SharedParsesTest {

    @TempDir
    Path tmp;

    /** repo/.git, a module at repo/ (two files), examples a, b and c calling ../../, c also ./local. */
    private List<Input> repository() throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        write(repo.resolve("main.tf"), "variable \"name\" {\n  type = string\n}\noutput \"greeting\" {\n"
            + "  value = \"hello ${var.name}\"\n}\n");
        write(repo.resolve("versions.tf"), "terraform {\n  required_version = \">= 1.5\"\n}\n");
        for (String ex : List.of("a", "b", "c")) {
            write(repo.resolve("examples/" + ex + "/main.tf"), "module \"root\" {\n  source = \"../../\"\n"
                + "  name   = \"" + ex + "\"\n}\n");
        }
        return List.of(Input.folder(repo.resolve("examples/a")), Input.folder(repo.resolve("examples/b")),
            Input.folder(repo.resolve("examples/c")));
    }

    @Test
    void theRootModuleAndTheScannedFilesAreParsedOncePerRun() throws Exception {
        List<Input> inputs = repository();
        Templint templint = Templint.builder().build();
        Report report = templint.analyze(inputs);
        assertThat(report.templates()).hasSize(3);
        // the root module's two files: parsed for a, taken by b and c (4); each example's main.tf:
        // parsed by the local-module scan (it has a module block), taken by its own analysis (3)
        assertThat(templint.sharedFiles().hits()).isEqualTo(7);
    }

    @Test
    void onAPoolTheSameParsesAreSpared() throws Exception {
        List<Input> inputs = repository();
        Templint templint = Templint.builder().build();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Report onPool = templint.analyze(inputs, pool);
            assertThat(onPool).isEqualTo(Templint.builder().build().analyze(inputs));
        } finally {
            pool.shutdownNow();
        }
        // three examples at once may each parse the root module before one of them keeps it
        assertThat(templint.sharedFiles().hits()).isBetween(3L, 7L);
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
