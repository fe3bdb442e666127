package io.templint.terraform.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Reads a tar stream the way Go's {@code archive/tar} reader does (Coder's provisioner unpacks
 * template uploads with it), refusing every archive that Go and other tar readers would read
 * differently instead of picking one reading:
 *
 * <ul>
 *   <li>headers: the checksum (unsigned or signed sum), octal and base-256 numbers, the ustar
 *       prefix (155 bytes; 131 in star archives; in GNU archives only when Go falls back to it)
 *       are read as Go reads them, and a header Go would reject is refused;</li>
 *   <li>a directory carries no data in Go (its declared size is not skipped): one declaring a size
 *       is refused at once, as is a regular file named with a trailing {@code /} (a file to Go, a
 *       folder to others) and an old-style file type {@code '7'};</li>
 *   <li>pax extended headers ({@code x}) and GNU long names ({@code L}) apply to the next entry;
 *       Go takes the long name over a pax {@code path}, so differing ones are refused, as are two
 *       of one kind for one entry;</li>
 *   <li>pax global headers ({@code g}) are not applied to later entries (Go returns them as entries
 *       of their own, which Coder skips); one setting {@code path}, {@code size} or sparse records,
 *       which other readers do apply, is refused;</li>
 *   <li>sparse files, links, devices and unknown types are refused; names that are not UTF-8 are
 *       refused; the archive ends at two zero blocks, or at the end of the input at an entry
 *       boundary or inside padding (as in Go); a zero block followed by a header is refused.</li>
 * </ul>
 *
 * Every entry's declared size is checked against the {@link SourceLimits} before a byte of it is
 * read, and metadata counts against the total, so no header makes the reader read without end.
 */
final class TarReader {

    static final int BLOCK = 512;
    /** Go's limit on a pax header or GNU long name (maxSpecialFileSize). */
    private static final int MAX_METADATA_BYTES = 1 << 20;

    private static final int V7 = 1;
    private static final int USTAR = 2;
    private static final int GNU = 8;
    private static final int STAR = 16;

    private final InputStream in;
    private final InMemoryFiles.Builder out;
    private final SourceBudget budget;
    private String currentEntry;
    /** Set when the input ends inside an entry's padding: Go treats that as the end of the archive. */
    private boolean ended;

    private TarReader(InputStream in, InMemoryFiles.Builder out) {
        this.in = in;
        this.out = out;
        this.budget = out.budget();
    }

    /**
     * Reads every entry of {@code in} into {@code out}.
     *
     * @param readFailure how a failure of the underlying stream is described ("the gzip data is corrupt")
     */
    static void read(InputStream in, InMemoryFiles.Builder out, String readFailure) throws TemplateSourceException {
        TarReader r = new TarReader(in, out);
        try {
            r.readAll();
        } catch (IOException e) {
            throw r.budget.fail(r.currentEntry, readFailure + ": " + ArchiveReader.describe(e), e);
        }
    }

    /** Whether a first block looks like a tar header: ustar magic or a valid checksum. */
    static boolean looksLikeTar(byte[] block, int length) {
        if (length < BLOCK) {
            return false;
        }
        if (block[257] == 'u' && block[258] == 's' && block[259] == 't' && block[260] == 'a' && block[261] == 'r') {
            return true;
        }
        if (isZeroBlock(block)) {
            return true; // an empty archive: just the end-of-archive blocks
        }
        return checksumMatches(block);
    }

    /** A header as Go's reader parses it. */
    private record Header(char type, String name, long size) { }

