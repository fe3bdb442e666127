package io.templint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.rules.terraform.DeprecatedInterpolationRule;
import org.junit.jupiter.api.Test;

class RuleDocsTest {

    @Test
    void aRulePageHasTheMetadataAndHowToConfigureAndSuppressIt() {
        String page = RuleDocs.markdown(new DeprecatedInterpolationRule());
        assertThat(page).startsWith("# terraform_deprecated_interpolation\n\n")
            .contains("Default severity: **warning**")
            .contains("Interpolation-only expressions such as \"${var.x}\" are deprecated")
            .contains("count = var.enabled ? 1 : 0")
            .contains("rule \"terraform_deprecated_interpolation\" {")
            .contains("# templint-ignore: terraform_deprecated_interpolation ")
            .contains("More: https://developer.hashicorp.com/");
    }

    @Test
    void aProviderCheckPageSaysWhenCoderRejectsTheTemplateAndSinceWhichRelease() {
        RuleMetadata m = new RuleMetadata("some_check", io.templint.api.Severity.ERROR, "A check", "Why.", null)
            .checkedBy(RuleMetadata.AT_IMPORT, "2.4.0");
        assertThat(RuleDocs.markdown(m)).contains("## When Coder rejects it\n\nStep: template import (terraform plan)\n\n"
            + "Checked by the coder/coder Terraform provider since 2.4.0. A template whose `required_providers`"
            + " constraint cannot reach that release gets a notice instead");
        RuleMetadata coder = new RuleMetadata("other_check", io.templint.api.Severity.ERROR, "A check", "Why.", null)
            .checkedBy(RuleMetadata.AT_IMPORT, null);
        assertThat(RuleDocs.markdown(coder)).contains("Checked by Coder itself when it reads the plan");
        assertThat(RuleDocs.markdown(new DeprecatedInterpolationRule())).doesNotContain("When Coder rejects it");
    }

    @Test
    void aProviderReleaseIsThreeNumbers() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RuleMetadata("x", io.templint.api.Severity.ERROR,
            "A check", "Why.", null).checkedBy(RuleMetadata.AT_IMPORT, "2.4"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("introduced must be a release like 2.4.0");
    }

    @Test
    void theSyntaxPageDoesNotOfferConfiguration() {
        assertThat(RuleDocs.markdown(EngineRules.SYNTAX)).doesNotContain("## Configuration").doesNotContain("More:");
    }

    @Test
    void everyKnownIdHasAPage() {
        for (RuleMetadata m : RuleRegistry.builtin().allMetadata()) {
            assertThat(RuleDocs.markdown(m)).startsWith("# " + m.id() + "\n").contains(m.description().strip());
        }
    }

    @Test
    void theUserGuideListsEveryRuleAsTheMetadataSaysIt() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "rules.md"));
        for (RuleMetadata m : RuleRegistry.builtin().allMetadata()) {
            assertThat(guide).as("docs/rules.md row of " + m.id()).contains("| `" + m.id() + "` | "
                + m.defaultSeverity().label() + " | " + m.summary() + " |");
        }
    }

    @Test
    void theUserGuideMarksExactlyTheFixableRules() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "rules.md"));
        for (RuleMetadata m : RuleRegistry.builtin().allMetadata()) {
            assertThat(guide).as("docs/rules.md --fix column of " + m.id()).contains("| " + m.summary() + " |"
                + (m.fixable() ? " yes |" : "  |"));
        }
        assertThat(RuleRegistry.builtin().allMetadata().stream().filter(RuleMetadata::fixable).map(RuleMetadata::id))
            .containsExactlyInAnyOrder("terraform_deprecated_interpolation", "terraform_deprecated_index",
                "coder_ai_prompt_misspelled", "sensitive_output_not_marked", "terraform_deprecated_lookup");
    }

    @Test
    void theTableListsIdSeverityAndSummaryAligned() {
        String table = RuleDocs.table(RuleRegistry.builtin().allMetadata());
        String[] lines = table.split("\n");
        assertThat(lines).hasSize(RuleRegistry.builtin().allMetadata().size());
        String internal = java.util.Arrays.stream(lines).filter(l -> l.startsWith("internal_error ")).findFirst()
            .orElseThrow();
        assertThat(internal).contains("  error    A rule failed");
        int column = internal.indexOf("  error") + 2;
        for (String l : lines) {
            assertThat(l.substring(column)).matches("(error|warning|notice) +\\S.*");
        }
    }
}
