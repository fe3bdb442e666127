package io.templint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.terraform.source.SourceLimits;
import io.templint.terraform.source.TemplateSourceException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the behaviour the {@code io.templint.api} package documents: analyses print nothing and
 * write no files, bad templates are diagnostics, unreadable sources are {@link TemplintException}s
 * with a clear message, and only misuse throws an unchecked exception naming the argument.
 */
class ApiContractTest {

    private static final Templint TEMPLINT = Templint.create();

    /** Inputs covering every way in, good and bad: nothing here may print or throw unchecked. */
    static List<Report> analyseEverything(Templint templint) throws IOException {
        List<Report> reports = new ArrayList<>();
        try {
            reports.add(templint.analyze(Path.of("examples/claude-task")));
            reports.add(templint.analyze(Map.of(
                "main.tf", "resource \"coder_ai_task\" \"t\" {\n  = oops\n".getBytes(StandardCharsets.UTF_8),
                "bad.tf.json", "{\"variable\": [1, ".getBytes(StandardCharsets.UTF_8),
                "binary.tf", new byte[] {0, (byte) 0xff, (byte) 0xfe, 7, '{', '{'}), "uploads/garbage"));
            reports.add(templint.analyzeArchive(new ByteArrayInputStream(tarOf("main.tf",
                Files.readAllBytes(Path.of("examples/claude-task/main.tf")))), "upload.tar"));
        } catch (TemplintException e) {
            throw new AssertionError("a readable source must not throw", e);
        }
        try {
            templint.analyzeArchive(new ByteArrayInputStream(garbage()), "garbage.tar");
            throw new AssertionError("garbage accepted as an archive");
        } catch (TemplintException expected) {
            // the documented exception; nothing printed
        }
        return reports;
    }

