package io.templint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.api.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleMetadataTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "unused_variable", "coder_app_slug_invalid", "rule2", "a1_b2"})
    void acceptsSnakeCaseIds(String id) {
        assertThat(new RuleMetadata(id, Severity.ERROR, "s", "d", null).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Unused", "unused-variable", "_x", "x_", "a__b", "1abc", "a b", "é"})
    void rejectsOtherIds(String id) {
        assertThatThrownBy(() -> new RuleMetadata(id, Severity.ERROR, "s", "d", null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snake_case");
    }

    @Test
    void rejectsOverlongIds() {
        assertThatThrownBy(() -> new RuleMetadata("a".repeat(65), Severity.ERROR, "s", "d", null))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBlankOrMultiLineSummaryAndBlankDescription() {
        assertThatThrownBy(() -> new RuleMetadata("x", Severity.ERROR, " ", "d", null))
            .hasMessageContaining("summary");
        assertThatThrownBy(() -> new RuleMetadata("x", Severity.ERROR, "a\nb", "d", null))
            .hasMessageContaining("summary");
        assertThatThrownBy(() -> new RuleMetadata("x", Severity.ERROR, "s", "\n", null))
            .hasMessageContaining("description");
        assertThatThrownBy(() -> new RuleMetadata("x", null, "s", "d", null))
            .isInstanceOf(NullPointerException.class);
    }

    @Test
    void linkMustBeAnAbsoluteHttpUrl() {
        assertThat(new RuleMetadata("x", Severity.NOTICE, "s", "d", "https://example.com/x").link())
            .isEqualTo("https://example.com/x");
        assertThatThrownBy(() -> new RuleMetadata("x", Severity.NOTICE, "s", "d", "docs/x.md"))
            .hasMessageContaining("link");
        assertThatThrownBy(() -> new RuleMetadata("x", Severity.NOTICE, "s", "d", "file:///etc/passwd"))
            .hasMessageContaining("link");
        assertThatThrownBy(() -> new RuleMetadata("x", Severity.NOTICE, "s", "d", "http://exa mple"))
            .hasMessageContaining("link");
    }

    @Test
    void builtinMetadataIsWellFormed() {
        for (RuleMetadata m : RuleRegistry.builtin().allMetadata()) {
            assertThat(m.summary()).doesNotEndWith(".");
            assertThat(m.description()).isNotBlank();
        }
    }
}
