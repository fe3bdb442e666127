package io.templint.terraform.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.api.Report;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.api.TemplintException;
import io.templint.terraform.TemplateLoader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files are the template: the files Terraform loads (its ignore rule for hidden, backup and
 * editor files, its extensions), the same for a folder, files in memory and an archive; a file
 * Terraform would load but templint cannot name is refused, never left out silently.
 */
class TemplateFileSelectionTest {

    private static final String AGENT = "resource \"coder_agent\" \"main\" {\n  os = \"linux\"\n}\n";
    private static final String TASK = "resource \"coder_ai_task\" \"t\" {\n  app_id = \"x\"\n}\n"
        + "data \"coder_parameter\" \"p\" {\n  name = \"AI Prompt\"\n  type = \"string\"\n}\n";

    @TempDir
    Path tmp;

    @Test
    void terraformsIgnoreRule() {
        assertThat(TemplateLoader.isConfigFile("main.tf")).isTrue();
        assertThat(TemplateLoader.isConfigFile("main.tf.json")).isTrue();
        assertThat(TemplateLoader.isConfigFile("override.tf")).isTrue();
        assertThat(TemplateLoader.isConfigFile(".task.tf")).isFalse();
        assertThat(TemplateLoader.isConfigFile(".tf")).isFalse();
        assertThat(TemplateLoader.isConfigFile("#main.tf#")).isFalse();
        assertThat(TemplateLoader.isConfigFile("#x#.tf")).isTrue(); // Terraform: '#' at both ends only
        assertThat(TemplateLoader.isConfigFile("main.tf~")).isFalse();
        assertThat(TemplateLoader.isConfigFile("main.tfvars")).isFalse();
        assertThat(TerraformFileNames.isVariableFile(".x.auto.tfvars")).isTrue(); // no ignore rule for these
    }

    /** A hidden {@code .task.tf} is not configuration: it makes no template a Task template, whatever the source. */
    @Test
    void hiddenFilesAreNotPartOfTheTemplateInAnySource() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("main.tf", AGENT.getBytes(StandardCharsets.UTF_8));
        files.put(".task.tf", TASK.getBytes(StandardCharsets.UTF_8));
        files.put("#task.tf#", TASK.getBytes(StandardCharsets.UTF_8));
        assertThat(task(Templint.create().analyze(files, "mem"))).isFalse();

        Path dir = Files.createDirectories(tmp.resolve("tpl"));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        assertThat(task(Templint.create().analyze(dir))).isFalse();

        TarBuilder tar = new TarBuilder();
        files.forEach((k, v) -> tar.entry(k, '0', v, "", ""));
        assertThat(task(Templint.create().analyzeArchive(new ByteArrayInputStream(tar.bytes()), "t.tar"))).isFalse();

        // the same content under a name Terraform loads does make it a Task template
        files.put("task.tf", TASK.getBytes(StandardCharsets.UTF_8));
        assertThat(task(Templint.create().analyze(files, "mem"))).isTrue();
    }

    private static boolean task(Report r) {
        TemplateReport t = r.templates().get(0);
        return Boolean.TRUE.equals(t.task().capable());
    }

    @Test
    void aFileTerraformLoadsButTemplintCannotNameIsRefusedNotSkipped() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("odd"));
        Files.writeString(dir.resolve("main.tf"), AGENT);
        Files.writeString(dir.resolve("task\\x.tf"), TASK);
        assertThatThrownBy(() -> Templint.create().analyze(dir)).isInstanceOf(TemplintException.class)
            .hasMessageContaining("entry \"task\\x.tf\": Terraform loads this file, but its name contains a"
                + " backslash; rename it so that it can be analysed");
        Files.delete(dir.resolve("task\\x.tf"));
        Files.writeString(dir.resolve("vars\u0001.auto.tfvars"), "a = 1\n");
        assertThatThrownBy(() -> Templint.create().analyze(dir)).isInstanceOf(TemplintException.class)
            .hasMessageContaining("its name contains a control character");
        // a file Terraform does not load may have any name
        Files.delete(dir.resolve("vars\u0001.auto.tfvars"));
        Files.writeString(dir.resolve("notes\\draft.txt"), "x");
        assertThat(Templint.create().analyze(dir).templates()).hasSize(1);
        // in memory and in archives, every name is checked when the source is read
        assertThatThrownBy(() -> Templint.create().analyze(Map.of("a\\b.tf", new byte[0]), "mem"))
            .isInstanceOf(TemplintException.class).hasMessageContaining("backslash");
        assertThatThrownBy(() -> Templint.create().analyzeArchive(new ByteArrayInputStream(
                new TarBuilder().file("a\\b.tf", "").bytes()), "t.tar"))
            .isInstanceOf(TemplintException.class).hasMessageContaining("backslash");
    }
}