    private void readAll() throws IOException, TemplateSourceException {
        byte[] block = new byte[BLOCK];
        Map<String, String> pax = null;
        String longName = null;
        boolean longLink = false;
        while (!ended) {
            int n = in.readNBytes(block, 0, BLOCK);
            if (n == 0) {
                return; // end of input at an entry boundary: Go's reader reports a normal end
            }
            if (n < BLOCK) {
                throw budget.fail(currentEntry, "the archive ends inside a header (truncated tar)");
            }
            if (isZeroBlock(block)) {
                int m = in.readNBytes(block, 0, BLOCK);
                if (m == 0 || m == BLOCK && isZeroBlock(block)) {
                    return; // the end-of-archive blocks; whatever follows is not read, as in Go
                }
                throw budget.fail(currentEntry, m < BLOCK
                    ? "the archive ends inside its end-of-archive blocks (truncated tar)"
                    : "a zero block is followed by another header: Go's reader stops there with an error,"
                        + " other readers go on reading entries");
            }
            Header h = header(block);
            currentEntry = h.name();
            budget.countEntry(h.name());
            switch (h.type()) {
                case 'x' -> {
                    if (pax != null) {
                        throw budget.fail(h.name(), "two pax extended headers precede one entry; tar readers"
                            + " differ on which applies");
                    }
                    pax = PaxHeaders.parse(readMetadata(h, "pax header"), budget, h.name());
                    for (String k : pax.keySet()) {
                        if (k.startsWith("GNU.sparse.")) {
                            throw budget.fail(h.name(), "the entry is a sparse file (pax record " + k
                                + "); sparse files are refused");
                        }
                    }
                    continue;
                }
                case 'g' -> {
                    if (pax != null || longName != null || longLink) {
                        throw budget.fail(h.name(), "a pax global header separates an extended header from its"
                            + " entry: Go's reader drops the extended header there, other readers apply it");
                    }
                    out.checkName(h.name()); // Coder checks the name of every entry Go returns, this one too
                    Map<String, String> g = PaxHeaders.parse(readMetadata(h, "pax global header"), budget, h.name());
                    for (String k : g.keySet()) {
                        if (k.equals("path") || k.equals("size") || k.startsWith("GNU.sparse.")) {
                            throw budget.fail(h.name(), "the pax global header sets \"" + SourceBudget.printable(k)
                                + "\": Go's reader (and so Coder) does not apply global headers to later entries,"
                                + " other readers do");
                        }
                    }
                    continue;
                }
                case 'L' -> {
                    if (longName != null) {
                        throw budget.fail(h.name(), "two GNU long names precede one entry; tar readers differ on"
                            + " which applies");
                    }
                    byte[] b = readMetadata(h, "GNU long name");
                    longName = utf8(cut(b, 0, b.length), "GNU long name");
                    if (longName.isEmpty()) {
                        throw budget.fail(h.name(), "the GNU long name is empty; tar readers differ on what it means");
                    }
                    continue;
                }
                case 'K' -> {
                    if (longLink) {
                        throw budget.fail(h.name(), "two GNU long link names precede one entry; tar readers differ"
                            + " on which applies");
                    }
                    readMetadata(h, "GNU long link name");
                    longLink = true;
                    continue;
                }
                default -> { }
            }
            String name = h.name();
            long size = h.size();
            if (pax != null) {
                String path = pax.get("path");
                if (path != null && !path.isEmpty()) {
                    name = path;
                }
                PaxHeaders.checkNumbers(pax, budget, name);
                String s = pax.get("size");
                if (s != null && !s.isEmpty()) {
                    size = PaxHeaders.size(s, budget, name);
                }
            }
            if (longName != null) {
                if (pax != null && pax.get("path") != null && !pax.get("path").isEmpty()
                        && !pax.get("path").equals(longName)) {
                    throw budget.fail(name, "the GNU long name \"" + SourceBudget.printable(longName)
                        + "\" and the pax path differ: Go's reader takes the long name, other readers the pax path");
                }
                name = longName;
            }
            currentEntry = name;
            pax = null;
            longName = null;
            longLink = false;
            readEntry(h.type(), name, size);
        }
    }

