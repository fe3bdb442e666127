package io.templint.rules;

import static io.templint.rules.TestRules.badAttribute;
import static io.templint.rules.TestRules.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.api.Severity;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

    private static URLClassLoader pluginLoader(String name) {
        URL dir = RuleRegistryTest.class.getResource("/plugin-fixture/" + name + "/");
        assertThat(dir).as("test resource plugin-fixture/" + name).isNotNull();
        return new URLClassLoader(new URL[] {dir}, RuleRegistryTest.class.getClassLoader());
    }

    @Test
    void theTestClasspathHasNoPluginOfItsOwn() {
        assertThat(RuleRegistry.discover().rules()).containsExactlyElementsOf(BuiltinRules.all());
    }

    @Test
    void discoversRuleProvidersThroughServiceLoader() throws IOException {
        try (URLClassLoader loader = pluginLoader("ok")) {
            RuleRegistry reg = RuleRegistry.discover(loader);
            assertThat(reg.rules()).hasSize(BuiltinRules.all().size() + 1);
            assertThat(reg.rule("plugin_marker")).isPresent();
            assertThat(reg.rules().subList(0, BuiltinRules.all().size())).containsExactlyElementsOf(BuiltinRules.all());

            LintResult r = RuleEngine.create(reg, TemplintConfig.EMPTY)
                .run(template("main.tf", "resource \"x\" \"y\" {\n  plugin_marker = 1\n}\n"));
            assertThat(r.findings()).extracting(RuleFinding::ruleId).containsExactly("plugin_marker");
        }
    }

    @Test
    void aPluginRuleWithABuiltinIdIsRejected() throws IOException {
        try (URLClassLoader loader = pluginLoader("clash")) {
            assertThatThrownBy(() -> RuleRegistry.discover(loader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("terraform_deprecated_index");
        }
    }

    @Test
    void anUnloadableProviderIsAClearError() throws IOException {
        try (URLClassLoader loader = pluginLoader("broken")) {
            assertThatThrownBy(() -> RuleRegistry.discover(loader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot load a rule provider")
                .hasMessageContaining("io.templint.rules.NoSuchProvider");
        }
    }

    @Test
    void rejectsDuplicateAndReservedIds() {
        assertThatThrownBy(() -> RuleRegistry.of(List.of(badAttribute("x"), badAttribute("x"))))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule id x is used by both");
        for (String reserved : List.of("syntax", "internal_error", "unused_suppression")) {
            assertThatThrownBy(() -> RuleRegistry.of(List.of(badAttribute(reserved))))
                .hasMessageContaining("reserved id " + reserved);
        }
    }

    @Test
    void listsRulesAndEngineIdsSortedAndSuggestsCloseIds() {
        RuleRegistry reg = RuleRegistry.builtin();
        List<String> ids = reg.allMetadata().stream().map(RuleMetadata::id).toList();
        assertThat(ids).isSorted().contains("internal_error", "syntax", "unused_suppression",
            "terraform_deprecated_index", "terraform_deprecated_interpolation", "terraform_duplicate_declaration");
        assertThat(reg.isKnown("syntax")).isTrue();
        assertThat(reg.isKnown("nope")).isFalse();
        assertThat(reg.metadata("unused_suppression")).contains(EngineRules.UNUSED_SUPPRESSION);
        assertThat(reg.metadata("terraform_deprecated_index").orElseThrow().defaultSeverity())
            .isEqualTo(Severity.WARNING);
        assertThat(reg.closestId("terraform_deprecated_interpolations")).contains("terraform_deprecated_interpolation");
        assertThat(reg.closestId("unused_supression")).contains("unused_suppression");
        assertThat(reg.closestId("xyz")).isEmpty();
    }
}
