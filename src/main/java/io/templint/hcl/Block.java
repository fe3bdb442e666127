package io.templint.hcl;

import java.util.List;
import java.util.Objects;

/**
 * A block {@code type "label" ... { body }}.
 *
 * @param type            the block type
 * @param typeRange       the range of the type identifier
 * @param labels          the labels, in order
 * @param body            the block's body
 * @param openBraceRange  the range of the opening brace
 * @param closeBraceRange the range of the closing brace
 * @param range           from the start of the type to the end of the closing brace; in JSON, from
 *                        the name of the last label (the type when there is none) to the end of
 *                        the block's value, or the value alone for an element of an array
 * @param defRange        where reports about the whole block point (HCL's {@code DefRange}): the
 *                        type and labels in native syntax; in JSON, the <code>{</code> that opens the
 *                        block's object, or the <code>[</code> of an array of blocks, as HCL has it
 */
public record Block(String type, Range typeRange, List<Label> labels, Body body,
                    Range openBraceRange, Range closeBraceRange, Range range, Range defRange) implements BodyItem {
    public Block {
        Objects.requireNonNull(type, "type");
        labels = List.copyOf(labels);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(range, "range");
        if (defRange == null) {
            defRange = header(typeRange, labels);
        }
    }

    /** A block whose definition range is its header (type and labels), as in native syntax. */
    public Block(String type, Range typeRange, List<Label> labels, Body body,
                 Range openBraceRange, Range closeBraceRange, Range range) {
        this(type, typeRange, labels, body, openBraceRange, closeBraceRange, range, null);
    }

    private static Range header(Range typeRange, List<Label> labels) {
        if (typeRange == null) {
            return null;
        }
        // no labels: the type's own range (equal to the span, one object fewer per block)
        return labels.isEmpty() ? typeRange : Range.span(typeRange, labels.get(labels.size() - 1).range());
    }

    /** The label values. */
    public List<String> labelValues() {
        return labels.stream().map(Label::value).toList();
    }

    /** The label at {@code i}, or null when there is none. */
    public String label(int i) {
        return i < labels.size() ? labels.get(i).value() : null;
    }

    /**
     * The range a report should point at for the whole block ({@link #defRange()}): its type and
     * labels in native syntax, its opening brace in JSON.
     */
    public Range headerRange() {
        return defRange;
    }
}
