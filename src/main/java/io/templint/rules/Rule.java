package io.templint.rules;

import java.util.Set;

/**
 * A check over one analysed template.
 *
 * <p>Rules are stateless: one instance serves every template, possibly on many threads at once, so
 * a rule keeps nothing between calls and reports only through the {@link RuleContext} it is given.
 * A rule that throws does not lose other rules' findings: the engine reports a finding of rule
 * {@value RuleEngine#INTERNAL_ERROR_ID} instead of this rule's findings for that template.
 *
 * <p>Typical shape:
 * <pre>{@code
 * public final class MyRule implements Rule {
 *     static final RuleMetadata METADATA = new RuleMetadata("my_rule", Severity.WARNING,
 *         "One-line summary", "Markdown description.", null);
 *     public RuleMetadata metadata() { return METADATA; }
 *     public void check(RuleContext ctx) {
 *         for (BlockSite b : ctx.blocks("resource", "coder_app")) { ... ctx.report(range, "message"); }
 *     }
 * }
 * }</pre>
 */
public interface Rule {

    /** The rule's metadata; the same object on every call. */
    RuleMetadata metadata();

    /** Examines the template of {@code context} and reports findings through it. */
    void check(RuleContext context);

    /**
     * The analysis results this rule needs (e.g. the module model or the Coder facts). When a
     * template lacks one of them (its layer could not be built), the engine skips the rule for that
     * template and says so in {@link LintResult#skipped()}. Syntax-only rules need nothing.
     */
    default Set<FactKey<?>> requiredFacts() {
        return Set.of();
    }

    /** Shorthand for {@code metadata().id()}. */
    default String id() {
        return metadata().id();
    }
}
