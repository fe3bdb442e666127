package io.templint.rules;

import io.templint.api.Severity;
import java.util.List;

/**
 * The ids the engine itself reports under. They are listed by {@code templint rules}, explained
 * by {@code templint explain}, and (except {@code syntax}) configurable in {@code .templint.hcl};
 * no rule may use them.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class EngineRules {

    private EngineRules() { }

    /** Syntax errors of the template's files (reported by the loader, listed here for users). */
    public static final RuleMetadata SYNTAX = new RuleMetadata("syntax", Severity.ERROR,
        "A file of the template is not valid HCL",
        """
        A `.tf` or `.tf.json` file could not be read as HCL native or JSON syntax. The message names the \
        problem and the range points at it. templint still analyses what it could read, so other findings \
        may be incomplete until the syntax error is fixed.

        Syntax errors cannot be disabled or suppressed.
        """, null);

    /** A rule failed on a template. */
    public static final RuleMetadata INTERNAL_ERROR = new RuleMetadata(RuleEngine.INTERNAL_ERROR_ID, Severity.ERROR,
        "A rule failed while checking the template",
        """
        A rule threw an exception while checking this template, so its findings for the template are \
        missing. The findings of every other rule are complete. The message names the rule and the \
        exception; please report it together with the template (or a reduced copy of it).
        """, null);

    /** A {@code templint-ignore} comment that silences nothing. */
    public static final RuleMetadata UNUSED_SUPPRESSION = new RuleMetadata(RuleEngine.UNUSED_SUPPRESSION_ID,
        Severity.NOTICE,
        "A templint-ignore comment silences nothing",
        """
        A `# templint-ignore: rule_id reason` comment names a rule that reports nothing where the comment \
        applies, names an unknown rule, or names no rule at all. Stale suppressions hide future problems: \
        remove the comment, or fix the rule id.

        A suppression applies to findings on the next line that holds code (other comment lines may \
        come between, a blank line may not), to findings on its own line when it follows code, and to \
        a whole block when it is written directly above the block's header or as the first thing \
        inside the block.
        """, null);

    /** All of them, by id. */
    public static List<RuleMetadata> all() {
        return List.of(INTERNAL_ERROR, SYNTAX, UNUSED_SUPPRESSION);
    }

    /** Whether {@code id} is one of the engine's own ids. */
    public static boolean isEngineId(String id) {
        for (RuleMetadata m : all()) {
            if (m.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
