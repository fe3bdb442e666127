package io.templint.rules.terraform;

import io.templint.rules.RuleMetadata;

/** Test access to package-private metadata. */
public final class DuplicateDeclarationRuleAccess {
    private DuplicateDeclarationRuleAccess() { }

    public static RuleMetadata metadata() {
        return DuplicateDeclarationRule.METADATA;
    }
}
