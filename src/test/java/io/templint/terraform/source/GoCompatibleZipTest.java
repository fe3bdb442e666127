package io.templint.terraform.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Zip archives read as Go's archive/zip reads them (Coder converts zip uploads with it): the
 * central directory is the truth, and every archive that a reader walking the local headers
 * would read differently is refused. One test per class of input, archives written byte by byte.
 */
class GoCompatibleZipTest {

    private static TemplateFiles open(byte[] zip) throws TemplateSourceException {
        return open(zip, SourceLimits.DEFAULTS);
    }

    private static TemplateFiles open(byte[] zip, SourceLimits limits) throws TemplateSourceException {
        return TemplateSource.archive("t.zip", new ByteArrayInputStream(zip)).open(limits);
    }

    private static String text(TemplateFiles f, String path) throws TemplateSourceException {
        return new String(f.read(path), StandardCharsets.UTF_8);
    }

    @Test
    void readsWellFormedArchivesWithDirectoriesAndDataDescriptors() throws Exception {
        TemplateFiles f = open(new ZipBuilder().dir("mod/", e -> { }).file("mod/main.tf", "a = 1\n")
            .file("main.tf", "b = 2\n").bytes());
        assertThat(f.fileNames("")).containsExactly("main.tf");
        assertThat(text(f, "mod/main.tf")).isEqualTo("a = 1\n");
        // the JDK's writer puts sizes and CRC in data descriptors after the data
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("dir/"));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("dir/x.tf"));
            z.write("x = 1\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("empty.tf")); // an empty deflate stream (found by the differential fuzzer)
            z.closeEntry();
        }
        TemplateFiles jdk = open(b.toByteArray());
        assertThat(text(jdk, "dir/x.tf")).isEqualTo("x = 1\n");
        assertThat(jdk.read("empty.tf")).isEmpty();
    }

    @Test
    void refusesLocalHeaderNamingAnotherFile() {
        byte[] zip = new ZipBuilder().file("main.tf", "a = 1\n", e -> e.localName = "other.tf").bytes();
        assertThatThrownBy(() -> open(zip)).hasMessage("t.zip: entry \"main.tf\": the local header names"
            + " \"other.tf\", the central directory \"main.tf\": readers that walk the local headers see another"
            + " archive");
    }

    @Test
    void refusesLocalHeaderWithOtherSizesOrCrc() throws Exception {
        byte[] sizes = new ZipBuilder().file("main.tf", "a = 1\n", e -> e.localSize = 3).bytes();
        assertThatThrownBy(() -> open(sizes)).hasMessage("t.zip: entry \"main.tf\": the entry's local header and"
            + " central directory record disagree on its sizes; readers that walk the local headers would read it"
            + " differently");
        byte[] crc = new ZipBuilder().file("main.tf", "a = 1\n", e -> e.localCrc = 7).bytes();
        assertThatThrownBy(() -> open(crc)).hasMessageContaining("disagree on its CRC-32");
        byte[] method = new ZipBuilder().file("main.tf", "a = 1\n", e -> e.flags = 0).bytes();
        assertThat(open(method).isFile("main.tf")).isTrue();
    }

    @Test
    void refusesDataHiddenBetweenEntriesOrOverlappingEntries() {
        byte[] gap = new ZipBuilder().file("a.tf", "a = 1\n", e -> e.gapAfter = new byte[64]).file("b.tf", "b")
            .bytes();
        assertThatThrownBy(() -> open(gap)).hasMessage("t.zip: entry \"b.tf\": the zip archive is malformed: the"
            + " entry's local header is at offset " + (30 + 4 + ZipBuilder.deflate("a = 1\n".getBytes()).length + 64)
            + ", not right after the previous entry (offset " + (30 + 4 + ZipBuilder.deflate("a = 1\n".getBytes())
            .length) + "); entries overlap or hide data between them");
        byte[] last = new ZipBuilder().file("a.tf", "a = 1\n", e -> e.gapAfter = new byte[10]).bytes();
        assertThatThrownBy(() -> open(last)).hasMessageContaining("there are 10 bytes between the last entry and the"
            + " central directory");
        byte[] overlap = new ZipBuilder().file("a.tf", "a = 1\n").file("b.tf", "b", e -> e.centralOffsetDelta = -8)
            .bytes();
        assertThatThrownBy(() -> open(overlap)).hasMessageContaining("entries overlap or hide data");
    }

    @Test
    void refusesCentralDirectoryCountsThatDisagree() {
        byte[] more = new ZipBuilder().file("a.tf", "a").file("b.tf", "b").miscount(-1).bytes();
        assertThatThrownBy(() -> open(more)).hasMessage("t.zip: the zip archive is malformed: the central directory"
            + " holds more than the 1 entries its end record counts");
        byte[] fewer = new ZipBuilder().file("a.tf", "a").miscount(1).bytes();
        assertThatThrownBy(() -> open(fewer)).hasMessage("t.zip: the zip archive is malformed: the central directory"
            + " holds fewer entries than the 2 its end record counts");
    }

    @Test
    void refusesEmptyCentralDirectoryWhileEntriesExist() {
        byte[] zip = new ZipBuilder().file("main.tf", "resource \"x\" \"y\" {}\n").emptyCentralDirectory().bytes();
        int entryBytes = zip.length - 22;
        assertThatThrownBy(() -> open(zip)).hasMessage("t.zip: the zip archive is malformed: the central directory"
            + " is empty, but " + entryBytes + " bytes of entries precede it");
    }

    @Test
    void refusesUnicodePathNamingAnotherPath() throws Exception {
        byte[] other = new ZipBuilder().file("main.tf", "a", e -> e.extra = ZipBuilder.unicodePath("main.tf", "x.tf"))
            .bytes();
        assertThatThrownBy(() -> open(other)).hasMessage("t.zip: entry \"main.tf\": the entry's Unicode path field"
            + " names \"x.tf\": Go's archive/zip (and so Coder) uses the header's name, other readers this one");
        byte[] inLocal = new ZipBuilder().file("main.tf", "a",
            e -> e.localExtra = ZipBuilder.unicodePath("main.tf", "../x.tf")).bytes();
        assertThatThrownBy(() -> open(inLocal)).hasMessageContaining("Unicode path field names \"../x.tf\"");
        byte[] same = new ZipBuilder().file("main.tf", "a", e -> e.extra = ZipBuilder.unicodePath("main.tf",
            "main.tf")).bytes();
        assertThat(text(open(same), "main.tf")).isEqualTo("a");
    }

    @Test
    void refusesDirectoryEntryWithDataBeforeInflatingIt() {
        byte[] declared = new ZipBuilder().dir("d/", e -> {
            e.data = new byte[100];
            e.stored = new byte[100];
            e.size = 100;
            e.compressed = 100;
            e.crc = ZipBuilder.crc(e.data);
        }).bytes();
        assertThatThrownBy(() -> open(declared)).hasMessage("t.zip: entry \"d/\": a directory entry carries data"
            + " (100 compressed, 100 bytes declared); it was refused without inflating it");
        // 1 GiB of zeros behind a directory that declares no data: refused at once, not inflated
        byte[] bomb = zerosDeflated(1024);
        byte[] hidden = new ZipBuilder().dir("d/", e -> {
            e.method = 8;
            e.stored = bomb;
            e.compressed = bomb.length;
        }).bytes();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
            assertThatThrownBy(() -> open(hidden)).hasMessageContaining("a directory entry carries data ("
                + bomb.length + " compressed, 0 bytes declared)"));
        // the JDK's jar tool deflates directories to an empty stream: that is no data
        byte[] jar = new ZipBuilder().dir("d/", e -> {
            e.method = 8;
            e.stored = new byte[] {3, 0};
            e.compressed = 2;
        }).bytes();
        assertThatCode(() -> open(jar));
    }

    private static void assertThatCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
        org.assertj.core.api.Assertions.assertThatCode(c).doesNotThrowAnyException();
    }

    @Test
    void everyInflatedByteCountsAndInflatingStopsAtTheDeclaredSize() {
        byte[] bomb = zerosDeflated(64);
        byte[] lying = new ZipBuilder().file("main.tf", new byte[0], e -> {
            e.stored = bomb;
            e.compressed = bomb.length;
            e.size = 1000;
        }).bytes();
        assertThatThrownBy(() -> open(lying)).hasMessage("t.zip: entry \"main.tf\": the zip archive is malformed:"
            + " the entry inflates to more than the 1000 bytes its header declares");
        byte[] eight = zerosDeflated(8);
        byte[] ratio = new ZipBuilder().file("main.tf", new byte[0], e -> {
            e.stored = eight;
            e.compressed = eight.length;
            e.size = 8L << 20;
        }).bytes();
        assertThatThrownBy(() -> open(ratio)).hasMessageContaining("like a compression bomb");
        byte[] total = new ZipBuilder().file("a.tf", new byte[600]).file("b.tf", new byte[600]).bytes();
        assertThatThrownBy(() -> open(total, SourceLimits.DEFAULTS.withMaxTotalBytes(1000)))
            .hasMessageContaining("entry \"b.tf\"").hasMessageContaining("SourceLimits.maxTotalBytes");
    }

    @Test
    void refusesCorruptData() {
        byte[] crc = new ZipBuilder().file("main.tf", "a = 1\n", e -> {
            e.crc = 1;
            e.localCrc = 1;
        }).bytes();
        assertThatThrownBy(() -> open(crc)).hasMessage("t.zip: entry \"main.tf\": the zip archive is malformed: the"
            + " entry's CRC-32 does not match its data (corrupt zip)");
        byte[] garbage = new ZipBuilder().file("main.tf", "a = 1\n", e -> {
            e.stored = new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff};
            e.compressed = 3;
        }).bytes();
        assertThatThrownBy(() -> open(garbage)).hasMessageContaining("compressed data is corrupt");
        byte[] trailing = new ZipBuilder().file("main.tf", "a").trailing(new byte[] {1, 2, 3}).bytes();
        assertThatThrownBy(() -> open(trailing)).hasMessage("t.zip: the zip archive is malformed: 3 bytes follow the"
            + " end of the archive; readers differ on which end record they use");
    }

    @Test
    void refusesWhatCoderAndOtherReadersUnpackDifferently() {
        byte[] attrDir = new ZipBuilder().file("d", "", e -> e.externalAttrs = 040755L << 16).bytes();
        assertThatThrownBy(() -> open(attrDir)).hasMessage("t.zip: entry \"d\": the entry's attributes mark it as a"
            + " folder but its name does not end in '/': Coder unpacks it as a file, other readers as a folder");
        byte[] dosDir = new ZipBuilder().file("d", "", e -> {
            e.madeBy = 20;
            e.externalAttrs = 0x10;
        }).bytes();
        assertThatThrownBy(() -> open(dosDir)).hasMessageContaining("attributes mark it as a folder");
        byte[] encrypted = new ZipBuilder().file("main.tf", "a", e -> e.flags = 0x0801).bytes();
        assertThatThrownBy(() -> open(encrypted)).hasMessageContaining("encrypted");
        byte[] bzip2 = new ZipBuilder().file("main.tf", "a", e -> e.method = 12).bytes();
        assertThatThrownBy(() -> open(bzip2)).hasMessageContaining("compression method 12");
        byte[] fifo = new ZipBuilder().file("p", "", e -> e.externalAttrs = 010644L << 16).bytes();
        assertThatThrownBy(() -> open(fifo)).hasMessageContaining("device, FIFO or socket");
        byte[] zip64 = new ZipBuilder().file("main.tf", "a", e -> e.extra = new byte[] {1, 0, 0, 0}).bytes();
        assertThatThrownBy(() -> open(zip64)).hasMessageContaining("zip64");
        byte[] notUtf8 = new ZipBuilder().file("m\u00e9.tf", "a").bytes();
        for (int from = 0, at; (at = indexOf(notUtf8, "m\u00e9".getBytes(StandardCharsets.UTF_8), from)) >= 0;
                from = at + 1) {
            notUtf8[at + 1] = (byte) 0xe9; // ISO-8859-1, as old Windows tools write names
            notUtf8[at + 2] = '_';
        }
        assertThatThrownBy(() -> open(notUtf8)).hasMessageContaining("is not valid UTF-8");
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            if (java.util.Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A raw deflate stream of {@code mebibytes} MiB of zeros, built by repeating one flushed,
     * byte-aligned block: 8 GiB take 8 MiB and no time to build.
     */
    static byte[] zerosDeflated(int mebibytes) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(new byte[1 << 20]);
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH)) > 0) {
            one.write(buf, 0, n);
        }
        d.end();
        byte[] block = one.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < mebibytes; i++) {
            out.writeBytes(block);
        }
        out.writeBytes(new byte[] {3, 0}); // a final, empty fixed-Huffman block
        return out.toByteArray();
    }
}