    private void readEntry(char type, String name, long size) throws IOException, TemplateSourceException {
        switch (type) {
            case '\0', '0', '5' -> {
                boolean dir = type == '5' || type == '\0' && name.endsWith("/");
                if (dir) {
                    if (size != 0) {
                        throw budget.fail(name, "a directory entry declares " + size + " bytes of data: Go's reader"
                            + " reads none for a directory, other readers skip them, so the rest of the archive"
                            + " would read differently");
                    }
                    out.addDirectory(name);
                    return;
                }
                if (name.endsWith("/")) {
                    throw budget.fail(name, "a regular file's name ends in '/': Go's reader and Coder make it a"
                        + " file, other readers a folder");
                }
                String path = out.checkName(name);
                byte[] content = readData(name, size);
                out.addFile(name, path, content);
            }
            case '1' -> throw budget.fail(name, "the entry is a hard link; links are refused");
            case '2' -> throw budget.fail(name, "the entry is a symbolic link; links are refused");
            case '3', '4' -> throw budget.fail(name, "the entry is a device file; only regular files are accepted");
            case '6' -> throw budget.fail(name, "the entry is a FIFO; only regular files are accepted");
            case '7' -> throw budget.fail(name, "the entry is a contiguous file (type '7'): Coder's unpacker skips"
                + " it, other readers extract it as a file");
            case 'S' -> throw budget.fail(name, "the entry is a GNU sparse file; sparse files are refused");
            default -> throw budget.fail(name, "the entry has the unsupported tar type '"
                + SourceBudget.printable(String.valueOf(type)) + "'");
        }
    }

    private byte[] readData(String name, long size) throws IOException, TemplateSourceException {
        budget.checkDeclaredSize(name, size);
        byte[] data = new byte[(int) size];
        int off = 0;
        while (off < size) {
            int r = in.read(data, off, (int) Math.min(size - off, 64 * 1024));
            if (r < 0) {
                throw budget.fail(name, "the archive ends inside the entry's content (truncated tar)");
            }
            off += r;
            budget.addBytes(name, r);
        }
        skipPadding(size);
        return data;
    }

    /** The data of a pax header or GNU long name, bounded (and counted) before it is read. */
    private byte[] readMetadata(Header h, String what) throws IOException, TemplateSourceException {
        if (h.size() > MAX_METADATA_BYTES) {
            throw budget.fail(h.name(), "the " + what + " is " + h.size() + " bytes, more than Go's reader accepts ("
                + MAX_METADATA_BYTES + ")");
        }
        budget.countMetadata(h.name(), h.size());
        byte[] data = in.readNBytes((int) h.size());
        if (data.length < h.size()) {
            throw budget.fail(h.name(), "the archive ends inside a " + what + " (truncated tar)");
        }
        skipPadding(h.size());
        return data;
    }

    /** Reads the padding after {@code size} bytes of data; the input may end inside it (Go: end of archive). */
    private void skipPadding(long size) throws IOException {
        int pad = (int) ((BLOCK - size % BLOCK) % BLOCK);
        if (pad > 0 && in.readNBytes(pad).length < pad) {
            ended = true;
        }
    }

    /** Parses a header block as Go's {@code readHeader} does; refuses what Go rejects. */
    private Header header(byte[] b) throws TemplateSourceException {
        String raw = SourceBudget.printable(latin1(cut(b, 0, 100)));
        Long sum = octal(b, 148, 8);
        if (sum == null || !checksumMatches(b)) {
            throw budget.fail(raw, "malformed tar header: the header checksum does not match");
        }
        int format = format(b);
        long size = numeric(b, 124, 12, raw, "size");
        for (int[] f : new int[][] {{100, 8}, {108, 8}, {116, 8}, {136, 12}}) {
            numeric(b, f[0], f[1], raw, "mode, owner or time");
        }
        byte[] prefix = new byte[0];
        if (format > V7) {
            numeric(b, 329, 8, raw, "device number");
            numeric(b, 337, 8, raw, "device number");
            if (format == USTAR) {
                prefix = cut(b, 345, 155);
            } else if (format == STAR) {
                prefix = cut(b, 345, 131);
                numeric(b, 476, 12, raw, "access time");
                numeric(b, 488, 12, raw, "change time");
            } else if (!gnuTime(b, 345) || !gnuTime(b, 357)) {
                // Go's fallback for archives written by old Go versions: the field is a ustar prefix
                byte[] p = cut(b, 345, 155);
                if (isAscii(p)) {
                    prefix = p;
                }
            }
        }
        byte[] nameBytes = cut(b, 0, 100);
        if (prefix.length > 0) {
            byte[] joined = new byte[prefix.length + 1 + nameBytes.length];
            System.arraycopy(prefix, 0, joined, 0, prefix.length);
            joined[prefix.length] = '/';
            System.arraycopy(nameBytes, 0, joined, prefix.length + 1, nameBytes.length);
            nameBytes = joined;
        }
        char type = (char) (b[156] & 0xff);
        if (size < 0) {
            throw budget.fail(raw, "malformed tar header: the size is negative");
        }
        return new Header(type, utf8(nameBytes, "entry name"), size);
    }

