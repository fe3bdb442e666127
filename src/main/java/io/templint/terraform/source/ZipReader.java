package io.templint.terraform.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a zip archive held in memory the way Go's {@code archive/zip} does (Coder converts a zip
 * upload to tar with it): the central directory is the truth, and each entry's data is found
 * through the local header its central record points to. Readers that walk the local headers
 * instead (streaming unzip tools) could see other entries, so every place where the two views
 * could part is refused: local headers that disagree with the central directory (name, method,
 * flags, sizes, CRC, position), entries laid out with gaps or overlaps, a central directory that
 * counts other entries than it holds, Info-ZIP Unicode path fields naming another path, zip64,
 * encryption, links and other special files. A directory entry carries no data: one that declares
 * some is refused before anything is inflated; every inflated byte of a file counts against the
 * {@link SourceLimits}, and inflating stops at the size the central directory declares.
 */
final class ZipReader {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int END_LEN = 22;
    private static final int CENTRAL_LEN = 46;
    private static final int LOCAL_LEN = 30;
    /** Go searches the last 65 KiB (and 22 bytes of record) for the end record. */
    private static final int END_SEARCH = 65 * 1024;
    private static final int ZIP64_EXTRA = 0x0001;
    private static final int UNICODE_PATH_EXTRA = 0x7075;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int FLAG_ENCRYPTED = 0x0001;
    private static final int FLAG_DESCRIPTOR = 0x0008;
    private static final int FLAG_STRONG_ENCRYPTION = 0x0040;
    private static final int FLAG_MASKED_HEADER = 0x2000;

    private final byte[] d;
    private long consumed;

    ZipReader(byte[] data) {
        this.d = data;
    }

    /** Compressed bytes consumed so far: the input side of the compression ratio. */
    long consumed() {
        return consumed;
    }

    /** One central directory record. */
    private record Central(String name, byte[] rawName, int flags, int method, long crc, long compressed,
                           long size, long localOffset, int madeBy, long externalAttrs) {
        boolean directory() {
            return name.endsWith("/");
        }
    }

    /** Reads every entry into {@code out}. */
    void read(InMemoryFiles.Builder out) throws TemplateSourceException {
        SourceBudget budget = out.budget();
        int end = findEnd(budget);
        int records = u16(end + 10);
        long dirSize = u32(end + 12);
        long dirOffset = u32(end + 16);
        if (u16(end + 4) != 0 || u16(end + 6) != 0 || u16(end + 8) != records) {
            throw malformed(budget, null, "it spans several disks");
        }
        if (records == 0xffff || dirSize == 0xffffffffL || dirOffset == 0xffffffffL
                || end >= 20 && u32(end - 20) == ZIP64_LOCATOR) {
            throw budget.fail(null, "zip64 archives are not supported");
        }
        if (dirOffset + dirSize != end) {
            throw malformed(budget, null, "the central directory (" + dirSize + " bytes at offset " + dirOffset
                + ") does not end where its end record begins (offset " + end + "); readers would look for"
                + " entries in different places");
        }
        if (records > budget.limits().maxEntries()) {
            throw budget.fail(null, "the source holds more than " + budget.limits().maxEntries()
                + " entries (SourceLimits.maxEntries)");
        }
        int p = (int) dirOffset;
        long expectedLocal = 0;
        for (int i = 0; i < records; i++) {
            if (p + CENTRAL_LEN > end || u32(p) != CENTRAL) {
                throw malformed(budget, null, "the central directory holds fewer entries than the " + records
                    + " its end record counts");
            }
            Central c = central(p, end, budget);
            p += CENTRAL_LEN + u16(p + 28) + u16(p + 30) + u16(p + 32);
            budget.countEntry(c.name());
            if (c.localOffset() != expectedLocal) {
                throw malformed(budget, c.name(), expectedLocal == 0 && i == 0
                    ? "the first entry's data does not start the archive (offset " + c.localOffset() + ")"
                    : "the entry's local header is at offset " + c.localOffset() + ", not right after the previous"
                        + " entry (offset " + expectedLocal + "); entries overlap or hide data between them");
            }
            expectedLocal = readEntry(c, (int) dirOffset, out);
        }
        if (p != end) {
            throw malformed(budget, null, "the central directory holds more than the " + records
                + " entries its end record counts");
        }
        if (expectedLocal != dirOffset) {
            throw malformed(budget, null, records == 0
                ? "the central directory is empty, but " + dirOffset + " bytes of entries precede it"
                : "there are " + (dirOffset - expectedLocal) + " bytes between the last entry and the central"
                    + " directory that no central record accounts for");
        }
    }

