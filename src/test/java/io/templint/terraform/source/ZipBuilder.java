package io.templint.terraform.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip archives byte by byte: each entry's local header, data and central directory record
 * can be altered before the archive is assembled, for the malformed and malicious archives tests
 * need (local and central views that disagree, lying sizes, hidden data, bombs).
 */
final class ZipBuilder {

    /** One entry; every field is written as set, so tests can make the two views disagree. */
    static final class Entry {
        String name;
        String localName;
        byte[] data = new byte[0];
        byte[] stored;
        int method = 8;
        int flags = 0x0800;
        long crc;
        long size;
        long compressed;
        long localCrc = -1;
        long localSize = -1;
        long localCompressed = -1;
        int madeBy = 0x0314; // Unix, version 2.0
        long externalAttrs = 0100644L << 16;
        byte[] extra = new byte[0];
        byte[] localExtra = new byte[0];
        byte[] gapAfter = new byte[0];
        long centralOffsetDelta;
    }

    private final List<Entry> entries = new ArrayList<>();
    private int recordCountDelta;
    private byte[] trailing = new byte[0];
    private boolean emptyCentralDirectory;

    /** A deflated file entry. */
    ZipBuilder file(String name, byte[] data) {
        return file(name, data, e -> { });
    }

    /** A deflated file entry, altered by {@code change} after its fields are computed. */
    ZipBuilder file(String name, byte[] data, Consumer<Entry> change) {
        Entry e = new Entry();
        e.name = name;
        e.data = data;
        e.stored = deflate(data);
        e.crc = crc(data);
        e.size = data.length;
        e.compressed = e.stored.length;
        change.accept(e);
        entries.add(e);
        return this;
    }

    ZipBuilder file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    ZipBuilder file(String name, String text, Consumer<Entry> change) {
        return file(name, text.getBytes(StandardCharsets.UTF_8), change);
    }

    /** A directory entry (stored, no data), altered by {@code change}. */
    ZipBuilder dir(String name, Consumer<Entry> change) {
        Entry e = new Entry();
        e.name = name;
        e.method = 0;
        e.stored = new byte[0];
        e.externalAttrs = 040755L << 16;
        change.accept(e);
        entries.add(e);
        return this;
    }

    /** The end record counts {@code delta} more entries than there are. */
    ZipBuilder miscount(int delta) {
        recordCountDelta = delta;
        return this;
    }

    /** The end record says the central directory is empty, at the end of the entries. */
    ZipBuilder emptyCentralDirectory() {
        emptyCentralDirectory = true;
        return this;
    }

    /** Bytes after the end record. */
    ZipBuilder trailing(byte[] bytes) {
        trailing = bytes;
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        for (Entry e : entries) {
            offsets.add((long) out.size());
            byte[] name = (e.localName != null ? e.localName : e.name).getBytes(StandardCharsets.UTF_8);
            u32(out, 0x04034b50);
            u16(out, 20);
            u16(out, e.flags);
            u16(out, e.method);
            u16(out, 0);
            u16(out, 0x21);
            u32(out, e.localCrc >= 0 ? e.localCrc : e.crc);
            u32(out, e.localCompressed >= 0 ? e.localCompressed : e.compressed);
            u32(out, e.localSize >= 0 ? e.localSize : e.size);
            u16(out, name.length);
            u16(out, e.localExtra.length);
            out.writeBytes(name);
            out.writeBytes(e.localExtra);
            out.writeBytes(e.stored);
            out.writeBytes(e.gapAfter);
        }
        long dirOffset = out.size();
        if (!emptyCentralDirectory) {
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
                u32(out, 0x02014b50);
                u16(out, e.madeBy);
                u16(out, 20);
                u16(out, e.flags);
                u16(out, e.method);
                u16(out, 0);
                u16(out, 0x21);
                u32(out, e.crc);
                u32(out, e.compressed);
                u32(out, e.size);
                u16(out, name.length);
                u16(out, e.extra.length);
                u16(out, 0);
                u16(out, 0);
                u16(out, 0);
                u32(out, e.externalAttrs);
                u32(out, offsets.get(i) + e.centralOffsetDelta);
                out.writeBytes(name);
                out.writeBytes(e.extra);
            }
        }
        long dirSize = out.size() - dirOffset;
        int records = emptyCentralDirectory ? 0 : entries.size() + recordCountDelta;
        u32(out, 0x06054b50);
        u16(out, 0);
        u16(out, 0);
        u16(out, records);
        u16(out, records);
        u32(out, dirSize);
        u32(out, dirOffset);
        u16(out, 0);
        out.writeBytes(trailing);
        return out.toByteArray();
    }

    /** An Info-ZIP Unicode path extra field (0x7075) naming {@code path}. */
    static byte[] unicodePath(String headerName, String path) {
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        u16(out, 0x7075);
        u16(out, 5 + p.length);
        out.write(1);
        u32(out, crc(headerName.getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(p);
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    static long crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return c.getValue();
    }

    static void u16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
    }

    static void u32(ByteArrayOutputStream out, long v) {
        u16(out, (int) (v & 0xffff));
        u16(out, (int) ((v >>> 16) & 0xffff));
    }
}
