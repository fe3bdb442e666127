package io.templint.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval package's own file accesses list for {@code fileset} as the template's access does. */
class FilesetLinksTest {

    @TempDir
    Path tmp;

    @Test
    void rootedAccessFollowsLinksOnlyInsideAndIntoNoFolderTwice() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("tpl"));
        Files.createDirectories(root.resolve("scripts"));
        Files.writeString(root.resolve("scripts/run.sh"), "");
        Files.writeString(root.resolve("main.tf"), "");
        for (String link : List.of("a", "b")) {
            Files.createSymbolicLink(root.resolve(link), Path.of("."));
            Files.createSymbolicLink(root.resolve("scripts/" + link), Path.of(".."));
        }
        Files.writeString(tmp.resolve("secret.txt"), "");
        Files.createSymbolicLink(root.resolve("up"), tmp);
        Files.createSymbolicLink(root.resolve("run-link.sh"), root.resolve("scripts/run.sh"));
        FileAccess files = FileAccess.rootedAt(root);
        List<String> all = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> files.glob("", "**", 1000));
        assertThat(all).containsExactly("main.tf", "run-link.sh", "scripts/run.sh");
        assertThat(files.glob("scripts", "*.sh", 1000)).containsExactly("run.sh");
        assertThat(files.glob("", "*/*.sh", 1000)).containsExactly("scripts/run.sh");
    }

    @Test
    void memoryAccessMatchesOnlyBelowTheBase() throws Exception {
        FileAccess files = FileAccess.inMemory(Map.of("a/x.tf", new byte[0], "a/b/y.tf", new byte[0],
            "ab/z.tf", new byte[0], "main.tf", new byte[0]));
        assertThat(files.glob("a", "*.tf", 100)).containsExactly("x.tf");
        assertThat(files.glob("a", "**/*.tf", 100)).containsExactly("b/y.tf", "x.tf");
        assertThat(files.glob("", "a/*.tf", 100)).containsExactly("a/x.tf");
        assertThat(files.glob("", "*/*.tf", 100)).containsExactly("a/x.tf", "ab/z.tf");
    }
}
