package io.templint.hcl;

/**
 * A position in a source file: 1-based line and column, 0-based byte offset.
 *
 * <p>Columns count Unicode grapheme clusters as HashiCorp's HCL does (a tab is one column).
 */
public record Pos(int line, int column, int byteOffset) implements Comparable<Pos> {

    /** The start of any file. */
    public static final Pos START = new Pos(1, 1, 0);

    @Override
    public int compareTo(Pos o) {
        return Integer.compare(byteOffset, o.byteOffset);
    }

    @Override
    public String toString() {
        return line + ":" + column + "@" + byteOffset;
    }
}
