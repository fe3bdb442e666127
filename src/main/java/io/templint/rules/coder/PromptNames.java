package io.templint.rules.coder;

import io.templint.coder.ParameterFacts;
import java.util.Locale;

/** Recognises spellings of the "AI Prompt" parameter name that Coder does not accept. */
final class PromptNames {

    private PromptNames() { }

    /**
     * Whether {@code name} is "AI Prompt" written another way: other case, underscores, hyphens,
     * dots or extra spaces ({@code ai prompt}, {@code AI_Prompt}, {@code ai-prompt}, {@code " AI  Prompt"}).
     */
    static boolean isMisspelt(String name) {
        if (name == null || name.equals(ParameterFacts.AI_PROMPT)) {
            return false;
        }
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]+", "").equals("aiprompt");
    }
}
