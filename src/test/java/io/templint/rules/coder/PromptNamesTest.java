package io.templint.rules.coder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptNamesTest {

    @Test
    void otherSpellingsOfAiPromptAreMisspelt() {
        for (String name : new String[] {"ai prompt", "AI_Prompt", "AI prompt", "ai-prompt", "AI  Prompt", " AI Prompt",
                "AI Prompt ", "AIPrompt", "Ai.Prompt", "AI\tPrompt", "Ai Prompt", "AI-Prompt", "ai_prompt",
                "AI\u00a0Prompt", "AI\u200bPrompt", "AI Promt", "AI Prommpt", "AI Propmt", "AI Prompr", "Ai Promtp",
                "AI Prompts", "AI Prmopt", "IA Prompt", "A Prompt", "AI Pompt"}) {
            assertThat(PromptNames.isMisspelt(name)).as(name).isTrue();
        }
    }

    @Test
    void theExactNameAndOtherNamesAreNot() {
        for (String name : new String[] {"AI Prompt", "Prompt", "AI Prompt Template", "AI", "", "prompt ai",
                "AI Provider", "API Port", "AI Proxy", "AI Project", "AI Profile", "AI Model", "AIPort", "API Token",
                "System Prompt", "AI Prompt 10", "My AI Prompt", "Prompts"}) {
            assertThat(PromptNames.isMisspelt(name)).as(name).isFalse();
        }
        assertThat(PromptNames.isMisspelt(null)).isFalse();
    }

    @Test
    void theThresholdIsOneEditOfTheNormalisedForm() {
        assertThat(PromptNames.normalise(" AI_ Pro-mpt.")).isEqualTo("aiprompt");
        assertThat(PromptNames.MAX_EDITS).isEqualTo(1);
        assertThat(PromptNames.isMisspelt("AI Promxt")).as("one substitution").isTrue();
        assertThat(PromptNames.isMisspelt("AI Prxmxt")).as("two substitutions").isFalse();
        assertThat(PromptNames.isMisspelt("AI Prmpt")).as("one deletion").isTrue();
        assertThat(PromptNames.isMisspelt("AI Prt")).as("three deletions").isFalse();
    }
}
