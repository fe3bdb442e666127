package io.templint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload takes no part in configuring its own check, and bad API input gets a clear error. */
class UntrustedInputTest {

    /** Would silence the one finding of {@link #MAIN} if it were read. */
    static final String SILENCE = "rule \"unused_variable\" {\n  enabled = false\n}\n";
    static final String MAIN = "variable \"x\" {}\n";

    private static final Templint TEMPLINT = Templint.create();

    private static boolean reportsUnusedVariable(Report r) {
        return r.templates().get(0).diagnostics().stream().anyMatch(f -> f.rule().equals("unused_variable"));
    }

    @Test
    void theLibraryNeverReadsATemplatesOwnConfiguration(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve(".git"));
        Files.writeString(tmp.resolve(".templint.hcl"), SILENCE);
        Path folder = Files.createDirectories(tmp.resolve("t"));
        Files.writeString(folder.resolve(".templint.hcl"), SILENCE);
        Files.writeString(folder.resolve("main.tf"), MAIN);
        assertThat(reportsUnusedVariable(TEMPLINT.analyze(folder))).as("folder").isTrue();

        Map<String, byte[]> upload = new LinkedHashMap<>();
        upload.put(".templint.hcl", SILENCE.getBytes(StandardCharsets.UTF_8));
        upload.put("main.tf", MAIN.getBytes(StandardCharsets.UTF_8));
        assertThat(reportsUnusedVariable(TEMPLINT.analyze(upload, "upload"))).as("in memory").isTrue();
        assertThat(reportsUnusedVariable(TEMPLINT.analyzeArchive(new ByteArrayInputStream(zip(upload)), "u.zip")))
            .as("archive").isTrue();
        Path archive = Files.write(tmp.resolve("u.zip"), zip(upload));
        assertThat(reportsUnusedVariable(TEMPLINT.analyze(archive))).as("archive file").isTrue();

        Templint named = Templint.builder().configFile(folder.resolve(".templint.hcl")).build();
        assertThat(reportsUnusedVariable(named.analyze(folder))).as("the file the embedder names is read").isFalse();
    }

    @Test
    void nullFilesAndContentsAreNullPointerExceptionsNamingThem() {
        Map<String, byte[]> files = new HashMap<>();
        files.put("main.tf", MAIN.getBytes(StandardCharsets.UTF_8));
        files.put("mod/vars.tf", null);
        assertThatNullPointerException().isThrownBy(() -> Input.files(files, "uploads/42"))
            .withMessage("files: \"mod/vars.tf\" of \"uploads/42\" has null content");
        assertThatNullPointerException().isThrownBy(() -> TEMPLINT.analyze(files, "uploads/42"))
            .withMessage("files: \"mod/vars.tf\" of \"uploads/42\" has null content");
        files.remove("mod/vars.tf");
        files.put(null, new byte[0]);
        assertThatNullPointerException().isThrownBy(() -> Input.files(files, "uploads/\u202e42"))
            .withMessage("files: a file of \"uploads/\\u202e42\" has a null path");
        assertThatNullPointerException().isThrownBy(() -> Input.files(null, "t")).withMessage("files");
        assertThatNullPointerException().isThrownBy(() -> Input.files(Map.of(), null)).withMessage("displayPath");
        assertThatNullPointerException().isThrownBy(() -> Input.archive(null, "t")).withMessage("in");
        assertThatNullPointerException().isThrownBy(() -> Input.archive(new ByteArrayInputStream(new byte[0]), null))
            .withMessage("displayPath");
        assertThatNullPointerException().isThrownBy(() -> Input.folder(null)).withMessage("folder");
        assertThatNullPointerException().isThrownBy(() -> Input.path(null)).withMessage("path");
    }

    @Test
    void aPathThatDoesNotExistIsSaidPlainly(@TempDir Path tmp) throws TemplintException {
        Path gone = tmp.resolve("gone.tgz");
        assertThatThrownBy(() -> TEMPLINT.analyze(gone)).isInstanceOf(TemplintException.class)
            .hasMessage(gone + ": no such file or directory");
        assertThat(TEMPLINT.analyze(List.of(Input.path(gone))).templates().get(0).diagnostics().get(0).message())
            .isEqualTo(gone + ": no such file or directory");
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
