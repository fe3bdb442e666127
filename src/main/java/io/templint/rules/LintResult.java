package io.templint.rules;

import io.templint.api.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the rules found in one template.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 *
 * @param template the template path as given
 * @param findings every finding, suppressed ones included, in file order (as the template lists its
 *                 files) and then source order
 * @param skipped  rules that did not run on this template, by id, with the reason (a missing fact)
 */
public record LintResult(String template, List<RuleFinding> findings, Map<String, String> skipped) {

    public LintResult {
        findings = List.copyOf(findings);
        skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }

    /** The findings that no suppression silenced. */
    public List<RuleFinding> unsuppressed() {
        List<RuleFinding> out = new ArrayList<>();
        for (RuleFinding f : findings) {
            if (!f.suppressed()) {
                out.add(f);
            }
        }
        return out;
    }

    /** Every finding as a report record; see {@link RuleFinding#toApiFinding(UnaryOperator)}. */
    public List<Finding> toApiFindings(UnaryOperator<String> displayPath) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (RuleFinding f : findings) {
            out.add(f.toApiFinding(displayPath));
        }
        return out;
    }
}
