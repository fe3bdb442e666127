package io.templint.report;

import io.templint.coder.SecretPatterns;
import io.templint.rules.coder.HardcodedSecretRule;
import java.util.function.UnaryOperator;

/**
 * How source text that a report quotes is masked, so that a secret written in a template never
 * reaches a terminal, a CI log or stored pipeline output. Every quoted line has its well-known
 * credential formats masked; the lines of a {@code coder_hardcoded_secret} finding are known to
 * hold a secret, so every random-looking run of characters in them is masked too. Masking keeps
 * the first {@value SecretPatterns#SHOWN_CHARS} characters of a secret and the length of the line.
 */
final class SourceRedaction {

    /** For source of which nothing is known: masks the well-known credential formats. */
    static final UnaryOperator<String> ANY_SOURCE = SecretPatterns::maskKnownFormats;

    /** For source known to hold a secret: masks formats and random-looking values. */
    static final UnaryOperator<String> SECRET_SOURCE = SecretPatterns::mask;

    private SourceRedaction() { }

    /** The redaction for the code frame of a finding of rule {@code ruleId}. */
    static UnaryOperator<String> forRule(String ruleId) {
        return HardcodedSecretRule.ID.equals(ruleId) ? SECRET_SOURCE : ANY_SOURCE;
    }
}
