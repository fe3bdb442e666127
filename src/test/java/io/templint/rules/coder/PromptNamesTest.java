package io.templint.rules.coder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptNamesTest {

    @Test
    void otherSpellingsOfAiPromptAreMisspelt() {
        for (String name : new String[] {"ai prompt", "AI_Prompt", "AI prompt", "ai-prompt", "AI  Prompt", " AI Prompt",
                "AI Prompt ", "AIPrompt", "Ai.Prompt", "AI\tPrompt"}) {
            assertThat(PromptNames.isMisspelt(name)).as(name).isTrue();
        }
    }

    @Test
    void theExactNameAndOtherNamesAreNot() {
        for (String name : new String[] {"AI Prompt", "Prompt", "AI Prompt Template", "AI", "", "prompt ai"}) {
            assertThat(PromptNames.isMisspelt(name)).as(name).isFalse();
        }
        assertThat(PromptNames.isMisspelt(null)).isFalse();
    }
}
