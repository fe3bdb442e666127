package io.templint.terraform.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Tar archives read as Go's archive/tar reads them (Coder's provisioner unpacks uploads with it),
 * and refused wherever Go and other tar readers would read them differently. One test per class
 * of input, archives written byte by byte.
 */
class GoCompatibleTarTest {

    private static TemplateFiles open(byte[] tar) throws TemplateSourceException {
        return open(new ByteArrayInputStream(tar), SourceLimits.DEFAULTS);
    }

    private static TemplateFiles open(InputStream tar, SourceLimits limits) throws TemplateSourceException {
        return TemplateSource.archive("t.tar", tar).open(limits);
    }

    private static String text(TemplateFiles f, String path) throws TemplateSourceException {
        byte[] b = f.read(path);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void globalHeadersAreNotAppliedToLaterEntries() throws Exception {
        TemplateFiles f = open(new TarBuilder().pax('g', "comment", "git archive", "mtime", "1700000000.5")
            .file("main.tf", "a = 1\n").bytes());
        assertThat(f.fileNames("")).containsExactly("main.tf");
        assertThat(text(f, "main.tf")).isEqualTo("a = 1\n");
    }

    @Test
    void refusesGlobalHeadersThatOtherReadersApply() {
        assertThatThrownBy(() -> open(new TarBuilder().pax('g', "path", "evil.tf").file("main.tf", "a").bytes()))
            .hasMessage("t.tar: entry \"PaxHeaders/x\": the pax global header sets \"path\": Go's reader (and so"
                + " Coder) does not apply global headers to later entries, other readers do");
        assertThatThrownBy(() -> open(new TarBuilder().pax('g', "size", "0").file("main.tf", "a").bytes()))
            .hasMessageContaining("the pax global header sets \"size\"");
        assertThatThrownBy(() -> open(new TarBuilder().pax('x', "path", "a.tf").pax('g', "comment", "c")
                .file("b.tf", "b").bytes()))
            .hasMessageContaining("a pax global header separates an extended header from its entry");
    }

    @Test
    void refusesDirectoryDeclaringDataAtOnceEvenFromAnEndlessStream() {
        byte[] header = new TarBuilder().header("d/", '5', 0, "", "").unterminated();
        Arrays.fill(header, 124, 136, (byte) 0);
        header[124] = (byte) 0x80; // 2^60 in GNU base-256
        header[128] = 0x10;
        TarBuilder.rechecksum(header, 0);
        InputStream endless = new SequenceInputStream(new ByteArrayInputStream(header), new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        });
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
            assertThatThrownBy(() -> open(endless, SourceLimits.DEFAULTS)).hasMessage("t.tar: entry \"d/\": a"
                + " directory entry declares 1152921504606846976 bytes of data: Go's reader reads none for a"
                + " directory, other readers skip them, so the rest of the archive would read differently"));
        // an old-style file entry named with a slash is a directory to Go, too
        assertThatThrownBy(() -> open(new TarBuilder().header("d/", '\0', 10, "", "").data(new byte[10]).bytes()))
            .hasMessageContaining("a directory entry declares 10 bytes of data");
    }

    @Test
    void anEndlessStreamOfMetadataStopsAtTheTotalLimit() {
        TarBuilder b = new TarBuilder();
        for (int i = 0; i < 20; i++) {
            b.pax('x', "comment", "x".repeat(900)).file("f" + i + ".tf", "");
        }
        byte[] tar = b.bytes();
        assertThatThrownBy(() -> open(new ByteArrayInputStream(tar), SourceLimits.DEFAULTS.withMaxTotalBytes(10_000)))
            .hasMessageContaining("SourceLimits.maxTotalBytes");
        assertThatThrownBy(() -> open(new TarBuilder().header("PaxHeaders/x", 'x', (1 << 20) + 1, "", "").bytes()))
            .hasMessage("t.tar: entry \"PaxHeaders/x\": the pax header is 1048577 bytes, more than Go's reader"
                + " accepts (1048576)");
    }

    @Test
    void oldStyleEntriesAreReadAsGoReadsThem() throws Exception {
        TemplateFiles f = open(new TarBuilder().entry("dir/", '\0', new byte[0], "", "")
            .entry("dir/main.tf", '\0', "a".getBytes(StandardCharsets.UTF_8), "", "").bytes());
        assertThat(f.isDirectory("dir")).isTrue();
        assertThat(text(f, "dir/main.tf")).isEqualTo("a");
        assertThatThrownBy(() -> open(new TarBuilder().entry("x.tf/", '0', "a".getBytes(), "", "").bytes()))
            .hasMessage("t.tar: entry \"x.tf/\": a regular file's name ends in '/': Go's reader and Coder make it a"
                + " file, other readers a folder");
        assertThatThrownBy(() -> open(new TarBuilder().entry("c.tf", '7', "a".getBytes(), "", "").bytes()))
            .hasMessage("t.tar: entry \"c.tf\": the entry is a contiguous file (type '7'): Coder's unpacker skips it,"
                + " other readers extract it as a file");
    }

    @Test
    void longNamesAndPaxPathsMustAgree() throws Exception {
        String name = "m/" + "n".repeat(120) + ".tf";
        byte[] same = new TarBuilder().pax('x', "path", name).longName(name, "a").bytes();
        assertThat(text(open(same), name)).isEqualTo("a");
        byte[] differ = new TarBuilder().pax('x', "path", "pax.tf").longName(name, "a").bytes();
        assertThatThrownBy(() -> open(differ)).hasMessageContaining("the GNU long name \"" + name + "\" and the pax"
            + " path differ: Go's reader takes the long name, other readers the pax path");
        byte[] twoPax = new TarBuilder().pax('x', "path", "a.tf").pax('x', "path", "b.tf").file("c.tf", "c").bytes();
        assertThatThrownBy(() -> open(twoPax)).hasMessageContaining("two pax extended headers precede one entry");
        byte[] twoLong = new TarBuilder().entry("././@LongLink", 'L', "a.tf\0".getBytes(), "", "")
            .longName(name, "x").bytes();
        assertThatThrownBy(() -> open(twoLong)).hasMessageContaining("two GNU long names precede one entry");
    }

    @Test
    void paxRecordsAreParsedAsGoParsesThem() throws Exception {
        byte[] padded = new TarBuilder().entry("p", 'x', (TarBuilder.record("path", "a.tf") + "\0\0\0")
            .getBytes(StandardCharsets.UTF_8), "", "").file("x.tf", "x").bytes();
        assertThatThrownBy(() -> open(padded)).hasMessage("t.tar: entry \"p\": malformed pax header: a record has no"
            + " length");
        byte[] mtime = new TarBuilder().pax('x', "mtime", "12.x").file("a.tf", "a").bytes();
        assertThatThrownBy(() -> open(mtime)).hasMessage("t.tar: entry \"a.tf\": malformed pax header: the mtime"
            + " record is not a pax time");
        byte[] uid = new TarBuilder().pax('x', "uid", "1e3").file("a.tf", "a").bytes();
        assertThatThrownBy(() -> open(uid)).hasMessageContaining("the uid record is not a decimal number");
        byte[] fine = new TarBuilder().pax('x', "mtime", "-12.5", "uid", "+7", "path", "b.tf", "size", "")
            .file("a.tf", "a").bytes();
        assertThat(text(open(fine), "b.tf")).isEqualTo("a");
        byte[] sparse = new TarBuilder().pax('x', "GNU.sparse.major", "1", "GNU.sparse.minor", "0")
            .file("a.tf", "a").bytes();
        assertThatThrownBy(() -> open(sparse)).hasMessageContaining("is a sparse file (pax record GNU.sparse.");
        byte[] nul = new TarBuilder().pax('x', "path", "a\0b.tf").file("a.tf", "a").bytes();
        assertThatThrownBy(() -> open(nul)).hasMessageContaining("a record holds a NUL character");
    }

    @Test
    void theArchiveEndsWhereGoEndsIt() throws Exception {
        byte[] one = new TarBuilder().file("a.tf", "a").unterminated();
        byte[] zeroThenHeader = concat(one, new byte[512], new TarBuilder().file("b.tf", "b").bytes());
        assertThatThrownBy(() -> open(zeroThenHeader)).hasMessage("t.tar: entry \"a.tf\": a zero block is followed"
            + " by another header: Go's reader stops there with an error, other readers go on reading entries");
        assertThat(open(concat(one, new byte[512])).fileNames("")).containsExactly("a.tf");
        byte[] afterEnd = concat(one, new byte[1024], "anything".getBytes());
        assertThat(open(afterEnd).fileNames("")).containsExactly("a.tf");
        // the input may end inside an entry's padding: Go then reports the end of the archive
        byte[] shortPadding = Arrays.copyOf(one, 512 + 100);
        assertThat(text(open(shortPadding), "a.tf")).isEqualTo("a");
        assertThatThrownBy(() -> open(Arrays.copyOf(one, 512 + 0)))
            .isInstanceOf(TemplateSourceException.class).hasMessageContaining("truncated");
    }

    @Test
    void headerFieldsAreReadAsGoReadsThem() throws Exception {
        // star archives have a 131-byte prefix followed by times
        byte[] star = new TarBuilder().file("main.tf", "a").bytes();
        TarBuilder.patch(star, 0, 345, "p".repeat(131));
        TarBuilder.patch(star, 0, 476, "00000000000\0" + "00000000000\0");
        TarBuilder.patch(star, 0, 508, "tar\0");
        assertThat(text(open(star), "p".repeat(131) + "/main.tf")).isEqualTo("a");
        // GNU archives have no prefix, unless the time fields do not parse (archives of Go before 1.8)
        byte[] gnu = new TarBuilder().gnu().file("main.tf", "a").bytes();
        TarBuilder.patch(gnu, 0, 345, "00000000000\0");
        assertThat(open(gnu).fileNames("")).containsExactly("main.tf");
        TarBuilder.patch(gnu, 0, 345, "legacy\0\0\0\0\0\0");
        assertThat(text(open(gnu), "legacy/main.tf")).isEqualTo("a");
        // Go rejects a header whose mode, owner or time is not a number
        byte[] mode = new TarBuilder().file("main.tf", "a").bytes();
        TarBuilder.patch(mode, 0, 100, "rw-r--r");
        assertThatThrownBy(() -> open(mode)).hasMessage("t.tar: entry \"main.tf\": malformed tar header: the mode,"
            + " owner or time field is not a number Go's reader accepts");
        // a name Go keeps as bytes that are not UTF-8 has no faithful reading
        byte[] latin1 = new TarBuilder().file("caf_.tf", "a").bytes();
        latin1[3] = (byte) 0xe9;
        TarBuilder.rechecksum(latin1, 0);
        assertThatThrownBy(() -> open(latin1)).hasMessageContaining("the entry name is not valid UTF-8");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