    @Test
    void analysesPrintNothing() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<Report> reports;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            reports = analyseEverything(Templint.builder().coderVersion("2.34").build());
            ReportJson.toJson(reports.get(1));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(reports.get(1).templates().get(0).diagnostics()).extracting(Finding::rule).contains("syntax");
    }

    /**
     * Runs {@link #analyseEverything} in a fresh JVM whose {@code java.io.tmpdir} is an empty folder
     * (other processes share the machine's, and this JVM may already have used its own), then checks
     * that the folder is still empty and that the JVM wrote nothing to its standard streams.
     */
    @Test
    void analysesCreateNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path output = dir.resolve("output.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:-UsePerfData", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
            NoTempFilesMain.class.getName())
            .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        assertThat(Files.readString(output)).isEqualTo("");
        assertThat(p.exitValue()).isZero();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("files created in java.io.tmpdir").isEmpty();
        }
    }

    /** The child JVM of {@link #analysesCreateNoTemporaryFiles}: silent, exit status 0 on success. */
    static final class NoTempFilesMain {
        public static void main(String[] args) throws Exception {
            PrintStream err = System.err;
            try {
                analyseEverything(Templint.create()).forEach(ReportJson::toJson);
            } catch (Throwable t) {
                err.println("failed: " + t);
                System.exit(3);
            }
        }
    }

    @Test
    void garbageAsAnArchiveIsTheDocumentedExceptionWithAClearMessage() {
        assertThatThrownBy(() -> TEMPLINT.analyzeArchive(new ByteArrayInputStream(garbage()), "uploads/7.tar"))
            .isExactlyInstanceOf(TemplintException.class)
            .hasCauseInstanceOf(TemplateSourceException.class)
            .hasMessageContaining("uploads/7.tar")
            .message().doesNotContain("Exception");
        assertThatThrownBy(() -> TEMPLINT.analyzeArchive(InputStream.nullInputStream(), "empty.tar"))
            .isExactlyInstanceOf(TemplintException.class).hasMessageContaining("empty.tar");
    }

    @Test
    void aTruncatedArchiveIsTheDocumentedException() throws IOException {
        byte[] tar = tarOf("main.tf", "locals {\n  a = 1\n}\n".repeat(200).getBytes(StandardCharsets.UTF_8));
        byte[] truncated = Arrays.copyOf(tar, 700);
        assertThatThrownBy(() -> TEMPLINT.analyzeArchive(new ByteArrayInputStream(truncated), "cut.tar"))
            .isExactlyInstanceOf(TemplintException.class).hasMessageContaining("cut.tar");
    }

    @Test
    void anUnsafeArchiveIsTheDocumentedException() throws IOException {
        byte[] tar = tarOf("../escape.tf", "locals {}\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TEMPLINT.analyzeArchive(new ByteArrayInputStream(tar), "evil.tar"))
            .isExactlyInstanceOf(TemplintException.class).hasMessageContaining("../escape.tf");
    }

    @Test
    void aSourceOverTheLimitsIsTheDocumentedException() {
        Templint small = Templint.builder().sourceLimits(SourceLimits.DEFAULTS.withMaxEntries(1)).build();
        Map<String, byte[]> files = new HashMap<>();
        files.put("a.tf", new byte[0]);
        files.put("b.tf", new byte[0]);
        assertThatThrownBy(() -> small.analyze(files, "two-files"))
            .isExactlyInstanceOf(TemplintException.class).hasMessageContaining("two-files");
    }

    @Test
    void aMissingFolderIsTheDocumentedException(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-template");
        assertThatThrownBy(() -> TEMPLINT.analyze(missing))
            .isExactlyInstanceOf(TemplintException.class).hasMessageContaining("no-such-template");
    }

    @Test
    void nullArgumentsThrowNullPointerExceptionsNamingTheArgument() {
        assertThatThrownBy(() -> TEMPLINT.analyze((Path) null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("template");
        assertThatThrownBy(() -> TEMPLINT.analyze(null, "x")).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("files");
        assertThatThrownBy(() -> TEMPLINT.analyze(Map.of(), null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("displayPath");
        assertThatThrownBy(() -> TEMPLINT.analyzeArchive(null, "x")).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("archive");
        assertThatThrownBy(() -> TEMPLINT.analyze((List<Input>) null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("inputs");
        assertThatThrownBy(() -> TEMPLINT.analyze(Arrays.asList((Input) null)))
            .isInstanceOf(NullPointerException.class).hasMessageContaining("input");
        assertThatThrownBy(() -> TEMPLINT.analyzeTemplate(null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("input");
        assertThatThrownBy(() -> TEMPLINT.report(null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("templates");
        assertThatThrownBy(() -> Input.folder(null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("folder");
        assertThatThrownBy(() -> Input.path(null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("path");
        assertThatThrownBy(() -> ReportJson.toJson(null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("report");
    }

    @Test
    void builderMisuseThrowsWithAClearMessage() {
        assertThatThrownBy(() -> Templint.builder().coderVersion(null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("version");
        assertThatThrownBy(() -> Templint.builder().coderVersion("latest"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("latest");
        assertThatThrownBy(() -> Templint.builder().sourceLimits(null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("limits");
        assertThatThrownBy(() -> Templint.builder().loadOptions(null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("options");
        assertThatThrownBy(() -> Templint.builder().rules(null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("rules");
        assertThatThrownBy(() -> Templint.builder().addRule(null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("rule");
        assertThatThrownBy(() -> Templint.builder().config(null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("config");
        assertThatThrownBy(() -> Templint.builder().configFile(null)).isInstanceOf(NullPointerException.class)
            .hasMessageContaining("file");
    }

    @Test
    void aBuiltInstanceIsUnaffectedByLaterBuilderCalls() throws Exception {
        Templint.Builder builder = Templint.builder().coderVersion("2.27");
        Templint first = builder.build();
        builder.coderVersion("2.34");
        assertThat(first.coderVersion()).isEqualTo("2.27");
        assertThat(first.analyze(Path.of("examples/claude-task")).coderVersion()).isEqualTo("2.27");
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        return bytes;
    }

    /** A one-entry ustar archive, written by hand so that any name (even an unsafe one) can be stored. */
    static byte[] tarOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, String.format("%011o", content.length));
        put(header, 136, String.format("%011o", 0));
        header[156] = '0';
        put(header, 257, "ustar");
        put(header, 263, "00");
        Arrays.fill(header, 148, 156, (byte) ' ');
        int sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o", sum));
        header[154] = 0;
        header[155] = ' ';
        out.write(header);
        out.write(content);
        out.write(new byte[(512 - content.length % 512) % 512]);
        out.write(new byte[1024]);
        return out.toByteArray();
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
