package io.templint.hcl;

import java.util.Objects;

/**
 * A span of a source file: start inclusive, end exclusive, like HCL's {@code hcl.Range}.
 *
 * @param filename the file name as given to the parser
 * @param start    the first position covered
 * @param end      the position just after the last one covered
 */
public record Range(String filename, Pos start, Pos end) {

    public Range {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** An empty range at {@code p}. */
    public static Range at(String filename, Pos p) {
        return new Range(filename, p, p);
    }

    /** The smallest range that covers both {@code a} and {@code b} (same file). */
    public static Range between(Range a, Range b) {
        Pos s = a.start.byteOffset() <= b.start.byteOffset() ? a.start : b.start;
        Pos e = a.end.byteOffset() >= b.end.byteOffset() ? a.end : b.end;
        return new Range(a.filename, s, e);
    }

    /** The range from the start of {@code a} to the end of {@code b}. */
    public static Range span(Range a, Range b) {
        return new Range(a.filename, a.start, b.end);
    }

    public int startLine() { return start.line(); }
    public int startColumn() { return start.column(); }
    public int startByte() { return start.byteOffset(); }
    public int endLine() { return end.line(); }
    public int endColumn() { return end.column(); }
    public int endByte() { return end.byteOffset(); }

    /** Whether the byte offset lies in this range (end exclusive). */
    public boolean containsOffset(int byteOffset) {
        return byteOffset >= start.byteOffset() && byteOffset < end.byteOffset();
    }

    /** Whether {@code other} lies entirely within this range. */
    public boolean contains(Range other) {
        return filename.equals(other.filename)
            && other.start.byteOffset() >= start.byteOffset()
            && other.end.byteOffset() <= end.byteOffset();
    }

    @Override
    public String toString() {
        return filename + ":" + start.line() + "," + start.column() + "-" + end.line() + "," + end.column();
    }
}
