package io.templint.hcl;

/**
 * A block label.
 *
 * @param value  the label's value (for a quoted label, with escapes applied)
 * @param range  the label's range, including quotes when quoted
 * @param quoted whether it was written as a quoted string
 */
public record Label(String value, Range range, boolean quoted) implements Node {
}
