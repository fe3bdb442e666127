package io.templint.terraform.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip archive held in memory. The central directory is inspected first, because only it
 * records Unix file modes: symbolic links are refused from there. Entries are then read with
 * {@link ZipInputStream}.
 */
final class ZipReader {

    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int UNIX_HOST = 3;
    private static final int TYPE_MASK = 0xF000;
    private static final int SYMLINK = 0xA000;

    private ZipReader() { }

    /** Reads every entry of the zip archive {@code data} into {@code out}. */
    static void read(byte[] data, InMemoryFiles.Builder out, CountingInputStream counted)
            throws TemplateSourceException {
        SourceBudget budget = out.budget();
        Set<String> links = linkEntries(data, budget);
        String current = null;
        try (ZipInputStream zin = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                current = e.getName();
                budget.countEntry(current);
                if (links.contains(current)) {
                    throw budget.fail(current, "the entry is a symbolic link; links are refused");
                }
                if (e.isDirectory()) {
                    out.addDirectory(current);
                    continue;
                }
                String path = out.checkName(current);
                byte[] content = budget.readContent(current, zin, e.getSize());
                out.addFile(current, path, content);
            }
        } catch (IOException | IllegalArgumentException ex) {
            throw budget.fail(current, "the zip archive is malformed: " + ex.getMessage(), ex);
        }
    }

    /** The names of central-directory entries whose Unix mode is a symbolic link. */
    private static Set<String> linkEntries(byte[] d, SourceBudget budget) throws TemplateSourceException {
        int eocd = -1;
        for (int i = d.length - 22; i >= Math.max(0, d.length - 22 - 65535); i--) {
            if (u32(d, i) == EOCD) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw budget.fail(null, "the zip archive is malformed: it has no end of central directory record");
        }
        int entries = u16(d, eocd + 10);
        long offset = u32(d, eocd + 16) & 0xffffffffL;
        if (entries == 0xffff || offset == 0xffffffffL) {
            throw budget.fail(null, "zip64 archives are not supported");
        }
        if (entries > budget.limits().maxEntries()) {
            throw budget.fail(null, "the source holds more than " + budget.limits().maxEntries()
                + " entries (SourceLimits.maxEntries)");
        }
        Set<String> links = new HashSet<>();
        long p = offset;
        for (int i = 0; i < entries; i++) {
            if (p + 46 > d.length || u32(d, (int) p) != CENTRAL) {
                throw budget.fail(null, "the zip archive is malformed: a central directory entry is damaged");
            }
            int q = (int) p;
            int host = (d[q + 5] & 0xff);
            int nameLen = u16(d, q + 28);
            int extraLen = u16(d, q + 30);
            int commentLen = u16(d, q + 32);
            long attrs = u32(d, q + 38) & 0xffffffffL;
            if (q + 46L + nameLen > d.length) {
                throw budget.fail(null, "the zip archive is malformed: a central directory entry is damaged");
            }
            String name = new String(d, q + 46, nameLen, StandardCharsets.UTF_8);
            if (host == UNIX_HOST && ((attrs >>> 16) & TYPE_MASK) == SYMLINK) {
                links.add(name);
            }
            p += 46L + nameLen + extraLen + commentLen;
        }
        return links;
    }

    private static int u16(byte[] d, int i) {
        return (d[i] & 0xff) | (d[i + 1] & 0xff) << 8;
    }

    private static int u32(byte[] d, int i) {
        return (d[i] & 0xff) | (d[i + 1] & 0xff) << 8 | (d[i + 2] & 0xff) << 16 | (d[i + 3] & 0xff) << 24;
    }

    /** An input stream over {@code data} that counts what the zip reader consumes. */
    static CountingInputStream counting(byte[] data) {
        return new CountingInputStream(new ByteArrayInputStream(data));
    }
}
