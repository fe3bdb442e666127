package io.templint.terraform.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a tar stream (POSIX ustar, GNU long names {@code L}/{@code K}, pax {@code x}/{@code g}
 * headers) into an {@link InMemoryFiles.Builder}. Every header's checksum is verified; links,
 * devices and unknown entry types are refused.
 */
final class TarReader {

    static final int BLOCK = 512;
    /** Largest GNU long name or pax header that is read. */
    private static final int MAX_METADATA_BYTES = 1 << 20;

    private final InputStream in;
    private final InMemoryFiles.Builder out;
    private final SourceBudget budget;
    private final Map<String, String> globalPax = new HashMap<>();
    private String currentEntry;

    private TarReader(InputStream in, InMemoryFiles.Builder out) {
        this.in = in;
        this.out = out;
        this.budget = out.budget();
    }

    /** Reads every entry of {@code in} into {@code out}. */
    static void read(InputStream in, InMemoryFiles.Builder out) throws TemplateSourceException {
        TarReader r = new TarReader(in, out);
        try {
            r.readAll();
        } catch (IOException e) {
            throw r.budget.fail(r.currentEntry, "the archive could not be read: " + e.getMessage(), e);
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
        try {
            return checksumMatches(block);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void readAll() throws IOException, TemplateSourceException {
        byte[] header = new byte[BLOCK];
        String longName = null;
        Map<String, String> pax = null;
        while (true) {
            int n = in.readNBytes(header, 0, BLOCK);
            if (n == 0) {
                return; // end of input without the end-of-archive blocks: accepted, as GNU tar does
            }
            if (n < BLOCK) {
                throw budget.fail(currentEntry, "the archive ends inside a header (truncated tar)");
            }
            if (isZeroBlock(header)) {
                return;
            }
            String headerName = headerName(header);
            currentEntry = headerName;
            boolean checksumOk;
            try {
                checksumOk = checksumMatches(header);
            } catch (NumberFormatException e) {
                throw budget.fail(headerName, "malformed tar header: the checksum field is not a number");
            }
            if (!checksumOk) {
                throw budget.fail(headerName, "malformed tar header: the header checksum does not match");
            }
            budget.countEntry(headerName);
            long size = numeric(header, 124, 12, headerName, "size");
            char type = (char) (header[156] & 0xff);
            switch (type) {
                case 'L' -> {
                    longName = cString(readMetadata(size, headerName, "GNU long name"), 0, (int) size);
                    continue;
                }
                case 'K' -> {
                    readMetadata(size, headerName, "GNU long link name");
                    continue;
                }
                case 'x' -> {
                    pax = PaxHeaders.parse(readMetadata(size, headerName, "pax header"), budget, headerName);
                    continue;
                }
                case 'g' -> {
                    Map<String, String> g = PaxHeaders.parse(readMetadata(size, headerName, "pax global header"),
                        budget, headerName);
                    g.forEach((k, v) -> {
                        if (v.isEmpty()) {
                            globalPax.remove(k);
                        } else {
                            globalPax.put(k, v);
                        }
                    });
                    continue;
                }
                default -> { }
            }
            Map<String, String> attrs = new HashMap<>(globalPax);
            if (pax != null) {
                pax.forEach((k, v) -> {
                    if (v.isEmpty()) {
                        attrs.remove(k);
                    } else {
                        attrs.put(k, v);
                    }
                });
            }
            String name = attrs.getOrDefault("path", longName != null ? longName : headerName);
            currentEntry = name;
            if (attrs.containsKey("size")) {
                size = PaxHeaders.size(attrs.get("size"), budget, name);
            }
            longName = null;
            pax = null;
            readEntry(type, name, size);
        }
    }

    private void readEntry(char type, String name, long size) throws IOException, TemplateSourceException {
        switch (type) {
            case '0', '\0', '7' -> {
                if (name.endsWith("/") && size == 0) {
                    out.addDirectory(name); // old (v7) tar marks directories with a trailing slash
                    return;
                }
                String path = out.checkName(name);
                byte[] content = readData(name, size);
                out.addFile(name, path, content);
            }
            case '5' -> {
                out.addDirectory(name);
                budget.addOverhead(name, size); // content of a directory entry is ignored, but inflating it costs
                skip(name, padded(size));
            }
            case '1' -> throw budget.fail(name, "the entry is a hard link; links are refused");
            case '2' -> throw budget.fail(name, "the entry is a symbolic link; links are refused");
            case '3', '4' -> throw budget.fail(name, "the entry is a device file; only regular files are accepted");
            case '6' -> throw budget.fail(name, "the entry is a FIFO; only regular files are accepted");
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
        skip(name, padded(size) - size);
        return data;
    }

    private byte[] readMetadata(long size, String name, String what) throws IOException, TemplateSourceException {
        if (size > MAX_METADATA_BYTES) {
            throw budget.fail(name, "the " + what + " is " + size + " bytes, more than " + MAX_METADATA_BYTES);
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw budget.fail(name, "the archive ends inside a " + what + " (truncated tar)");
        }
        budget.addOverhead(name, size);
        skip(name, padded(size) - size);
        return data;
    }

    private void skip(String name, long n) throws IOException, TemplateSourceException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw budget.fail(name, "the archive ends inside an entry (truncated tar)");
                }
                s = 1;
            }
            left -= s;
        }
    }

    private static long padded(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    private static String headerName(byte[] h) {
        String name = cString(h, 0, 100);
        boolean ustar = h[257] == 'u' && h[258] == 's' && h[259] == 't' && h[260] == 'a' && h[261] == 'r'
            && h[262] == 0; // POSIX "ustar\0"; GNU writes "ustar " and has no prefix field
        if (ustar) {
            String prefix = cString(h, 345, 155);
            if (!prefix.isEmpty()) {
                return prefix + "/" + name;
            }
        }
        return name;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
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
        long stored = octal(h, 148, 8);
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            int v = i >= 148 && i < 156 ? ' ' : h[i];
            unsigned += v & 0xff;
            signed += v;
        }
        return stored == unsigned || stored == signed;
    }

    /** An octal field (spaces and NULs around the digits allowed). */
    private static long octal(byte[] h, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end && (h[i] == ' ' || h[i] == 0)) {
            i++;
        }
        long v = 0;
        int digits = 0;
        for (; i < end && h[i] != ' ' && h[i] != 0; i++) {
            int d = h[i] - '0';
            if (d < 0 || d > 7 || ++digits > 21) {
                throw new NumberFormatException("not octal");
            }
            v = v * 8 + d;
        }
        for (; i < end; i++) {
            if (h[i] != ' ' && h[i] != 0) {
                throw new NumberFormatException("not octal");
            }
        }
        return v;
    }

    /** A numeric field: octal, or GNU base-256 when the high bit of the first byte is set. */
    private long numeric(byte[] h, int off, int len, String name, String field) throws TemplateSourceException {
        if ((h[off] & 0x80) != 0) {
            if ((h[off] & 0x40) != 0) {
                throw budget.fail(name, "malformed tar header: the " + field + " field is negative");
            }
            long v = h[off] & 0x3f;
            for (int i = off + 1; i < off + len; i++) {
                if (v > (Long.MAX_VALUE >> 8)) {
                    throw budget.fail(name, "malformed tar header: the " + field + " field is too large");
                }
                v = (v << 8) | (h[i] & 0xff);
            }
            return v;
        }
        try {
            return octal(h, off, len);
        } catch (NumberFormatException e) {
            throw budget.fail(name, "malformed tar header: the " + field + " field is not an octal number");
        }
    }
}
