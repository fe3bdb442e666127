package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.eval.Value;
import io.templint.hcl.Range;
import io.templint.rules.FactKey;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A check the Coder Terraform provider makes on one argument (or pair of arguments) of each
 * instance of a resource planned at import: allowed values, length limits, conflicting arguments.
 * Only values known statically and exactly are checked.
 */
final class ProviderCheckRule implements Rule {

    /**
     * What is wrong with one planned instance: reported at {@code at} when set, else at the argument
     * (or the first block of that type); {@code introduced} overrides the rule's release when set.
     */
    record Problem(String argument, String message, String introduced, Range at) {
        Problem(String argument, String message, String introduced) {
            this(argument, message, introduced, null);
        }
    }

    /** The check itself: the problem of an instance, or null. */
    @FunctionalInterface
    interface Check {
        Problem check(StaticEval eval, StaticEval.Planned p);
    }

    private final RuleMetadata metadata;
    private final Resource.Mode mode;
    private final String type;
    private final Check check;

    ProviderCheckRule(RuleMetadata metadata, Resource.Mode mode, String type, Check check) {
        this.metadata = metadata;
        this.mode = mode;
        this.type = type;
        this.check = check;
    }

    @Override
    public RuleMetadata metadata() {
        return metadata;
    }

    @Override
    public Set<FactKey<?>> requiredFacts() {
        return Set.of(TerraformFacts.MODULE_TREE);
    }

    @Override
    public void check(RuleContext ctx) {
        ModuleTree tree = ctx.get(TerraformFacts.MODULE_TREE);
        StaticEval eval = new StaticEval(ctx);
        for (Resource r : tree.resources(mode, type)) {
            for (StaticEval.Planned p : eval.planned(tree, r)) {
                Problem problem = check.check(eval, p);
                if (problem != null) {
                    Range at = problem.at() != null ? Visible.range(ctx, tree, r.module(), problem.at())
                        : r.attribute(problem.argument()) == null && !r.blocks(problem.argument()).isEmpty()
                        ? Visible.range(ctx, tree, r.module(), r.blocks(problem.argument()).get(0).typeRange())
                        : Visible.argument(ctx, tree, r, problem.argument());
                    ProviderVersions.report(ctx, tree, at,
                        problem.message(), problem.introduced() != null ? problem.introduced() : metadata.introduced());
                    break; // one finding per resource
                }
            }
        }
    }

    // ---- building blocks ------------------------------------------------------------------------

    /** A check that {@code argument}, when known, is one of {@code allowed}; {@code words} is the provider's message. */
    static Check oneOf(String argument, List<String> allowed, String words) {
        return (eval, p) -> {
            String v = known(eval, p, argument);
            if (v == null || allowed.contains(v)) {
                return null;
            }
            return new Problem(argument, argument + " \"" + v + "\" of " + p.address() + " is not allowed: " + words
                + " (one of " + quoted(allowed) + ")", null);
        };
    }

    /** A check that {@code argument}, when known, has at most {@code max} bytes of UTF-8 (Go's {@code len}). */
    static Check maxBytes(String argument, int max, String words) {
        return (eval, p) -> {
            String v = known(eval, p, argument);
            int length = v == null ? 0 : v.getBytes(StandardCharsets.UTF_8).length;
            if (length <= max) {
                return null;
            }
            return new Problem(argument, argument + " of " + p.address() + " has " + length
                + " bytes in UTF-8; the Coder provider accepts at most " + max + " (" + words + ")", null);
        };
    }

    /**
     * A check that {@code argument} and {@code other} are not both set (to anything but null), as the
     * provider's {@code ConflictsWith} does: a value not known statically is not checked.
     */
    static Check conflict(String argument, String other, String introduced) {
        return (eval, p) -> {
            if (!isSet(eval, p, argument) || !isSet(eval, p, other)) {
                return null;
            }
            return new Problem(argument, p.address() + " sets both " + argument + " and " + other + ": \"" + argument
                + "\": conflicts with " + other, introduced);
        };
    }

    /** Whether an argument is set to a statically known, non-null value, or a block of that type is written. */
    static boolean isSet(StaticEval eval, StaticEval.Planned p, String argument) {
        if (p.resource().attribute(argument) == null) {
            return !p.resource().blocks(argument).isEmpty(); // a nested block (healthcheck) is set
        }
        Value v = eval.argument(p, argument);
        return v.isKnown() && !v.isNull();
    }

    /** An argument's statically known string value, or null. */
    static String known(StaticEval eval, StaticEval.Planned p, String argument) {
        if (p.resource().attribute(argument) == null) {
            return null;
        }
        return StaticEval.string(eval.argument(p, argument));
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
    }

    static RuleMetadata metadata(String id, String summary, String description, String link, String stage,
            String introduced) {
        return new RuleMetadata(id, Severity.ERROR, summary, description, link).checkedBy(stage, introduced);
    }
}
