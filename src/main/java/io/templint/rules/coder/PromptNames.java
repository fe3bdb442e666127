package io.templint.rules.coder;

import io.templint.coder.ParameterFacts;
import io.templint.internal.Suggestions;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises spellings of the "AI Prompt" parameter name that Coder does not accept. */
final class PromptNames {

    /** "AI Prompt" in the normalised form of {@link #normalise}. */
    private static final String NORMALISED = "aiprompt";

    /**
     * The most edits (of the normalised forms) that still make a misspelling. One edit catches a
     * dropped, doubled, swapped or wrong letter ({@code AI Promt}, {@code AI Prommpt},
     * {@code AI Propmt}, {@code AI Prompr}); two would take in other words ({@code Prompt} alone,
     * {@code AI Proxy} is 3, {@code API Port} 4, {@code AI Provider} 5).
     */
    static final int MAX_EDITS = 1;

    /** What the normalised form leaves out: spaces of any kind, zero-width characters, {@code _ . -}. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF_.\\-]+");

    private PromptNames() { }

    /**
     * Whether {@code name} is "AI Prompt" written another way: other case, underscores, hyphens,
     * dots, extra or missing spaces ({@code ai prompt}, {@code AI_Prompt}, {@code ai-prompt},
     * {@code " AI  Prompt"}, {@code AIPrompt}), or, after that, one letter dropped, added, changed or
     * two swapped ({@code AI Promt}, {@code AI Prompts}, {@code AI Propmt}): Damerau-Levenshtein
     * distance at most {@value #MAX_EDITS} between the normalised forms.
     */
    static boolean isMisspelt(String name) {
        if (name == null || name.equals(ParameterFacts.AI_PROMPT)) {
            return false;
        }
        String n = normalise(name);
        return Math.abs(n.length() - NORMALISED.length()) <= MAX_EDITS
            && Suggestions.transpositionDistance(n, NORMALISED) <= MAX_EDITS;
    }

    /** Lower case, without separators: {@code " AI_Prompt"} is {@code aiprompt}. */
    static String normalise(String name) {
        return SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
