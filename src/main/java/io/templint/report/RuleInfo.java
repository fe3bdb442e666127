package io.templint.report;

import io.templint.api.Severity;
import java.util.Objects;

/**
 * What reports say about a rule: SARIF's {@code reportingDescriptor}, {@code templint rules}
 * and {@code templint explain}.
 *
 * @param id              the rule id, e.g. {@code syntax}
 * @param defaultSeverity its severity unless configured otherwise
 * @param summary         one short sentence
 * @param description     a paragraph or more: what it checks, why, and how to fix it
 * @param helpUri         where its documentation lives
 * @param fixable         whether {@code templint check --fix} can fix its findings
 * @param enabledByDefault whether it runs when the configuration says nothing about it
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, String description, String helpUri,
                       boolean fixable, boolean enabledByDefault) {

    /** Where the documentation of every rule lives; a rule's page is this plus {@code #} and its id. */
    public static final String DOCS_URI = Project.RULES_DOCS;

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
        description = description == null || description.isBlank() ? summary : description;
        helpUri = helpUri == null ? DOCS_URI + "#" + id : helpUri;
    }

    /** A rule without a fix, on by default. */
    public RuleInfo(String id, Severity defaultSeverity, String summary, String description, String helpUri) {
        this(id, defaultSeverity, summary, description, helpUri, false, true);
    }

    /** A rule with the standard help URI. */
    public static RuleInfo of(String id, Severity defaultSeverity, String summary, String description) {
        return new RuleInfo(id, defaultSeverity, summary, description, null);
    }

    /** The description of a rule a report names but no catalog knows. */
    public static RuleInfo unknown(String id) {
        return of(id, Severity.WARNING, "Rule " + id + ".", null);
    }
}
