package io.templint.rules;

import io.templint.rules.terraform.DeprecatedIndexRule;
import java.util.List;

/**
 * A rule provider registered only by the test-only services files under
 * {@code src/test/resources/plugin-fixture/}, which {@link RuleRegistryTest} puts on a class loader.
 */
public final class TestRuleProvider implements RuleProvider {

    /** Reports every attribute named {@code plugin_marker}. */
    static final Rule MARKER = TestRules.rule("plugin_marker",
        ctx -> ctx.syntax().attributes("plugin_marker").forEach(a -> ctx.report(a.attribute(), "marker found")));

    @Override
    public List<Rule> rules() {
        return List.of(MARKER);
    }

    /** A provider that contributes a second rule with a built-in rule's id. */
    public static final class Clashing implements RuleProvider {
        @Override
        public List<Rule> rules() {
            return List.of(new DeprecatedIndexRule());
        }
    }
}
