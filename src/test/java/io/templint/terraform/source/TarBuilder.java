package io.templint.terraform.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Writes tar archives byte by byte, including the malformed and malicious ones tests need. */
final class TarBuilder {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean corruptNextChecksum;
    private boolean gnuMagic;

    /** Writes the next header with a wrong checksum. */
    TarBuilder corruptNextChecksum() {
        corruptNextChecksum = true;
        return this;
    }

    /** Writes GNU magic ("ustar  ") instead of POSIX ("ustar\0" "00"). */
    TarBuilder gnu() {
        gnuMagic = true;
        return this;
    }

    TarBuilder file(String name, String content) {
        return entry(name, '0', content.getBytes(StandardCharsets.UTF_8), "", "");
    }

    TarBuilder dir(String name) {
        return entry(name, '5', new byte[0], "", "");
    }

    TarBuilder entry(String name, char type, byte[] content, String linkName, String prefix) {
        header(name, type, content.length, linkName, prefix);
        data(content);
        return this;
    }

    /** A header only, declaring {@code size} bytes (the caller writes the data, or not). */
    TarBuilder header(String name, char type, long size, String linkName, String prefix) {
        byte[] h = new byte[512];
        put(h, 0, 100, name);
        put(h, 100, 8, "0000644");
        put(h, 108, 8, "0000000");
        put(h, 116, 8, "0000000");
        put(h, 124, 12, String.format("%011o", size));
        put(h, 136, 12, "00000000000");
        h[156] = (byte) type;
        put(h, 157, 100, linkName);
        if (gnuMagic) {
            put(h, 257, 8, "ustar  ");
        } else {
            put(h, 257, 6, "ustar");
            put(h, 263, 2, "00");
            put(h, 345, 155, prefix);
        }
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        if (corruptNextChecksum) {
            sum++;
            corruptNextChecksum = false;
        }
        put(h, 148, 8, String.format("%06o", sum));
        h[154] = 0;
        h[155] = ' ';
        out.writeBytes(h);
        return this;
    }

    /** Data padded to a block. */
    TarBuilder data(byte[] content) {
        out.writeBytes(content);
        int pad = (512 - content.length % 512) % 512;
        out.writeBytes(new byte[pad]);
        return this;
    }

    /** A GNU long-name ('L') header followed by the entry. */
    TarBuilder longName(String name, String content) {
        byte[] n = (name + "\0").getBytes(StandardCharsets.UTF_8);
        entry("././@LongLink", 'L', n, "", "");
        return file(name.substring(0, Math.min(99, name.length())), content);
    }

    /** A pax ('x' or 'g') header with the given records. */
    TarBuilder pax(char type, String... keyValues) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            sb.append(record(keyValues[i], keyValues[i + 1]));
        }
        return entry("PaxHeaders/x", type, sb.toString().getBytes(StandardCharsets.UTF_8), "", "");
    }

    static String record(String key, String value) {
        String body = " " + key + "=" + value + "\n";
        int len = body.getBytes(StandardCharsets.UTF_8).length;
        int total = len + String.valueOf(len).length();
        if (String.valueOf(total).length() != String.valueOf(len).length()) {
            total++;
        }
        return total + body;
    }

    TarBuilder raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** The archive with its two end-of-archive blocks. */
    byte[] bytes() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.writeBytes(out.toByteArray());
        copy.writeBytes(new byte[1024]);
        return copy.toByteArray();
    }

    /** The archive without end-of-archive blocks (truncated streams). */
    byte[] unterminated() {
        return out.toByteArray();
    }

    /** Recomputes the checksum of the header block at {@code offset} after a test changed its bytes. */
    static void rechecksum(byte[] tar, int offset) {
        for (int i = offset + 148; i < offset + 156; i++) {
            tar[i] = ' ';
        }
        long sum = 0;
        for (int i = offset; i < offset + 512; i++) {
            sum += tar[i] & 0xff;
        }
        byte[] field = String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(field, 0, tar, offset + 148, 8);
    }

    /** Writes {@code s} into a header field of the block at {@code offset} and fixes the checksum. */
    static void patch(byte[] tar, int offset, int field, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(b, 0, tar, offset + field, b.length);
        rechecksum(tar, offset);
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.toByteArray();
    }

    private static void put(byte[] h, int off, int len, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, off, Math.min(len, b.length));
    }
}
