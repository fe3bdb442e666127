package io.templint.terraform;

import io.templint.eval.Value;

/**
 * Which instance of a {@code count} or {@code for_each} resource or module an expression is
 * evaluated for: the values of {@code count.index}, {@code each.key} and {@code each.value}.
 * Components are null when they do not apply; {@link #NONE} evaluates without an instance, so
 * those references are unknown.
 *
 * @param countIndex the value of {@code count.index}, or null
 * @param eachKey    the value of {@code each.key}, or null
 * @param eachValue  the value of {@code each.value}, or null
 */
public record Instance(Value countIndex, Value eachKey, Value eachValue) {

    /** No particular instance. */
    public static final Instance NONE = new Instance(null, null, null);

    /** Instance {@code i} of a {@code count} resource. */
    public static Instance count(int i) {
        return new Instance(Value.number(i), null, null);
    }

    /** The instance of a {@code for_each} resource for one element. */
    public static Instance each(Value key, Value value) {
        return new Instance(null, key, value);
    }
}
