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
 * @param range           from the start of the type to the end of the closing brace
 */
public record Block(String type, Range typeRange, List<Label> labels, Body body,
                    Range openBraceRange, Range closeBraceRange, Range range) implements BodyItem {
    public Block {
        Objects.requireNonNull(type, "type");
        labels = List.copyOf(labels);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(range, "range");
    }

    /** The label values. */
    public List<String> labelValues() {
        return labels.stream().map(Label::value).toList();
    }

    /** The label at {@code i}, or null when there is none. */
    public String label(int i) {
        return i < labels.size() ? labels.get(i).value() : null;
    }

    /** The range a report should point at for the whole block: its type and labels. */
    public Range headerRange() {
        Range end = labels.isEmpty() ? typeRange : labels.get(labels.size() - 1).range();
        return Range.span(typeRange, end);
    }
}