    /** Go's format guess: ustar (POSIX or star), GNU, or old V7. */
    private static int format(byte[] b) {
        boolean ustarMagic = b[257] == 'u' && b[258] == 's' && b[259] == 't' && b[260] == 'a' && b[261] == 'r';
        if (ustarMagic && b[262] == 0) {
            return b[508] == 't' && b[509] == 'a' && b[510] == 'r' && b[511] == 0 ? STAR : USTAR;
        }
        if (ustarMagic && b[262] == ' ' && b[263] == ' ' && b[264] == 0) {
            return GNU;
        }
        return V7;
    }

    /** Whether a GNU time field parses (Go reads it only when its first byte is not NUL). */
    private boolean gnuTime(byte[] b, int off) {
        if (b[off] == 0) {
            return true;
        }
        return parseNumeric(b, off, 12) != null;
    }

    private String utf8(byte[] b, String what) throws TemplateSourceException {
        return ZipReader.utf8(b, budget, currentEntry, what);
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0 || x == 0) {
                return false;
            }
        }
        return true;
    }

    private static String latin1(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The bytes of a field up to its first NUL (Go's parseString). */
    private static byte[] cut(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && end < b.length && b[end] != 0) {
            end++;
        }
        return java.util.Arrays.copyOfRange(b, off, end);
    }

    private static boolean isZeroBlock(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** Verifies the header checksum; both the unsigned (POSIX) and the signed (old Sun) sums are accepted. */
    private static boolean checksumMatches(byte[] h) {
        Long stored = octal(h, 148, 8);
        if (stored == null) {
            return false;
        }
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            int v = i >= 148 && i < 156 ? ' ' : h[i];
            unsigned += v & 0xff;
            signed += v;
        }
        return stored == unsigned || stored == signed;
    }

    /**
     * Go's parseOctal: spaces and NULs trimmed from both ends, the rest up to a NUL must be octal
     * digits fitting 64 bits (as a signed value here). Null when Go would fail.
     */
    private static Long octal(byte[] h, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end && (h[i] == ' ' || h[i] == 0)) {
            i++;
        }
        while (end > i && (h[end - 1] == ' ' || h[end - 1] == 0)) {
            end--;
        }
        if (i == end) {
            return 0L;
        }
        long v = 0;
        int digits = 0;
        for (; i < end && h[i] != 0; i++) {
            int d = h[i] - '0';
            if (d < 0 || d > 7) {
                return null;
            }
            if (digits > 0 || d > 0) {
                digits++;
            }
            if (digits > 22 || digits == 22 && v >>> 61 != 0) {
                return null; // more than 64 bits
            }
            v = v * 8 + d;
        }
        return v;
    }

    /** Go's parseNumeric: base-256 when the first byte's high bit is set, else octal. Null when Go would fail. */
    private static Long parseNumeric(byte[] h, int off, int len) {
        if ((h[off] & 0x80) == 0) {
            return octal(h, off, len);
        }
        int inv = (h[off] & 0x40) != 0 ? 0xff : 0;
        long x = 0;
        for (int i = 0; i < len; i++) {
            int c = (h[off + i] & 0xff) ^ inv;
            if (i == 0) {
                c &= 0x7f;
            }
            if (x >>> 56 != 0) {
                return null;
            }
            x = x << 8 | c;
        }
        if (x >>> 63 != 0) {
            return null;
        }
        return inv == 0xff ? ~x : x;
    }

    private long numeric(byte[] h, int off, int len, String name, String field) throws TemplateSourceException {
        Long v = parseNumeric(h, off, len);
        if (v == null) {
            throw budget.fail(name, "malformed tar header: the " + field + " field is not a number Go's reader accepts");
        }
        return v;
    }
}
