package io.templint.rules;

import io.templint.api.Severity;
import io.templint.hcl.Range;
import java.util.Objects;

/**
 * What the configuration says about one rule: {@code rule "id" { enabled = false  severity = "notice" }}.
 *
 * @param id       the rule id
 * @param enabled  whether it runs, or null to keep the rule's default (most rules are on by default)
 * @param severity its severity, or null to keep its default severity
 * @param range    where it is configured (the block's header), or null when configured in code
 */
public record RuleConfig(String id, Boolean enabled, Severity severity, Range range) {
    public RuleConfig {
        Objects.requireNonNull(id, "id");
    }
}
