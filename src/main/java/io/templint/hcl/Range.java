package io.templint.hcl;

import java.util.Objects;

/**
 * A span of a source file: start inclusive, end exclusive, like HCL's {@code hcl.Range}.
 *
 * <p>A value class with the accessors of the record it was ({@link #filename()}, {@link #start()},
 * {@link #end()}, value equality). It keeps its positions as ints, not as two {@link Pos} objects
 * (40 bytes instead of 72: a dense file's tree holds about one range per two input bytes);
 * {@link #start()} and {@link #end()} make their {@code Pos} on each call, so code that only needs a
 * line or an offset should prefer {@link #startLine()}, {@link #startByte()} and the like.
 */
public final class Range {

    private final String filename;
    private final int startLine;
    private final int startColumn;
    private final int startByte;
    private final int endLine;
    private final int endColumn;
    private final int endByte;

    /**
     * @param filename the file name as given to the parser
     * @param start    the first position covered
     * @param end      the position just after the last one covered
     */
    public Range(String filename, Pos start, Pos end) {
        this(Objects.requireNonNull(filename, "filename"), Objects.requireNonNull(start, "start").line(),
            start.column(), start.byteOffset(), Objects.requireNonNull(end, "end").line(), end.column(),
            end.byteOffset());
    }

    private Range(String filename, int startLine, int startColumn, int startByte, int endLine, int endColumn,
                  int endByte) {
        this.filename = filename;
        this.startLine = startLine;
        this.startColumn = startColumn;
        this.startByte = startByte;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.endByte = endByte;
    }

    /**
     * The range between two positions given as ints (line, column, byte offset each), without
     * making {@link Pos} objects; the same as {@code new Range(filename, new Pos(...), new Pos(...))}.
     */
    public static Range of(String filename, int startLine, int startColumn, int startByte, int endLine,
                           int endColumn, int endByte) {
        return new Range(Objects.requireNonNull(filename, "filename"), startLine, startColumn, startByte, endLine,
            endColumn, endByte);
    }

    /** An empty range at {@code p}. */
    public static Range at(String filename, Pos p) {
        return new Range(filename, p, p);
    }

    /** The smallest range that covers both {@code a} and {@code b} (same file). */
    public static Range between(Range a, Range b) {
        Range s = a.startByte <= b.startByte ? a : b;
        Range e = a.endByte >= b.endByte ? a : b;
        return new Range(a.filename, s.startLine, s.startColumn, s.startByte, e.endLine, e.endColumn, e.endByte);
    }

    /** The range from the start of {@code a} to the end of {@code b}. */
    public static Range span(Range a, Range b) {
        return new Range(a.filename, a.startLine, a.startColumn, a.startByte, b.endLine, b.endColumn, b.endByte);
    }

    /** The file name as given to the parser. */
    public String filename() { return filename; }

    /** The first position covered (a new {@link Pos} on each call). */
    public Pos start() { return new Pos(startLine, startColumn, startByte); }

    /** The position just after the last one covered (a new {@link Pos} on each call). */
    public Pos end() { return new Pos(endLine, endColumn, endByte); }

    public int startLine() { return startLine; }
    public int startColumn() { return startColumn; }
    public int startByte() { return startByte; }
    public int endLine() { return endLine; }
    public int endColumn() { return endColumn; }
    public int endByte() { return endByte; }

    /** Whether the byte offset lies in this range (end exclusive). */
    public boolean containsOffset(int byteOffset) {
        return byteOffset >= startByte && byteOffset < endByte;
    }

    /** Whether {@code other} lies entirely within this range. */
    public boolean contains(Range other) {
        return filename.equals(other.filename)
            && other.startByte >= startByte
            && other.endByte <= endByte;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Range r
            && startByte == r.startByte && endByte == r.endByte
            && startLine == r.startLine && startColumn == r.startColumn
            && endLine == r.endLine && endColumn == r.endColumn
            && filename.equals(r.filename);
    }

    @Override
    public int hashCode() {
        int h = filename.hashCode();
        h = 31 * h + startLine;
        h = 31 * h + startColumn;
        h = 31 * h + startByte;
        h = 31 * h + endLine;
        h = 31 * h + endColumn;
        return 31 * h + endByte;
    }

    @Override
    public String toString() {
        return filename + ":" + startLine + "," + startColumn + "-" + endLine + "," + endColumn;
    }
}
