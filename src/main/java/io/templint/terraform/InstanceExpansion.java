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
 * statically gives an unknown count, and a diagnostic only when its type alone is wrong (a tuple
 * for_each, a bool count), as Terraform checks the type first. A value that templint only
 * estimates (from a resource's argument as configured, or a parameter's default) makes the problem
 * a warning.
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
    private static final String INVALID_FOR_EACH_SET = "Invalid for_each set argument";
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
            return invalid(INVALID_COUNT, "The given \"count\" argument value is null. An integer is required.", e, v);
        }
        // converted before the unknown check, as Terraform does: an unknown bool is already wrong
        Value n;
        try {
            n = Convert.convert(v.unmarkDeep(), Type.NUMBER);
        } catch (ConversionException x) {
            return invalid("Incorrect value type", "Invalid expression value: " + x.getMessage() + ".", e, v);
        }
        if (n.isUnknown()) {
            return InstanceCount.unknown("the count of " + address + " is not known statically: " + n.unknownReason());
        }
        BigDecimal number = (BigDecimal) n.content();
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(MIN_INT64) < 0
                || number.compareTo(MAX_INT64) > 0) {
            return invalid(INVALID_COUNT, UNSUITABLE_COUNT + "value must be a whole number, between "
                + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ".", e, v);
        }
        if (number.signum() < 0) {
            return invalid(INVALID_COUNT, UNSUITABLE_COUNT + "must be greater than or equal to zero.", e, v);
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

    /**
     * Terraform's checks, in Terraform's order: null, sensitive, then the kind of the value's type
     * (also for an unknown value of known type), then for a known non-empty set its element type
     * and null elements.
     */
    private InstanceCount forEach(Value v, Expression e) {
        if (v.isNull()) {
            return invalid(INVALID_FOR_EACH, UNSUITABLE_FOR_EACH + "the given \"for_each\" argument value is null."
                + " A map, or set of strings is allowed.", e, v);
        }
        if (v.isSensitive()) {
            return invalid(INVALID_FOR_EACH, SENSITIVE_FOR_EACH, e, null); // marks are Terraform's, not estimates
        }
        Type type = v.type();
        if (type != Type.DYNAMIC && !(type instanceof Type.MapType || type instanceof Type.SetType
                || type instanceof Type.ObjectType)) {
            return invalid(INVALID_FOR_EACH, UNSUITABLE_FOR_EACH + "the \"for_each\" argument must be a map, or"
                + " set of strings, and you have provided a value of type " + type.friendlyName() + ".", e, v);
        }
        if (!v.isKnown() || !v.isWhollyKnown() && v.isSequence()) {
            return InstanceCount.unknown("the for_each of " + address + " is not known statically"
                + (v.isUnknown() ? ": " + v.unknownReason() : ""));
        }
        boolean mapping = v.isMapping();
        int size = mapping ? v.attributes().size() : v.elements().size();
        if (!mapping && size > 0) {
            Type element = type.elementType();
            if (element != Type.STRING) {
                return invalid(INVALID_FOR_EACH_SET, UNSUITABLE_FOR_EACH + "\"for_each\" supports maps and sets of"
                    + " strings, but you have provided a set containing type " + element.friendlyName() + ".", e, v);
            }
        }
        if (size > maxInstances) {
            return tooMany("The for_each of " + address + " has " + size + " elements", e);
        }
        List<Instance> instances = new ArrayList<>(size);
        if (mapping) {
            v.attributes().forEach((k, x) -> instances.add(Instance.each(Value.string(k), x)));
        } else {
            for (Value x : v.elements()) {
                if (x.isNull()) {
                    return invalid(INVALID_FOR_EACH_SET, UNSUITABLE_FOR_EACH + "\"for_each\" sets must not contain null"
                        + " values.", e, v);
                }
                instances.add(Instance.each(x, x));
            }
        }
        return new InstanceCount(instances.size(), instances, null);
    }

    /**
     * Terraform rejects the value: an error, and the instances are unknown. When templint's value
     * is only an estimate of Terraform's ({@link #estimatedFrom}), Terraform may well accept the
     * real value: the problem is then a warning saying so. {@code v} is null when the problem
     * does not depend on an estimate.
     */
    private InstanceCount invalid(String summary, String detail, Expression e, Value v) {
        String estimate = v == null ? null : estimatedFrom(v);
        if (estimate == null) {
            problems.accept(Diagnostic.error(summary, detail, e.range()));
        } else {
            problems.accept(Diagnostic.warning(summary, detail + " templint computed this value from " + estimate
                + ", which it can only estimate statically (a resource's or data source's argument as configured,"
                + " before the provider converts it to the type of its schema; a parameter's default standing in"
                + " for the value each workspace chooses), so Terraform may accept the real value.", e.range()));
        }
        return InstanceCount.unknown("the " + (summary.contains("for_each") ? "for_each" : "count") + " of "
            + address + " is not valid: " + detail);
    }

    /**
     * The first resource or data source the value itself comes from (its own origins, not those
     * of its elements), or null when it comes only from variables, locals, outputs and constants,
     * whose values and types templint computes as Terraform does.
     */
    static String estimatedFrom(Value v) {
        for (String origin : v.marks().origins()) {
            String rest = origin;
            while (rest.startsWith("module.")) {
                int dot = rest.indexOf('.', "module.".length());
                rest = dot < 0 ? "" : rest.substring(dot + 1);
            }
            if (!rest.isEmpty() && !rest.startsWith("var.") && !rest.startsWith("local.")
                    && !rest.startsWith("output.") && !rest.equals("sensitive()")) {
                return origin;
            }
        }
        return null;
    }

    private InstanceCount tooMany(String what, Expression e) {
        String detail = what + ", more than the " + maxInstances + " instances templint expands"
            + " (LoadOptions.maxInstances). Terraform accepts it, but templint did not expand these instances: what"
            + " depends on them is unknown, so the analysis of this template is incomplete.";
        problems.accept(Diagnostic.warning(TOO_MANY_INSTANCES, detail, e.range()));
        return InstanceCount.unknown(what + ", more than the " + maxInstances + " instances templint expands");
    }
}
