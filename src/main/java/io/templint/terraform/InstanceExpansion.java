package io.templint.terraform;

import io.templint.eval.ConversionException;
import io.templint.eval.Convert;
import io.templint.eval.Numbers;
import io.templint.eval.Type;
import io.templint.eval.Value;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Expands the evaluated {@code count} or {@code for_each} of one resource or module call into its
 * instances, as Terraform does when it plans, and reports what Terraform rejects in Terraform's
 * words ("Invalid count argument", "Invalid for_each argument", errors). A value not known
 * statically gives an unknown count and no diagnostic.
 *
 * <p>Expansion is bounded by {@link LoadOptions#maxInstances()}: a larger count or collection is
 * valid Terraform, so it is a warning ({@link #TOO_MANY_INSTANCES}) saying that templint did not
 * expand the instances and that its analysis of what depends on them is incomplete.
 */
final class InstanceExpansion {

    /** The summary of the warning about a count or for_each over {@link LoadOptions#maxInstances()}. */
    static final String TOO_MANY_INSTANCES = "Too many instances to analyse";

    private static final String INVALID_COUNT = "Invalid count argument";
    private static final String INVALID_FOR_EACH = "Invalid for_each argument";
    private static final String UNSUITABLE_COUNT = "The given \"count\" argument value is unsuitable: ";
    private static final String UNSUITABLE_FOR_EACH = "The given \"for_each\" argument value is unsuitable: ";
    /**
     * Terraform's words when the for_each value itself is sensitive (values inside a map may be). A
     * sensitive count is allowed: Terraform unmarks it, since a count discloses nothing.
     */
    private static final String SENSITIVE_FOR_EACH = "Sensitive values, or values derived from sensitive values,"
        + " cannot be used as for_each arguments. If used, the sensitive value could be exposed as a resource"
        + " instance key.";
    private static final BigDecimal MIN_INT64 = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX_INT64 = BigDecimal.valueOf(Long.MAX_VALUE);

    private final String address;
    private final int maxInstances;
    private final Consumer<Diagnostic> problems;

    /**
     * @param address      the block's address, for messages
     * @param maxInstances the most instances expanded
     * @param problems     where the problems found go
     */
    InstanceExpansion(String address, int maxInstances, Consumer<Diagnostic> problems) {
        this.address = address;
        this.maxInstances = maxInstances;
        this.problems = problems;
    }

    /**
     * The instances that {@code count} (when not null), else {@code forEach}, gives.
     *
     * @param count          the evaluated {@code count}, or null when the block has none
     * @param countExpr      its expression (for ranges)
     * @param forEach        the evaluated {@code for_each}, or null when the block has none
     * @param forEachExpr    its expression
     */
    InstanceCount expand(Value count, Expression countExpr, Value forEach, Expression forEachExpr) {
        if (count != null) {
            return count(count, countExpr);
        }
        if (forEach != null) {
            return forEach(forEach, forEachExpr);
        }
        return InstanceCount.SINGLE;
    }

    private InstanceCount count(Value v, Expression e) {
        if (v.isNull()) {
            return invalid(INVALID_COUNT, "The given \"count\" argument value is null. An integer is required.", e);
        }
        if (v.isUnknown()) {
            return InstanceCount.unknown("the count of " + address + " is not known statically: " + v.unknownReason());
        }
        Value n;
        try {
            n = Convert.convert(v.unmarkDeep(), Type.NUMBER);
        } catch (ConversionException x) {
            return invalid("Incorrect value type", "Invalid expression value: " + x.getMessage() + ".", e);
        }
        if (n.isUnknown()) {
            return InstanceCount.unknown("the count of " + address + " is not known statically: " + n.unknownReason());
        }
        BigDecimal number = (BigDecimal) n.content();
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(MIN_INT64) < 0
                || number.compareTo(MAX_INT64) > 0) {
            return invalid(INVALID_COUNT, UNSUITABLE_COUNT + "value must be a whole number, between "
                + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ".", e);
        }
        if (number.signum() < 0) {
            return invalid(INVALID_COUNT, UNSUITABLE_COUNT + "must be greater than or equal to zero.", e);
        }
        if (number.compareTo(BigDecimal.valueOf(maxInstances)) > 0) {
            return tooMany("The count of " + address + " is " + Numbers.format(number), e);
        }
        int c = number.intValueExact();
        List<Instance> instances = new ArrayList<>(c);
        for (int i = 0; i < c; i++) {
            instances.add(Instance.count(i));
        }
        return new InstanceCount(c, instances, null);
    }

    private InstanceCount forEach(Value v, Expression e) {
        if (v.isNull()) {
            return invalid(INVALID_FOR_EACH, UNSUITABLE_FOR_EACH + "the given \"for_each\" argument value is null."
                + " A map, or set of strings is allowed.", e);
        }
        if (v.isSensitive()) {
            return invalid(INVALID_FOR_EACH, SENSITIVE_FOR_EACH, e);
        }
        if (!v.isKnown() || !v.isWhollyKnown() && v.isSequence()) {
            return InstanceCount.unknown("the for_each of " + address + " is not known statically"
                + (v.isUnknown() ? ": " + v.unknownReason() : ""));
        }
        boolean mapping = v.isMapping();
        if (!mapping) {
            if (!(v.type() instanceof Type.SetType set)) {
                return invalid(INVALID_FOR_EACH, UNSUITABLE_FOR_EACH + "the \"for_each\" argument must be a map, or"
                    + " set of strings, and you have provided a value of type " + v.type().friendlyName() + ".", e);
            }
            if (set.element() != Type.STRING && set.element() != Type.DYNAMIC) {
                return invalid(INVALID_FOR_EACH, UNSUITABLE_FOR_EACH + "\"for_each\" supports maps and sets of"
                    + " strings, but you have provided a set containing type " + set.element().friendlyName() + ".", e);
            }
        }
        int size = mapping ? v.attributes().size() : v.elements().size();
        if (size > maxInstances) {
            return tooMany("The for_each of " + address + " has " + size + " elements", e);
        }
        List<Instance> instances = new ArrayList<>(size);
        if (mapping) {
            v.attributes().forEach((k, x) -> instances.add(Instance.each(Value.string(k), x)));
        } else {
            for (Value x : v.elements()) {
                if (x.isNull()) {
                    return invalid(INVALID_FOR_EACH, UNSUITABLE_FOR_EACH + "\"for_each\" sets must not contain null"
                        + " values.", e);
                }
                instances.add(Instance.each(x, x));
            }
        }
        return new InstanceCount(instances.size(), instances, null);
    }

    /** Terraform rejects the value: an error, and the instances are unknown. */
    private InstanceCount invalid(String summary, String detail, Expression e) {
        problems.accept(Diagnostic.error(summary, detail, e.range()));
        return InstanceCount.unknown("the " + (summary.contains("for_each") ? "for_each" : "count") + " of "
            + address + " is not valid: " + detail);
    }

    private InstanceCount tooMany(String what, Expression e) {
        String detail = what + ", more than the " + maxInstances + " instances templint expands"
            + " (LoadOptions.maxInstances). Terraform accepts it, but templint did not expand these instances: what"
            + " depends on them is unknown, so the analysis of this template is incomplete.";
        problems.accept(Diagnostic.warning(TOO_MANY_INSTANCES, detail, e.range()));
        return InstanceCount.unknown(what + ", more than the " + maxInstances + " instances templint expands");
    }
}
