package io.templint.terraform.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads a tar, gzip-compressed tar or zip archive from a stream into memory. The format is told
 * by the content's magic bytes, not by the name. Nothing is written to disk.
 */
final class ArchiveReader {

    private static final int PEEK = TarReader.BLOCK;

    private ArchiveReader() { }

    static InMemoryFiles read(String name, InputStream raw, SourceLimits limits) throws TemplateSourceException {
        CountingInputStream counted = new CountingInputStream(raw);
        BufferedInputStream in = new BufferedInputStream(counted, 64 * 1024);
        byte[] head = peek(in, name, "the archive could not be read");
        if (head.length == 0) {
            throw new TemplateSourceException(name + ": the input is empty, not an archive", null);
        }
        if (isGzip(head)) {
            SourceBudget budget = new SourceBudget(name, limits, counted::count);
            try {
                BufferedInputStream inner = new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
                byte[] innerHead = peek(inner, name, "the gzip data is corrupt or truncated");
                if (!TarReader.looksLikeTar(innerHead, innerHead.length)) {
                    throw budget.fail(null, "the gzip stream does not hold a tar archive");
                }
                InMemoryFiles.Builder out = new InMemoryFiles.Builder(budget);
                TarReader.read(inner, out, "the gzip data is corrupt or truncated");
                drain(inner, budget);
                return out.build();
            } catch (IOException e) {
                throw budget.fail(null, "the gzip data is corrupt or truncated: " + describe(e), e);
            }
        }
        if (isZip(head)) {
            byte[] data = readBounded(in, name, limits);
            ZipReader zip = new ZipReader(data);
            InMemoryFiles.Builder out = new InMemoryFiles.Builder(new SourceBudget(name, limits, zip::consumed));
            zip.read(out);
            return out.build();
        }
        if (TarReader.looksLikeTar(head, head.length)) {
            InMemoryFiles.Builder out = new InMemoryFiles.Builder(new SourceBudget(name, limits, null));
            TarReader.read(in, out, "the archive could not be read");
            return out.build();
        }
        throw new TemplateSourceException(name + ": not a tar, tar.gz or zip archive (unrecognised content)", null);
    }

    /**
     * Reads the gzip stream past the end of the tar archive to its own end, so that its checksum
     * and length are verified (a tar reader stops at the end-of-archive blocks and would not see a
     * corrupt trailer); what is read counts against the limits.
     */
    private static void drain(InputStream in, SourceBudget budget) throws IOException, TemplateSourceException {
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
            budget.countMetadata(null, n);
        }
    }

    private static byte[] peek(BufferedInputStream in, String name, String failure) throws TemplateSourceException {
        try {
            in.mark(PEEK);
            byte[] head = in.readNBytes(PEEK);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new TemplateSourceException(name + ": " + failure + ": " + describe(e), null, e);
        }
    }

    /**
     * What went wrong reading, in words: the JDK's stream exceptions often carry no message (a
     * truncated gzip member is an {@link java.io.EOFException} without one).
     */
    static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.io.EOFException) {
            return m == null || m.isEmpty() ? "the data ends unexpectedly" : "the data ends unexpectedly (" + m + ")";
        }
        if (m == null || m.isEmpty()) {
            return e instanceof java.util.zip.ZipException ? "invalid compressed data" : e.getClass().getSimpleName();
        }
        return m;
    }

    /** A whole (zip) archive, bounded: no more compressed bytes than the uncompressed limit allows. */
    private static byte[] readBounded(InputStream in, String name, SourceLimits limits) throws TemplateSourceException {
        long cap = limits.maxTotalBytes() + (long) limits.maxEntries() * 1024 + 65 * 1024;
        try {
            byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, cap + 1));
            if (data.length > cap) {
                throw new TemplateSourceException(name + ": the zip archive is larger than " + cap
                    + " bytes (SourceLimits.maxTotalBytes plus headers)", null);
            }
            return data;
        } catch (IOException e) {
            throw new TemplateSourceException(name + ": the archive could not be read: " + describe(e), null, e);
        }
    }

    private static boolean isGzip(byte[] h) {
        return h.length >= 2 && (h[0] & 0xff) == 0x1f && (h[1] & 0xff) == 0x8b;
    }

    private static boolean isZip(byte[] h) {
        return h.length >= 4 && h[0] == 'P' && h[1] == 'K'
            && (h[2] == 3 && h[3] == 4 || h[2] == 5 && h[3] == 6);
    }
}
