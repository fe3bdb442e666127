package io.templint.hcl;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The bytes of one source file, with the look-ups reports need: the text of a range and of a line.
 *
 * <p>Immutable and thread-safe. The byte array is not copied: callers must not modify it after
 * handing it over.
 */
public final class SourceFile {

    private final String name;
    private final byte[] bytes;
    private volatile int[] lineStarts;

    public SourceFile(String name, byte[] bytes) {
        this.name = Objects.requireNonNull(name, "name");
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    public static SourceFile of(String name, String text) {
        return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The file name as given (a path relative to the template root, or as the user wrote it). */
    public String name() {
        return name;
    }

    /** The raw bytes; do not modify. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    /** The source text a range covers (decoded as UTF-8; invalid bytes become U+FFFD). */
    public String text(Range r) {
        return text(r.startByte(), r.endByte());
    }

    /** The source text between two byte offsets, clamped to the file. */
    public String text(int startByte, int endByte) {
        int s = Math.max(0, Math.min(startByte, bytes.length));
        int e = Math.max(s, Math.min(endByte, bytes.length));
        return new String(bytes, s, e - s, StandardCharsets.UTF_8);
    }

    /** Number of lines (a file always has at least one). */
    public int lineCount() {
        return lineStarts().length;
    }

    /** The text of 1-based line {@code line}, without its line terminator; empty past the end. */
    public String lineText(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return "";
        }
        int s = starts[line - 1];
        int e = line < starts.length ? starts[line] : bytes.length;
        while (e > s && (bytes[e - 1] == '\n' || bytes[e - 1] == '\r')) {
            e--;
        }
        return new String(bytes, s, e - s, StandardCharsets.UTF_8);
    }

    /** Byte offset at which 1-based line {@code line} starts. */
    public int lineStartByte(int line) {
        int[] starts = lineStarts();
        if (line < 1) {
            return 0;
        }
        return line > starts.length ? bytes.length : starts[line - 1];
    }

    private int[] lineStarts() {
        int[] ls = lineStarts;
        if (ls == null) {
            int n = 1;
            for (byte b : bytes) {
                if (b == '\n') {
                    n++;
                }
            }
            ls = new int[n];
            int k = 1;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    ls[k++] = i + 1;
                }
            }
            lineStarts = ls;
        }
        return ls;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile f && f.name.equals(name) && Arrays.equals(f.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SourceFile[" + name + ", " + bytes.length + " bytes]";
    }
}
