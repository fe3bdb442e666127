package io.templint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.api.Severity;
import java.util.ArrayList;
import java.util.List;
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
    void everyMetadataWithABadLinkIsRejectedNotOnlyTheFirst() {
        RuleMetadata ok = new RuleMetadata("x", Severity.NOTICE, "s", "d", "https://example.com/y");
        assertThat(ok.checkedBy(RuleMetadata.AT_IMPORT, "1.0.0").withFix().link()).isEqualTo("https://example.com/y");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> new RuleMetadata("y", Severity.NOTICE, "s", "d", "ftp://example.com/y"))
                .hasMessage("rule y: link must be an absolute http(s) URL: ftp://example.com/y");
            assertThatThrownBy(() -> new RuleMetadata("y", Severity.NOTICE, "s", "d", "https://example.com/y z"))
                .hasMessageStartingWith("rule y: link is not a URI: ");
        }
        for (int i = 0; i < 300; i++) {
            assertThat(new RuleMetadata("z", Severity.NOTICE, "s", "d", "https://example.com/" + i).link())
                .isEqualTo("https://example.com/" + i);
        }
        assertThatThrownBy(() -> new RuleMetadata("y", Severity.NOTICE, "s", "d", "mailto:a@example.com"))
            .hasMessageContaining("link must be an absolute http(s) URL");
    }

    /** Every string of up to 5 characters over {@code alphabet}. */
    private static List<String> allStrings(String alphabet) {
        List<String> out = new ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int length = 1; length <= 5; length++) {
            List<String> next = new ArrayList<>();
            for (String s : last) {
                for (char c : alphabet.toCharArray()) {
                    next.add(s + c);
                }
            }
            out.addAll(next);
            last = next;
        }
        return out;
    }

    @Test
    void idCheckIsExactlyThePattern() {
        List<String> ids = allStrings("a9_Z-");
        ids.addAll(List.of("a".repeat(64), "a".repeat(65), "a_" + "b".repeat(62), "a_" + "b".repeat(63), "é", "a\n"));
        for (String id : ids) {
            boolean expected = id.length() <= RuleMetadata.MAX_ID_LENGTH && RuleMetadata.ID_PATTERN.matcher(id).matches();
            assertThat(RuleMetadata.isValidId(id)).as("'%s'", id).isEqualTo(expected);
        }
        assertThat(RuleMetadata.isValidId(null)).isFalse();
    }

    @Test
    void introducedMustBeARelease() {
        for (String v : allStrings("1.x")) {
            boolean expected = v.matches("\\d+\\.\\d+\\.\\d+");
            if (expected) {
                assertThat(new RuleMetadata("x", Severity.ERROR, "s", "d", null, RuleMetadata.AT_IMPORT, v).introduced())
                    .isEqualTo(v);
            } else {
                assertThatThrownBy(() -> new RuleMetadata("x", Severity.ERROR, "s", "d", null, RuleMetadata.AT_IMPORT, v))
                    .as("'%s'", v).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("rule x: introduced must be a release like 2.4.0: " + v);
            }
        }
        assertThat(new RuleMetadata("x", Severity.ERROR, "s", "d", null).checkedBy(RuleMetadata.AT_BUILD, "10.20.300")
            .introduced()).isEqualTo("10.20.300");
        assertThatThrownBy(() -> new RuleMetadata("x", Severity.ERROR, "s", "d", null, null, "2.4.٣"))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builtinMetadataIsWellFormed() {
        for (RuleMetadata m : RuleRegistry.builtin().allMetadata()) {
            assertThat(m.summary()).doesNotEndWith(".");
            assertThat(m.description()).isNotBlank();
        }
    }
}
