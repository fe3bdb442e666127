package io.templint.terraform.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySourceTest {

    @TempDir
    Path tmp;

    @Test
    void readsRegularFilesAndNeverLeavesTheRoot() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("tpl"));
        Files.writeString(root.resolve("main.tf"), "a = 1\n");
        Files.createDirectories(root.resolve("mod"));
        Files.writeString(root.resolve("mod/x.tf"), "b = 2\n");
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "s3cret");
        Files.createSymbolicLink(root.resolve("outside.tf"), secret);
        Files.createSymbolicLink(root.resolve("inside.tf"), root.resolve("main.tf"));
        Files.createSymbolicLink(root.resolve("up"), tmp);

        TemplateFiles f = TemplateSource.directory("tpl", root).open(SourceLimits.DEFAULTS);
        assertThat(f.fileNames("")).containsExactly("inside.tf", "main.tf");
        assertThat(new String(f.read("main.tf"), StandardCharsets.UTF_8)).isEqualTo("a = 1\n");
        assertThat(f.read("outside.tf")).isNull();
        assertThat(f.read("up/secret.txt")).isNull();
        assertThat(f.read("../secret.txt")).isNull();
        assertThat(f.isDirectory("up")).isFalse();
        assertThat(f.isDirectory("mod")).isTrue();
        assertThat(f.fileNames("mod")).containsExactly("x.tf");
    }

    @Test
    void enforcesLimitsOnRead() throws Exception {
        Files.writeString(tmp.resolve("big.tf"), "x".repeat(100));
        TemplateFiles f = TemplateSource.directory("tpl", tmp).open(SourceLimits.DEFAULTS.withMaxFileBytes(10));
        assertThatThrownBy(() -> f.read("big.tf")).hasMessageContaining("tpl: entry \"big.tf\"")
            .hasMessageContaining("SourceLimits.maxFileBytes");
    }

    @Test
    void refusesAMissingFolder() {
        assertThatThrownBy(() -> TemplateSource.directory("nope", tmp.resolve("nope")).open(SourceLimits.DEFAULTS))
            .isInstanceOf(TemplateSourceException.class).hasMessageStartingWith("nope: ");
    }
}
