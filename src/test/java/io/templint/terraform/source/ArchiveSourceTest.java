package io.templint.terraform.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ArchiveSourceTest {

    private static TemplateFiles open(byte[] archive) throws TemplateSourceException {
        return open(archive, SourceLimits.DEFAULTS);
    }

    private static TemplateFiles open(byte[] archive, SourceLimits limits) throws TemplateSourceException {
        return TemplateSource.archive("t.tar", new ByteArrayInputStream(archive)).open(limits);
    }

    private static String text(TemplateFiles f, String path) throws TemplateSourceException {
        byte[] b = f.read(path);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void readsUstarWithDirectoriesPrefixAndDotSlash() throws Exception {
        byte[] tar = new TarBuilder()
            .dir("./")
            .file("./main.tf", "a = 1\n")
            .dir("modules/")
            .file("modules/x/main.tf", "b = 2\n")
            .entry("variables.tf", '0', "c = 3\n".getBytes(StandardCharsets.UTF_8), "", "deep/prefix")
            .bytes();
        TemplateFiles f = open(tar);
        assertThat(f.fileNames("")).containsExactly("main.tf");
        assertThat(text(f, "main.tf")).isEqualTo("a = 1\n");
        assertThat(f.isDirectory("modules")).isTrue();
        assertThat(f.isDirectory("modules/x")).isTrue();
        assertThat(f.fileNames("modules/x")).containsExactly("main.tf");
        assertThat(text(f, "deep/prefix/variables.tf")).isEqualTo("c = 3\n");
        assertThat(f.read("missing.tf")).isNull();
    }

    @Test
    void readsGnuLongNamesAndPaxPaths() throws Exception {
        String longName = "a/" + "x".repeat(150) + "/main.tf";
        byte[] tar = new TarBuilder().gnu()
            .longName(longName, "long\n")
            .pax('g', "comment", "4c800e5566217650c115c74aef892362cd389815")
            .pax('x', "path", "pax/" + "y".repeat(120) + ".tf")
            .file("ignored-short-name.tf", "pax\n")
            .bytes();
        TemplateFiles f = open(tar);
        assertThat(text(f, longName)).isEqualTo("long\n");
        assertThat(text(f, "pax/" + "y".repeat(120) + ".tf")).isEqualTo("pax\n");
        assertThat(f.isFile("ignored-short-name.tf")).isFalse();
    }

    @Test
    void detectsGzipByContentNotName() throws Exception {
        byte[] tgz = TarBuilder.gzip(new TarBuilder().file("main.tf", "a = 1\n").bytes());
        TemplateFiles f = TemplateSource.archive("upload.bin", new ByteArrayInputStream(tgz))
            .open(SourceLimits.DEFAULTS);
        assertThat(text(f, "main.tf")).isEqualTo("a = 1\n");
    }

    @Test
    void readsZip() throws Exception {
        byte[] zip = zip(new String[] {"main.tf", "a = 1\n", "sub/", null, "sub/x.tf", "b = 2\n"});
        TemplateFiles f = open(zip);
        assertThat(text(f, "main.tf")).isEqualTo("a = 1\n");
        assertThat(f.fileNames("sub")).containsExactly("x.tf");
    }

    @Test
    void refusesPathsThatEscapeTheRoot() {
        for (String bad : new String[] {"../evil.tf", "a/../../evil.tf", "/etc/passwd", "C:/evil.tf",
                "c:evil.tf", "a\\..\\evil.tf", "..\\evil.tf", "a/../.."}) {
            byte[] tar = new TarBuilder().file(bad, "x").bytes();
            assertThatThrownBy(() -> open(tar))
                .as(bad)
                .isInstanceOf(TemplateSourceException.class)
                .hasMessageStartingWith("t.tar: entry \"");
        }
        // in a tar header a NUL ends the name; a pax path can carry one
        byte[] nul = new TarBuilder().pax('x', "path", "a\u0000b.tf").file("a.tf", "x").bytes();
        assertThatThrownBy(() -> open(nul)).hasMessageContaining("NUL character");
        byte[] zip = zip(new String[] {"../../evil.tf", "x"});
        assertThatThrownBy(() -> open(zip)).hasMessageContaining("'..' segment");
    }

    @Test
    void refusesLinksDevicesAndUnknownTypes() {
        assertThatThrownBy(() -> open(new TarBuilder().entry("l", '2', new byte[0], "/etc/passwd", "").bytes()))
            .hasMessage("t.tar: entry \"l\": the entry is a symbolic link; links are refused");
        assertThatThrownBy(() -> open(new TarBuilder().entry("h", '1', new byte[0], "main.tf", "").bytes()))
            .hasMessageContaining("hard link");
        assertThatThrownBy(() -> open(new TarBuilder().entry("d", '3', new byte[0], "", "").bytes()))
            .hasMessageContaining("device file");
        assertThatThrownBy(() -> open(new TarBuilder().entry("s", 'S', new byte[0], "", "").bytes()))
            .hasMessage("t.tar: entry \"s\": the entry is a GNU sparse file; sparse files are refused");
        assertThatThrownBy(() -> open(new TarBuilder().entry("v", 'V', new byte[0], "", "").bytes()))
            .hasMessageContaining("unsupported tar type 'V'");
    }

    @Test
    void refusesZipSymlinks() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("link.tf"));
            z.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        byte[] zip = b.toByteArray();
        // mark the central directory entry as made on Unix with mode 0120777 (symbolic link)
        int cd = indexOf(zip, new byte[] {'P', 'K', 1, 2});
        zip[cd + 5] = 3;
        int mode = 0120777 << 16;
        zip[cd + 38] = (byte) mode;
        zip[cd + 39] = (byte) (mode >>> 8);
        zip[cd + 40] = (byte) (mode >>> 16);
        zip[cd + 41] = (byte) (mode >>> 24);
        assertThatThrownBy(() -> open(zip)).hasMessageContaining("entry \"link.tf\": the entry is a symbolic link");
    }

    @Test
    void refusesDuplicatesAndFileDirectoryClashes() {
        assertThatThrownBy(() -> open(new TarBuilder().file("main.tf", "a").file("./main.tf", "b").bytes()))
            .hasMessage("t.tar: entry \"./main.tf\": the archive holds this entry more than once"
                + " (duplicate entry \"main.tf\")");
        assertThatThrownBy(() -> open(new TarBuilder().file("a", "x").file("a/b.tf", "y").bytes()))
            .hasMessageContaining("which is a file");
        assertThatThrownBy(() -> open(zip(new String[] {"main.tf", "a", "main.tf", "b"})))
            .isInstanceOf(TemplateSourceException.class);
    }

    @Test
    void enforcesEntryAndSizeLimits() {
        TarBuilder many = new TarBuilder();
        for (int i = 0; i < 11; i++) {
            many.file("f" + i + ".tf", "");
        }
        assertThatThrownBy(() -> open(many.bytes(), SourceLimits.DEFAULTS.withMaxEntries(10)))
            .hasMessage("t.tar: entry \"f10.tf\": the source holds more than 10 entries (SourceLimits.maxEntries)");

        byte[] big = new TarBuilder().file("big.tf", "x".repeat(2000)).bytes();
        assertThatThrownBy(() -> open(big, SourceLimits.DEFAULTS.withMaxFileBytes(1000)))
            .hasMessage("t.tar: entry \"big.tf\": the entry is 2000 bytes, more than the per-file limit of 1000"
                + " bytes (SourceLimits.maxFileBytes)");

        byte[] two = new TarBuilder().file("a.tf", "x".repeat(600)).file("b.tf", "x".repeat(600)).bytes();
        assertThatThrownBy(() -> open(two, SourceLimits.DEFAULTS.withMaxTotalBytes(1000)))
            .hasMessageContaining("entry \"b.tf\"").hasMessageContaining("SourceLimits.maxTotalBytes");

        // a header that declares far more than it holds is refused before anything is allocated
        byte[] lying = new TarBuilder().header("huge.tf", '0', 1L << 40, "", "").bytes();
        assertThatThrownBy(() -> open(lying)).hasMessageContaining("per-file limit");
    }

    @Test
    void refusesCompressionBombs() {
        byte[] zeros = new byte[8 << 20];
        byte[] tgz = TarBuilder.gzip(new TarBuilder().entry("bomb.tf", '0', zeros, "", "").bytes());
        assertThat(tgz.length).isLessThan(100_000);
        assertThatThrownBy(() -> open(tgz)).hasMessageContaining("entry \"bomb.tf\"")
            .hasMessageContaining("like a compression bomb (SourceLimits.maxCompressionRatio)");
        byte[] zip = zipBytes("bomb.tf", zeros);
        assertThatThrownBy(() -> open(zip)).hasMessageContaining("compression bomb");
        // a directory entry declaring a huge size must not make the reader inflate forever
        byte[] dirBomb = TarBuilder.gzip(new TarBuilder().header("d/", '5', 8 << 20, "", "")
            .raw(zeros).bytes());
        assertThatThrownBy(() -> open(dirBomb)).hasMessage("t.tar: entry \"d/\": a directory entry declares 8388608"
            + " bytes of data: Go's reader reads none for a directory, other readers skip them, so the rest of the"
            + " archive would read differently");
    }

    @Test
    void refusesMalformedHeaders() {
        assertThatThrownBy(() -> open(new TarBuilder().file("ok.tf", "a").corruptNextChecksum().file("bad.tf", "b")
                .bytes()))
            .hasMessage("t.tar: entry \"bad.tf\": malformed tar header: the header checksum does not match");
        byte[] truncated = new TarBuilder().file("cut.tf", "x".repeat(1000)).unterminated();
        byte[] cut = java.util.Arrays.copyOf(truncated, 700);
        assertThatThrownBy(() -> open(cut)).hasMessageContaining("entry \"cut.tf\"").hasMessageContaining("truncated");
        assertThatThrownBy(() -> open(java.util.Arrays.copyOf(truncated, 300)))
            .isInstanceOf(TemplateSourceException.class);
        byte[] badPax = new TarBuilder().entry("p", 'x', "99 path=x\n".getBytes(StandardCharsets.UTF_8), "", "")
            .file("a.tf", "").bytes();
        assertThatThrownBy(() -> open(badPax)).hasMessageContaining("malformed pax header");
        assertThatThrownBy(() -> open("hello, world".getBytes(StandardCharsets.UTF_8)))
            .hasMessage("t.tar: not a tar, tar.gz or zip archive (unrecognised content)");
        assertThatThrownBy(() -> open(new byte[0])).hasMessageContaining("empty");
        byte[] notGzip = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3};
        assertThatThrownBy(() -> open(notGzip)).hasMessageContaining("gzip");
        byte[] zipGarbage = java.util.Arrays.copyOf(zip(new String[] {"a.tf", "x"}), 40);
        assertThatThrownBy(() -> open(zipGarbage)).hasMessageContaining("zip archive is malformed");
    }

    @Test
    void aCorruptGzipSaysWhatIsWrong() {
        byte[] gz = TarBuilder.gzip(new TarBuilder().file("main.tf", "a = 1\n".repeat(200)).bytes());
        assertThatThrownBy(() -> open(java.util.Arrays.copyOf(gz, gz.length / 2)))
            .hasMessage("t.tar: the gzip data is corrupt or truncated: the data ends unexpectedly"
                + " (Unexpected end of ZLIB input stream)");
        // a wrong checksum in the trailer, which a tar reader stopping at its end blocks would never read
        byte[] crc = gz.clone();
        crc[crc.length - 8] ^= 1;
        assertThatThrownBy(() -> open(crc))
            .hasMessage("t.tar: the gzip data is corrupt or truncated: Corrupt GZIP trailer");
    }

    @Test
    void acceptsGnuBase256SizesAndSignedChecksums() throws Exception {
        byte[] tar = new TarBuilder().file("a.tf", "hello").bytes();
        // rewrite the size field in GNU base-256 form and fix the checksum
        java.util.Arrays.fill(tar, 124, 136, (byte) 0);
        tar[124] = (byte) 0x80;
        tar[135] = 5;
        rechecksum(tar, true);
        assertThat(text(open(tar), "a.tf")).isEqualTo("hello");
        byte[] negative = tar.clone();
        java.util.Arrays.fill(negative, 124, 136, (byte) 0xff); // -1 in base-256
        rechecksum(negative, false);
        assertThatThrownBy(() -> open(negative))
            .hasMessage("t.tar: entry \"a.tf\": malformed tar header: the size is negative");
        byte[] overflow = tar.clone();
        java.util.Arrays.fill(overflow, 124, 136, (byte) 0x7f); // more than 63 bits: Go fails
        overflow[124] = (byte) 0x80;
        rechecksum(overflow, false);
        assertThatThrownBy(() -> open(overflow)).hasMessage("t.tar: entry \"a.tf\": malformed tar header: the size"
            + " field is not a number Go's reader accepts");
    }

    /** Rewrites a header checksum (as old Sun tar did, with signed bytes, when {@code signed}). */
    private static void rechecksum(byte[] h, boolean signed) {
        java.util.Arrays.fill(h, 148, 156, (byte) ' ');
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += signed ? h[i] : h[i] & 0xff;
        }
        byte[] field = String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(field, 0, h, 148, 8);
    }

    @Test
    void inMemoryFilesAreCheckedLikeArchives() throws Exception {
        TemplateFiles f = TemplateSource.files("upload", java.util.Map.of(
            "main.tf", "a".getBytes(StandardCharsets.UTF_8),
            "m/x.tf", "b".getBytes(StandardCharsets.UTF_8))).open(SourceLimits.DEFAULTS);
        assertThat(f.fileNames("")).containsExactly("main.tf");
        assertThat(f.isDirectory("m")).isTrue();
        assertThatThrownBy(() -> TemplateSource.files("upload",
                java.util.Map.of("../x.tf", new byte[0])).open(SourceLimits.DEFAULTS))
            .hasMessageContaining("upload: entry \"../x.tf\"");
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Pairs of name and content; a null content makes a directory entry. */
    static byte[] zip(String[] pairs) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (int i = 0; i < pairs.length; i += 2) {
                try {
                    z.putNextEntry(new ZipEntry(pairs[i]));
                } catch (java.util.zip.ZipException dup) {
                    return rawDuplicateZip(pairs[i]);
                }
                if (pairs[i + 1] != null) {
                    z.write(pairs[i + 1].getBytes(StandardCharsets.UTF_8));
                }
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.toByteArray();
    }

    /** ZipOutputStream refuses duplicates: rename a second entry in place to make one. */
    private static byte[] rawDuplicateZip(String name) {
        String other = name.substring(0, name.length() - 1) + "#";
        byte[] z = zip(new String[] {name, "a", other, "b"});
        byte[] o = other.getBytes(StandardCharsets.UTF_8);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int i = indexOf(z, o); i >= 0; i = indexOf(z, o)) {
            System.arraycopy(n, 0, z, i, n.length);
        }
        return z;
    }

    static byte[] zipBytes(String name, byte[] content) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.toByteArray();
    }
}