    /** The offset of the end of central directory record, located as Go locates it, ending the data exactly. */
    private int findEnd(SourceBudget budget) throws TemplateSourceException {
        int found = -1;
        for (int i = d.length - END_LEN; i >= Math.max(0, d.length - END_SEARCH - END_LEN); i--) {
            if (u32(i) == END) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            throw malformed(budget, null, "it has no end of central directory record (truncated zip?)");
        }
        int comment = u16(found + 20);
        if (found + END_LEN + comment > d.length) {
            throw malformed(budget, null, "its end record's comment runs past the end of the data (truncated zip?)");
        }
        if (found + END_LEN + comment != d.length) {
            throw malformed(budget, null, (d.length - found - END_LEN - comment)
                + " bytes follow the end of the archive; readers differ on which end record they use");
        }
        return found;
    }

    private Central central(int p, int limit, SourceBudget budget) throws TemplateSourceException {
        int nameLen = u16(p + 28);
        int extraLen = u16(p + 30);
        int commentLen = u16(p + 32);
        if ((long) p + CENTRAL_LEN + nameLen + extraLen + commentLen > limit) {
            throw malformed(budget, null, "a central directory record runs past the central directory");
        }
        byte[] rawName = java.util.Arrays.copyOfRange(d, p + CENTRAL_LEN, p + CENTRAL_LEN + nameLen);
        String name = utf8(rawName, budget, null, "entry name");
        int flags = u16(p + 8);
        int method = u16(p + 10);
        long crc = u32(p + 16);
        long compressed = u32(p + 20);
        long size = u32(p + 24);
        long offset = u32(p + 42);
        if (compressed == 0xffffffffL || size == 0xffffffffL || offset == 0xffffffffL) {
            throw budget.fail(name, "zip64 entries are not supported");
        }
        checkExtra(p + CENTRAL_LEN + nameLen, extraLen, name, rawName, budget);
        if ((flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADER)) != 0) {
            throw budget.fail(name, "the entry is encrypted; Go's archive/zip cannot read it");
        }
        if (method != STORED && method != DEFLATED) {
            throw budget.fail(name, "the entry uses compression method " + method
                + "; Go's archive/zip reads only stored (0) and deflated (8) entries");
        }
        Central c = new Central(name, rawName, flags, method, crc, compressed, size, offset, u16(p + 4) >>> 8,
            u32(p + 38));
        checkKind(c, budget);
        return c;
    }

    /** Refuses links and special files, and entries whose attributes and name disagree on being a folder. */
    private static void checkKind(Central c, SourceBudget budget) throws TemplateSourceException {
        boolean attrDir;
        switch (c.madeBy()) {
            case 3, 19 -> { // Unix, macOS: the mode is in the high half
                int type = (int) (c.externalAttrs() >>> 16) & 0xF000;
                if (type == 0xA000) {
                    throw budget.fail(c.name(), "the entry is a symbolic link; links are refused");
                }
                if (type != 0 && type != 0x8000 && type != 0x4000) {
                    throw budget.fail(c.name(), "the entry is a device, FIFO or socket; only regular files are"
                        + " accepted");
                }
                attrDir = type == 0x4000;
            }
            case 0, 11, 14 -> attrDir = (c.externalAttrs() & 0x10) != 0; // MS-DOS, NTFS, VFAT attributes
            default -> attrDir = false;
        }
        if (attrDir && !c.directory()) {
            throw budget.fail(c.name(), "the entry's attributes mark it as a folder but its name does not end in"
                + " '/': Coder unpacks it as a file, other readers as a folder");
        }
    }

    /** Checks an extra field: no zip64 record, and no Unicode path naming another path than the header. */
    private void checkExtra(int start, int len, String name, byte[] rawName, SourceBudget budget)
            throws TemplateSourceException {
        int q = start;
        int end = start + len;
        while (q < end) {
            if (q + 4 > end) {
                throw malformed(budget, name, "the entry's extra field is malformed");
            }
            int tag = u16(q);
            int size = u16(q + 2);
            if (q + 4 + size > end) {
                throw malformed(budget, name, "the entry's extra field is malformed");
            }
            if (tag == ZIP64_EXTRA) {
                throw budget.fail(name, "zip64 entries are not supported");
            }
            if (tag == UNICODE_PATH_EXTRA) {
                if (size < 5) {
                    throw malformed(budget, name, "the entry's Unicode path field is malformed");
                }
                byte[] unicode = java.util.Arrays.copyOfRange(d, q + 9, q + 4 + size);
                if (!java.util.Arrays.equals(unicode, rawName)) {
                    throw budget.fail(name, "the entry's Unicode path field names \""
                        + SourceBudget.printable(new String(unicode, StandardCharsets.UTF_8))
                        + "\": Go's archive/zip (and so Coder) uses the header's name, other readers this one");
                }
            }
            q += 4 + size;
        }
    }

    /** Checks the local header against the central record, reads the data; returns where the next entry starts. */
    private long readEntry(Central c, int dirOffset, InMemoryFiles.Builder out) throws TemplateSourceException {
        SourceBudget budget = out.budget();
        String name = c.name();
        int l = (int) c.localOffset();
        if ((long) l + LOCAL_LEN > dirOffset || u32(l) != LOCAL) {
            throw malformed(budget, name, "the entry has no local header where the central directory points");
        }
        boolean descriptor = (c.flags() & FLAG_DESCRIPTOR) != 0;
        if (u16(l + 6) != c.flags() || u16(l + 8) != c.method()) {
            throw disagree(budget, name, "flags or compression method");
        }
        if (!agrees(u32(l + 14), c.crc(), descriptor)) {
            throw disagree(budget, name, "CRC-32");
        }
        if (!agrees(u32(l + 18), c.compressed(), descriptor) || !agrees(u32(l + 22), c.size(), descriptor)) {
            throw disagree(budget, name, "sizes");
        }
        int nameLen = u16(l + 26);
        int extraLen = u16(l + 28);
        long dataStart = (long) l + LOCAL_LEN + nameLen + extraLen;
        if (dataStart > dirOffset) {
            throw malformed(budget, name, "the entry's local header runs into the central directory");
        }
        if (!java.util.Arrays.equals(d, l + LOCAL_LEN, l + LOCAL_LEN + nameLen, c.rawName(), 0, c.rawName().length)) {
            throw budget.fail(name, "the local header names \"" + SourceBudget.printable(
                new String(d, l + LOCAL_LEN, nameLen, StandardCharsets.UTF_8)) + "\", the central directory \""
                + SourceBudget.printable(name) + "\": readers that walk the local headers see another archive");
        }
        checkExtra(l + LOCAL_LEN + nameLen, extraLen, name, c.rawName(), budget);
        long dataEnd = dataStart + c.compressed();
        if (dataEnd > dirOffset) {
            throw malformed(budget, name, "the entry's data runs into the central directory (truncated zip?)");
        }
        long next = dataEnd;
        if (descriptor) {
            next = checkDescriptor(c, (int) dataEnd, dirOffset, budget);
        }
        if (c.directory()) {
            if (c.size() != 0 || !emptyCompressed(c, (int) dataStart)) {
                throw budget.fail(name, "a directory entry carries data (" + c.compressed() + " compressed, "
                    + c.size() + " bytes declared); it was refused without inflating it");
            }
            out.addDirectory(name);
            consumed += c.compressed();
            return next;
        }
        String path = out.checkName(name);
        budget.checkDeclaredSize(name, c.size());
        byte[] content = c.method() == STORED ? stored(c, (int) dataStart, budget) : inflate(c, (int) dataStart, budget);
        CRC32 crc = new CRC32();
        crc.update(content);
        if (crc.getValue() != c.crc()) {
            throw malformed(budget, name, "the entry's CRC-32 does not match its data (corrupt zip)");
        }
        out.addFile(name, path, content);
        return next;
    }

    private static boolean agrees(long local, long central, boolean descriptor) {
        return local == central || descriptor && local == 0;
    }

    private static TemplateSourceException disagree(SourceBudget budget, String name, String what) {
        return budget.fail(name, "the entry's local header and central directory record disagree on its " + what
            + "; readers that walk the local headers would read it differently");
    }

    /** A data descriptor after the data (with or without its signature), matching the central record. */
    private long checkDescriptor(Central c, int at, int dirOffset, SourceBudget budget) throws TemplateSourceException {
        int q = at;
        if (q + 4 <= dirOffset && u32(q) == DESCRIPTOR) {
            q += 4;
        }
        if (q + 12 > dirOffset) {
            throw malformed(budget, c.name(), "the entry's data descriptor is missing (truncated zip?)");
        }
        if (u32(q) != c.crc() || u32(q + 4) != c.compressed() || u32(q + 8) != c.size()) {
            throw disagree(budget, c.name(), "CRC-32 or sizes (in the data descriptor)");
        }
        return q + 12L;
    }

    /** Whether a directory's compressed data is nothing or an empty deflate stream (as the JDK's jar writes). */
    private boolean emptyCompressed(Central c, int at) {
        return c.compressed() == 0
            || c.method() == DEFLATED && c.compressed() == 2 && d[at] == 3 && d[at + 1] == 0;
    }

    private byte[] stored(Central c, int at, SourceBudget budget) throws TemplateSourceException {
        if (c.compressed() != c.size()) {
            throw malformed(budget, c.name(), "a stored entry's compressed size (" + c.compressed()
                + ") differs from its size (" + c.size() + ")");
        }
        int n = (int) c.size();
        for (int done = 0; done < n; done += 1 << 16) {
            int chunk = Math.min(1 << 16, n - done);
            consumed += chunk;
            budget.addBytes(c.name(), chunk);
        }
        return java.util.Arrays.copyOfRange(d, at, at + n);
    }

    private byte[] inflate(Central c, int at, SourceBudget budget) throws TemplateSourceException {
        int size = (int) c.size();
        byte[] out = new byte[size];
        Inflater inf = new Inflater(true);
        long before = consumed;
        try {
            inf.setInput(d, at, (int) c.compressed());
            int n = 0;
            byte[] overflow = new byte[1];
            boolean dummy = false;
            while (!inf.finished()) {
                int r;
                if (n < size) {
                    r = inf.inflate(out, n, Math.min(1 << 16, size - n));
                } else {
                    r = inf.inflate(overflow);
                    if (r > 0) {
                        throw malformed(budget, c.name(), "the entry inflates to more than the " + size
                            + " bytes its header declares");
                    }
                }
                consumed = before + Math.min(inf.getBytesRead(), c.compressed());
                if (r > 0) {
                    n += r;
                    budget.addBytes(c.name(), r);
                } else if (inf.needsDictionary()) {
                    throw malformed(budget, c.name(), "the entry's compressed data is corrupt (it needs a dictionary)");
                } else if (inf.needsInput()) {
                    if (dummy) {
                        throw malformed(budget, c.name(), "the entry's compressed data ends early (truncated or"
                            + " corrupt)");
                    }
                    // raw inflating may need one byte past the data to see its end (Inflater's "nowrap" note)
                    dummy = true;
                    inf.setInput(new byte[1]);
                }
            }
            if (n != size) {
                throw malformed(budget, c.name(), "the entry inflates to " + n + " bytes, not the " + size
                    + " its header declares");
            }
            if (inf.getBytesRead() != c.compressed()) {
                throw malformed(budget, c.name(), "the entry's compressed data ends "
                    + (inf.getBytesRead() < c.compressed() ? "before" : "after") + " its declared compressed size");
            }
            consumed = before + c.compressed();
            return out;
        } catch (DataFormatException e) {
            throw malformed(budget, c.name(), "the entry's compressed data is corrupt ("
                + (e.getMessage() == null ? "invalid deflate data" : e.getMessage()) + ")");
        } finally {
            inf.end();
        }
    }

    /** Strictly decoded UTF-8: Go keeps a name's bytes, so a name that is not UTF-8 has no faithful reading. */
    static String utf8(byte[] b, SourceBudget budget, String entry, String what) throws TemplateSourceException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw budget.fail(entry != null ? entry : new String(b, StandardCharsets.UTF_8),
                "the " + what + " is not valid UTF-8");
        }
    }

    private static TemplateSourceException malformed(SourceBudget budget, String entry, String reason) {
        return budget.fail(entry, "the zip archive is malformed: " + reason);
    }

    private int u16(int i) {
        return (d[i] & 0xff) | (d[i + 1] & 0xff) << 8;
    }

    private long u32(int i) {
        return ((d[i] & 0xff) | (d[i + 1] & 0xff) << 8 | (d[i + 2] & 0xff) << 16 | (long) (d[i + 3] & 0xff) << 24);
    }
}
