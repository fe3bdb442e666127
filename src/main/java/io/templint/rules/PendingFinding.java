package io.templint.rules;

import io.templint.api.Severity;
import io.templint.hcl.Range;
import java.util.List;

/**
 * A finding before suppression and fingerprinting.
 *
 * @param fromRule   whether a rule reported it (only those can be suppressed)
 * @param suppressed whether a suppression covers it
 * @param reason     the covering suppression's reason, or null
 */
record PendingFinding(String ruleId, Severity severity, String message, Range range,
                      List<RelatedLocation> related, boolean fromRule, boolean suppressed, String reason) {

    /** A finding that is not suppressed (yet). */
    PendingFinding(String ruleId, Severity severity, String message, Range range, List<RelatedLocation> related,
                   boolean fromRule) {
        this(ruleId, severity, message, range, related, fromRule, false, null);
    }

    /** This finding, silenced for {@code why}. */
    PendingFinding suppress(String why) {
        return new PendingFinding(ruleId, severity, message, range, related, fromRule, true, why);
    }
}
