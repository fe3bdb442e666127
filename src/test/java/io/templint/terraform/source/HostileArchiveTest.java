package io.templint.terraform.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.templint.api.Report;
import io.templint.api.Templint;
import io.templint.api.TemplintException;
import io.templint.testkit.Crashes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * Hostile archive uploads analysed through the public API: each is refused with a
 * {@link TemplintException} naming the archive and the problem, within a time bound, without
 * reading a bomb to its end and without writing anything.
 */
class HostileArchiveTest {

    private static final Duration TIME = Duration.ofSeconds(60);
    private static final String MAIN = "resource \"coder_agent\" \"main\" {\n  os = \"linux\"\n}\n";

    private static Report analyze(InputStream archive) throws TemplintException {
        // an archive that is read gives a report without an internal error (Crashes)
        return assertTimeoutPreemptively(TIME, () -> Crashes.check(Templint.create().analyzeArchive(archive, "upload.tar"),
            null));
    }

    private static void assertRefused(byte[] archive, String... reasonWords) {
        assertThatThrownBy(() -> analyze(new ByteArrayInputStream(archive)))
            .isInstanceOf(TemplintException.class)
            .hasMessageStartingWith("upload.tar")
            .satisfies(e -> assertThat(e.getMessage().toLowerCase()).containsAnyOf(reasonWords));
    }

    @Test
    void symlinkIsRefused() {
        assertRefused(new TarBuilder().file("main.tf", MAIN).entry("passwd", '2', new byte[0], "/etc/passwd", "").bytes(),
            "link");
    }

    @Test
    void hardlinkIsRefused() {
        assertRefused(new TarBuilder().file("main.tf", MAIN).entry("copy.tf", '1', new byte[0], "../../etc/passwd", "").bytes(),
            "link");
    }

    @Test
    void dotDotPathIsRefused() {
        assertRefused(new TarBuilder().file("main.tf", MAIN).file("../../etc/cron.d/x", "x").bytes(), "..", "outside", "escape");
    }

    @Test
    void absolutePathIsRefused() {
        assertRefused(new TarBuilder().file("/etc/passwd", "x").bytes(), "absolute", "outside", "escape");
    }

    @Test
    void duplicateEntryIsRefused() {
        assertRefused(new TarBuilder().file("main.tf", MAIN).file("main.tf", "locals {}\n").bytes(), "duplicate", "twice");
    }

    @Test
    void truncatedTarIsRefused() {
        byte[] whole = new TarBuilder().file("main.tf", MAIN.repeat(50)).bytes();
        assertRefused(Arrays.copyOf(whole, 700), "truncated", "end", "corrupt", "short");
    }

    @Test
    void truncatedGzipIsRefused() {
        byte[] gz = TarBuilder.gzip(new TarBuilder().file("main.tf", MAIN.repeat(50)).bytes());
        assertRefused(Arrays.copyOf(gz, gz.length / 2), "corrupt", "truncated", "end");
    }

    @Test
    void truncatedZipIsRefused() throws IOException {
        byte[] zip = zip("main.tf", MAIN.repeat(50).getBytes(StandardCharsets.UTF_8));
        assertRefused(Arrays.copyOf(zip, zip.length - 30), "zip", "corrupt", "truncated");
    }

    /** 256 MiB of zeros behind a 256 KiB gzip stream, produced lazily: reading stops at the ratio limit. */
    @Test
    void gzipBombIsRefusedEarly() throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        TarBuilder header = new TarBuilder().header("main.tf", '0', 256L << 20, "", "");
        tar.writeBytes(header.unterminated());
        byte[] gz = gzipOfZerosAfter(tar.toByteArray(), 256L << 20);
        CountingInputStream read = new CountingInputStream(new ByteArrayInputStream(gz));
        assertRefused(gz, "ratio", "compress", "limit", "large");
        assertThatThrownBy(() -> analyze(read)).isInstanceOf(TemplintException.class);
        assertThat(read.count()).as("compressed bytes read before refusing").isLessThan(gz.length);
    }

    @Test
    void zipBombIsRefused() throws IOException {
        byte[] zeros = new byte[64 << 20];
        assertRefused(zip("main.tf", zeros), "ratio", "compress", "limit", "large");
    }

    @Test
    void notAnArchiveIsRefused() {
        assertRefused("resource \"x\" \"y\" {}".getBytes(StandardCharsets.UTF_8), "not a tar");
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** gzip of {@code head} followed by {@code zeros} zero bytes, compressed chunk by chunk. */
    private static byte[] gzipOfZerosAfter(byte[] head, long zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var g = new java.util.zip.GZIPOutputStream(out, 1 << 16)) {
            g.write(head);
            byte[] chunk = new byte[1 << 20];
            for (long left = zeros; left > 0; left -= chunk.length) {
                g.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        return out.toByteArray();
    }
}
