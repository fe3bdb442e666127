package io.templint.rules;

import io.templint.api.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a template's {@code templint-ignore} comments to the rules' findings: covered findings
 * are marked suppressed (and kept), and each rule id a comment names in vain becomes an
 * {@value RuleEngine#UNUSED_SUPPRESSION_ID} finding at the comment. Ids of rules that did not run
 * to completion on the template (disabled, skipped, failed) are not reported as unused: nobody
 * knows whether they would have found something.
 */
final class SuppressionFilter {

    private final RuleRegistry registry;
    private final Severity unusedSeverity;

    /**
     * @param registry       the known ids, to tell unknown from silent rules
     * @param unusedSeverity the severity of unused-suppression findings, or null to report none
     */
    SuppressionFilter(RuleRegistry registry, Severity unusedSeverity) {
        this.registry = registry;
        this.unusedSeverity = unusedSeverity;
    }

    /**
     * Marks the findings in {@code pending} that {@code suppressions} cover, and appends the
     * unused-suppression findings.
     *
     * @param completed the ids of the rules that ran to completion on the template
     * @param runsIn    whether a rule (its id) runs in a file (its name): a suppression of a rule that the
     *                  settings of the file's folder turn off is not reported as unused
     */
    void apply(List<PendingFinding> pending, List<Suppression> suppressions, Set<String> completed,
               java.util.function.BiPredicate<String, String> runsIn) {
        if (suppressions.isEmpty()) {
            return;
        }
        List<Set<String>> used = new ArrayList<>(suppressions.size());
        suppressions.forEach(s -> used.add(new HashSet<>()));
        for (int i = 0; i < pending.size(); i++) {
            PendingFinding p = pending.get(i);
            if (!p.fromRule()) {
                continue;
            }
            Suppression first = null;
            for (int s = 0; s < suppressions.size(); s++) {
                if (suppressions.get(s).covers(p.ruleId(), p.range())) {
                    used.get(s).add(p.ruleId());
                    first = first == null ? suppressions.get(s) : first;
                }
            }
            if (first != null) {
                pending.set(i, p.suppress(first.reason()));
            }
        }
        if (unusedSeverity == null) {
            return;
        }
        for (int s = 0; s < suppressions.size(); s++) {
            Suppression sup = suppressions.get(s);
            for (String message : unusedMessages(sup, used.get(s), completed, runsIn)) {
                pending.add(new PendingFinding(RuleEngine.UNUSED_SUPPRESSION_ID, unusedSeverity, message,
                    sup.comment(), List.of(), false));
            }
        }
    }

    private List<String> unusedMessages(Suppression s, Set<String> used, Set<String> completed,
                                        java.util.function.BiPredicate<String, String> runsIn) {
        boolean file = s.scope() == Suppression.Scope.FILE || s.scope() == Suppression.Scope.MISPLACED_FILE;
        String marker = file ? Suppressions.FILE_MARKER : Suppressions.MARKER;
        if (s.isMalformed()) {
            return List.of("this " + marker + " comment names no rule; write \"" + marker + ": rule_id reason\"");
        }
        if (s.scope() == Suppression.Scope.MISPLACED_FILE) {
            return List.of(marker + " covers nothing here: it must come before any code in the file");
        }
        List<String> out = new ArrayList<>();
        for (String id : s.ruleIds()) {
            if (id.equals(Suppressions.ALL)) {
                if (used.isEmpty()) {
                    out.add(marker + ": all silences nothing here, so this suppression is not needed");
                }
            } else if (!registry.isKnown(id)) {
                String hint = registry.closestId(id).map(c -> " (did you mean " + c + "?)").orElse("");
                out.add(marker + " names unknown rule " + id + hint);
            } else if (completed.contains(id) && !used.contains(id) && runsIn.test(id, s.comment().filename())) {
                out.add(marker + ": " + id + " reports nothing here, so this suppression is not needed");
            }
        }
        return out;
    }
}
