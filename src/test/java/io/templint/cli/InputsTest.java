package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving PATH arguments, {@code @FILE}s and display paths. */
class InputsTest {

    @TempDir
    Path tmp;

    private InputResolver resolver() {
        return new InputResolver(tmp, new ByteArrayInputStream(new byte[0]));
    }

    @Test
    void resolvesEveryKindOfPath() throws IOException {
        Files.createDirectories(tmp.resolve("a/b"));
        Files.writeString(tmp.resolve("a/b/main.tf"), "");
        Files.writeString(tmp.resolve("a/b/vars.tf.json"), "{}");
        Files.writeString(tmp.resolve("a/x.tf"), "");
        Files.write(tmp.resolve("t.TGZ"), new byte[0]);
        List<TemplateInput> inputs = resolver().resolve(List.of("a/b/main.tf", "a/", "-", "t.TGZ", "a/x.tf",
            "a/b/vars.tf.json"));
        assertThat(inputs).hasSize(5);
        assertThat(inputs.get(0)).isInstanceOfSatisfying(TemplateInput.Directory.class, d -> {
            assertThat(d.displayPath()).isEqualTo("a/b");
            assertThat(d.onlyFiles()).containsExactly("main.tf", "vars.tf.json");
        });
        assertThat(inputs.get(1)).isInstanceOfSatisfying(TemplateInput.Directory.class, d -> {
            assertThat(d.displayPath()).isEqualTo("a");
            assertThat(d.onlyFiles()).isEmpty();
        });
        assertThat(inputs.get(2)).isInstanceOf(TemplateInput.StandardInput.class);
        assertThat(inputs.get(3)).isInstanceOfSatisfying(TemplateInput.Archive.class,
            a -> assertThat(a.kind()).isEqualTo(TemplateInput.ArchiveKind.TAR_GZ));
        assertThat(inputs.get(4).displayPath()).isEqualTo("a");
    }

    @Test
    void refusesWhatIsNoTemplate() throws IOException {
        Files.writeString(tmp.resolve("README.md"), "");
        assertThatThrownBy(() -> resolver().resolve(List.of("README.md"))).isInstanceOf(CliException.class)
            .hasMessageStartingWith("README.md: not a template");
        assertThatThrownBy(() -> resolver().resolve(List.of("gone.tf"))).hasMessage("gone.tf: no such file or directory");
    }

    @Test
    void argumentFilesAreOneArgumentALine() throws IOException {
        Files.writeString(tmp.resolve("inner"), "b c\n");
        Files.writeString(tmp.resolve("outer"), "a\r\n@inner\n\n  \n-x\n");
        ArgumentFiles files = new ArgumentFiles(tmp);
        assertThat(files.expand(List.of("x", "@outer", "@", "--", "@outer")))
            .as("a line of an argument file is an argument as it is: a name read from a file is never expanded")
            .containsExactly("x", "a", "@inner", "-x", "@", "--", "@outer");
        assertThatThrownBy(() -> files.expand(List.of("@missing"))).isInstanceOf(CliException.class)
            .hasMessage("@missing: cannot read argument file: no such file or directory");
    }

    @Test
    void nothingAfterEndOfOptionsIsExpandedEvenWhenTheEndCameFromAnArgumentFile() throws IOException {
        Files.writeString(tmp.resolve("paths"), "--\n@a.tf\n");
        Files.writeString(tmp.resolve("opts"), "--format\njson\n");
        ArgumentFiles files = new ArgumentFiles(tmp);
        assertThat(files.expand(List.of("@opts", "@paths", "@opts", "b.tf")))
            .containsExactly("--format", "json", "--", "@a.tf", "@opts", "b.tf");
        assertThat(files.expand(List.of("--", "@opts"))).containsExactly("--", "@opts");
    }

    @Test
    void displayPaths() {
        assertThat(DisplayPaths.join(".", "main.tf")).isEqualTo("main.tf");
        assertThat(DisplayPaths.join("a/b//", "main.tf")).isEqualTo("a/b/main.tf");
        assertThat(DisplayPaths.join("t.tgz", "m/x.tf")).isEqualTo("t.tgz/m/x.tf");
        assertThat(DisplayPaths.parent("main.tf")).isEqualTo(".");
        assertThat(DisplayPaths.parent("/main.tf")).isEqualTo("/");
        assertThat(DisplayPaths.parent("a/b/main.tf")).isEqualTo("a/b");
        assertThat(DisplayPaths.name("a/b/main.tf")).isEqualTo("main.tf");
    }
}
