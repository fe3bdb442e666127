package io.templint.hcl;

/**
 * A comment, kept by the parser so that rules can read suppression markers.
 *
 * @param range the comment's range, including its {@code #}, {@code //} or {@code /* * /} markers
 *              and, for line comments, not including the newline that ends it
 * @param text  the comment text without its markers, untrimmed
 * @param style which of the three comment forms it is
 */
public record Comment(Range range, String text, Style style) {

    /** The three comment forms of HCL. */
    public enum Style { HASH, DOUBLE_SLASH, BLOCK }

    /** Whether this is a line comment ({@code #} or {@code //}). */
    public boolean isLineComment() {
        return style != Style.BLOCK;
    }
}
