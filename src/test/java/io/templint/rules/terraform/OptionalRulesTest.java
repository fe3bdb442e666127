package io.templint.rules.terraform;

import io.templint.rules.Rule;
import io.templint.rules.testing.RuleTester;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tflint rules that exist but are not built in (they would report nearly every Coder
 * template): their fixtures live in {@code testdata/rules-optional/<rule_id>}.
 */
class OptionalRulesTest {

    static final List<Rule> OPTIONAL = List.of(new RequiredVersionRule(), new RequiredProvidersRule());

    private static final Path ROOT = Path.of("testdata", "rules-optional");

    @Test
    void requiredVersion() {
        RuleTester.of(new RequiredVersionRule()).checkFixtures(ROOT.resolve("terraform_required_version"));
    }

    @Test
    void requiredProviders() {
        RuleTester.of(new RequiredProvidersRule()).checkFixtures(ROOT.resolve("terraform_required_providers"));
    }
}
