package io.templint.terraform.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts what a source has produced against its {@link SourceLimits}: entries, bytes in all, bytes
 * per file and, for compressed input, the ratio of produced to consumed bytes.
 */
final class SourceBudget {

    private final String sourceName;
    private final SourceLimits limits;
    private final LongSupplier compressedBytes;
    private int entries;
    private long totalBytes;
    private long inflated;

    /**
     * @param compressedBytes how many compressed bytes have been consumed so far, or null when the
     *                        input is not compressed
     */
    SourceBudget(String sourceName, SourceLimits limits, LongSupplier compressedBytes) {
        this.sourceName = sourceName;
        this.limits = limits;
        this.compressedBytes = compressedBytes;
    }

    SourceLimits limits() {
        return limits;
    }

    String sourceName() {
        return sourceName;
    }

    /** Counts one more entry. */
    void countEntry(String entry) throws TemplateSourceException {
        if (++entries > limits.maxEntries()) {
            throw fail(entry, "the source holds more than " + limits.maxEntries()
                + " entries (SourceLimits.maxEntries)");
        }
    }

    /** Refuses a file whose declared size is over a limit before any of it is read. */
    void checkDeclaredSize(String entry, long size) throws TemplateSourceException {
        if (size > limits.maxFileBytes()) {
            throw fail(entry, "the entry is " + size + " bytes, more than the per-file limit of "
                + limits.maxFileBytes() + " bytes (SourceLimits.maxFileBytes)");
        }
        if (totalBytes + size > limits.maxTotalBytes()) {
            throw totalExceeded(entry);
        }
    }

    /**
     * Reads one entry's content to its end, refusing it as soon as a limit is crossed.
     *
     * @param expected the size the header declares, or -1 when unknown
     */
    byte[] readContent(String entry, InputStream in, long expected) throws TemplateSourceException {
        if (expected >= 0) {
            checkDeclaredSize(entry, expected);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(expected > 0 ? (int) Math.min(expected, 1 << 16) : 256);
        byte[] buf = new byte[8192];
        long n = 0;
        try {
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                if (n > limits.maxFileBytes()) {
                    throw fail(entry, "the entry is larger than the per-file limit of "
                        + limits.maxFileBytes() + " bytes (SourceLimits.maxFileBytes)");
                }
                addBytes(entry, r);
                out.write(buf, 0, r);
            }
        } catch (IOException e) {
            throw fail(entry, "its content could not be read: " + ArchiveReader.describe(e), e);
        }
        return out.toByteArray();
    }

    /** Counts {@code n} bytes of file content, checking the total and the compression ratio. */
    void addBytes(String entry, long n) throws TemplateSourceException {
        totalBytes += n;
        if (totalBytes > limits.maxTotalBytes()) {
            throw totalExceeded(entry);
        }
        checkRatio(entry, n);
    }

    /**
     * Counts archive metadata (a pax header, a GNU long name) whose declared size is {@code n}
     * bytes, against the total and the ratio, before any of it is read: what the reader must read
     * and skip is bounded like file content, so no header can make it read without end.
     */
    void countMetadata(String entry, long n) throws TemplateSourceException {
        if (n < 0 || totalBytes + n > limits.maxTotalBytes()) {
            throw totalExceeded(entry);
        }
        addBytes(entry, n);
    }

    private void checkRatio(String entry, long n) throws TemplateSourceException {
        inflated += n;
        if (compressedBytes != null && inflated > SourceLimits.RATIO_GRACE_BYTES) {
            long in = Math.max(1, compressedBytes.getAsLong());
            if (inflated / in > limits.maxCompressionRatio()) {
                throw fail(entry, "the archive expands more than " + limits.maxCompressionRatio()
                    + " times (" + inflated + " bytes from " + in + " compressed bytes), like a compression bomb"
                    + " (SourceLimits.maxCompressionRatio)");
            }
        }
    }

    private TemplateSourceException totalExceeded(String entry) {
        return fail(entry, "the source holds more than " + limits.maxTotalBytes()
            + " bytes of file content (SourceLimits.maxTotalBytes)");
    }

    /** An exception naming the source and the entry. */
    TemplateSourceException fail(String entry, String reason) {
        return fail(entry, reason, null);
    }

    /** An exception naming the source and the entry, with a cause. */
    TemplateSourceException fail(String entry, String reason, Throwable cause) {
        String where = entry == null ? sourceName : sourceName + ": entry \"" + printable(entry) + "\"";
        return new TemplateSourceException(where + ": " + reason, entry, cause);
    }

    /** An entry name with control characters escaped, safe to print. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 300));
        for (int i = 0; i < s.length() && b.length() < 300; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
