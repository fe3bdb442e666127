package io.templint.rules;

import io.templint.api.Finding;
import io.templint.api.Severity;
import io.templint.hcl.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One finding of a rule run: what the engine returns before it is turned into a report record.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 *
 * @param ruleId            the rule id (or {@value RuleEngine#INTERNAL_ERROR_ID},
 *                          {@value RuleEngine#UNUSED_SUPPRESSION_ID})
 * @param severity          the effective severity (configuration applied)
 * @param message           what is wrong
 * @param range             where
 * @param related           other places involved
 * @param fingerprint       identity that survives lines moving: see {@link Fingerprints}
 * @param suppressed        whether a {@code templint-ignore} comment silenced it
 * @param suppressionReason the reason the comment gave, or null
 */
public record RuleFinding(String ruleId, Severity severity, String message, Range range,
                          List<RelatedLocation> related, String fingerprint,
                          boolean suppressed, String suppressionReason) {

    public RuleFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(fingerprint, "fingerprint");
        related = List.copyOf(related);
        if (!suppressed && suppressionReason != null) {
            throw new IllegalArgumentException("a reason without a suppression");
        }
    }

    /** The report record, with file names as they are in the ranges. */
    public Finding toApiFinding() {
        return toApiFinding(UnaryOperator.identity());
    }

    /**
     * The report record.
     *
     * @param displayPath maps a range's file name to the path a user would open (e.g. the template
     *                    path as given joined with the file's path inside the template)
     */
    public Finding toApiFinding(UnaryOperator<String> displayPath) {
        List<Finding.Related> rel = new ArrayList<>(related.size());
        for (RelatedLocation r : related) {
            Range rr = r.range();
            rel.add(new Finding.Related(r.message(), displayPath.apply(rr.filename()), rr.startLine(),
                rr.startColumn(), rr.endLine(), rr.endColumn()));
        }
        return new Finding(ruleId, severity, message, displayPath.apply(range.filename()), range.startLine(),
            range.startColumn(), range.endLine(), range.endColumn(), suppressed, suppressionReason, fingerprint,
            rel);
    }
}
