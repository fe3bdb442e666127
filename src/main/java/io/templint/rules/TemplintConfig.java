package io.templint.rules;

import io.templint.api.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contents of a {@code .templint.hcl} file (see {@link ConfigLoader}). Command-line options
 * take precedence over it; that is the CLI's business.
 *
 * @param coderVersion the Coder release to target ({@code "2.27"}), or null
 * @param failOn       the least severe finding that fails a run, or null for the default
 * @param rules        per-rule settings by rule id
 * @param source       the file it was read from, or null
 */
public record TemplintConfig(String coderVersion, FailOn failOn, Map<String, RuleConfig> rules, String source) {

    /** No configuration: every rule enabled with its default severity. */
    public static final TemplintConfig EMPTY = new TemplintConfig(null, null, Map.of(), null);

    public TemplintConfig {
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** This configuration with another Coder release (e.g. from {@code --coder-version}). */
    public TemplintConfig withCoderVersion(String version) {
        return new TemplintConfig(version, failOn, rules, source);
    }

    /** This configuration with another failure threshold (e.g. from {@code --fail-on}). */
    public TemplintConfig withFailOn(FailOn threshold) {
        return new TemplintConfig(coderVersion, threshold, rules, source);
    }

    /** Whether the rule with id {@code id} runs. */
    public boolean isEnabled(String id) {
        RuleConfig c = rules.get(id);
        return c == null || c.enabled() == null || c.enabled();
    }

    /** The severity findings of {@code rule} get. */
    public Severity severity(RuleMetadata rule) {
        RuleConfig c = rules.get(rule.id());
        return c == null || c.severity() == null ? rule.defaultSeverity() : c.severity();
    }
}
