package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.eval.Value;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Range;
import io.templint.rules.RelatedLocation;
import io.templint.rules.RuleContext;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.Module;
import io.templint.terraform.ModuleEvaluation;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.TemplateEvaluation;
import io.templint.terraform.VersionConstraints;
import java.util.List;

/**
 * The Coder provider releases a template's {@code required_providers} constraints allow, for rules
 * whose check the provider added in a given release: a check the constraints cannot reach yet is
 * reported as a notice ("will fail when the provider is upgraded"), not as an error.
 */
final class ProviderVersions {

    private ProviderVersions() { }

    /**
     * Reports {@code message} as the rule's finding when some release the constraints allow has the
     * check added in {@code introduced}; else as a notice saying when it will fail.
     */
    static void report(RuleContext ctx, ModuleTree tree, Range range, String message, String introduced,
            RelatedLocation... related) {
        String blocking = blockingConstraint(ctx, tree, introduced);
        if (blocking == null) {
            ctx.report(range, message, related);
        } else {
            ctx.report(Severity.NOTICE, range, message + " (will fail when the coder provider is upgraded to "
                + introduced + "; the constraint \"" + blocking + "\" does not allow it yet)", List.of(related));
        }
    }

    /**
     * The first {@code coder} provider version constraint, in any module, that excludes every release from
     * {@code introduced} on; null when one of them is allowed (or the constraints are not known).
     */
    static String blockingConstraint(RuleContext ctx, ModuleTree tree, String introduced) {
        int[] from = parse(introduced);
        TemplateEvaluation evaluation = TerraformFacts.evaluation(ctx);
        for (Module m : tree.modules().values()) {
            ModuleEvaluation me = evaluation.module(m.path());
            if (me == null) {
                continue;
            }
            for (Block terraform : m.otherBlocks("terraform")) {
                for (Block rp : terraform.body().blocks("required_providers")) {
                    for (Attribute a : rp.body().attributes()) {
                        String constraint = coderConstraint(a, me.evaluate(a.expression()).value());
                        if (constraint != null && excludesFrom(constraint, from)) {
                            return constraint;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String coderConstraint(Attribute a, Value v) {
        if (!v.isKnown() || v.isNull() || !v.isMapping()) {
            return null;
        }
        Value source = v.attributes().get("source");
        String src = source == null ? null : StaticEval.string(source);
        boolean coder = src != null ? src.replaceFirst("^registry\\.terraform\\.io/", "").equalsIgnoreCase("coder/coder")
            : "coder".equals(a.name());
        Value version = v.attributes().get("version");
        return coder && version != null ? StaticEval.string(version) : null;
    }

    /** Whether no version from {@code from} on satisfies {@code constraint} (upper bounds only). */
    static boolean excludesFrom(String constraint, int[] from) {
        List<VersionConstraints.Constraint> parts = VersionConstraints.parse(constraint);
        if (parts == null) {
            return false; // not understood: assume reachable
        }
        for (VersionConstraints.Constraint c : parts) {
            int[] v = c.version();
            boolean excludes = switch (c.op()) {
                case "=", "<=" -> VersionConstraints.compare(v, from) < 0;
                case "<" -> VersionConstraints.compare(v, from) <= 0;
                // ~> 1.2.3 allows < 1.3.0; ~> 1.2 and ~> 1 allow < 2.0.0
                case "~>" -> VersionConstraints.compare(c.segments() == 3 ? new int[] {v[0], v[1] + 1, 0}
                    : new int[] {v[0] + 1, 0, 0}, from) <= 0;
                default -> false;
            };
            if (excludes) {
                return true;
            }
        }
        return false;
    }

    static int[] parse(String version) {
        String[] p = version.split("\\.");
        int[] v = new int[3];
        for (int i = 0; i < 3 && i < p.length; i++) {
            v[i] = Integer.parseInt(p[i]);
        }
        return v;
    }
}
