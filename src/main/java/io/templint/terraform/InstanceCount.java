package io.templint.terraform;

import java.util.List;

/**
 * How many instances a resource or module call has, as far as it can be known statically.
 *
 * @param count     the number of instances, or null when it cannot be known statically
 * @param instances the instances (their {@code count.index} or {@code each.*} values) when known;
 *                  a single {@link Instance#NONE} for a block without {@code count} or {@code for_each}
 * @param reason    why the count is unknown, or null when it is known
 */
public record InstanceCount(Integer count, List<Instance> instances, String reason) {

    public InstanceCount {
        instances = List.copyOf(instances);
    }

    /** One instance: a block without {@code count} or {@code for_each}. */
    public static final InstanceCount SINGLE = new InstanceCount(1, List.of(Instance.NONE), null);

    /** An instance count that cannot be known statically. */
    public static InstanceCount unknown(String reason) {
        return new InstanceCount(null, List.of(), reason);
    }

    /** Whether the count is known. */
    public boolean isKnown() {
        return count != null;
    }
}
