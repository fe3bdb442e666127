package io.templint.rules;

import io.templint.rules.terraform.DeprecatedIndexRule;
import io.templint.rules.terraform.DeprecatedInterpolationRule;
import io.templint.rules.terraform.DuplicateDeclarationRule;
import io.templint.rules.terraform.UnusedLocalRule;
import io.templint.rules.terraform.UnusedVariableRule;
import java.util.List;

/**
 * The rules that ship with templint: one explicit list, so what runs is obvious and reviewable.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class BuiltinRules {

    private BuiltinRules() { }

    private static final List<Rule> ALL = List.of(
        new DeprecatedIndexRule(),
        new DeprecatedInterpolationRule(),
        new DuplicateDeclarationRule(),
        new UnusedLocalRule(),
        new UnusedVariableRule());

    /** Every built-in rule. */
    public static List<Rule> all() {
        return ALL;
    }
}
