package io.templint.rules;

import io.templint.api.Severity;
import java.net.URI;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a rule is, independent of any template: its stable id, default severity and documentation.
 * Checked at construction so that a badly declared rule fails when it is created, not in a report.
 *
 * @param id              stable snake_case id, e.g. {@code terraform_deprecated_index}; users write it in
 *                        {@code .templint.hcl} and in {@code templint-ignore} comments, so it never changes
 * @param defaultSeverity the severity of its findings unless the configuration says otherwise
 * @param summary         one line, no trailing period needed, shown by {@code templint rules}
 * @param description     Markdown: why it matters, what triggers it, how to fix it
 * @param link            an absolute http(s) URL with more information, or null
 * @param stage           for a check Coder or its Terraform provider makes: when it rejects the template
 *                        ({@link #AT_IMPORT} or {@link #AT_BUILD}), else null
 * @param introduced      for a check the Coder provider makes: the {@code coder/coder} provider release
 *                        that added it (e.g. {@code 2.4.0}), else null
 * @param fixable         whether its findings have one mechanical fix that {@code templint check --fix}
 *                        applies (see {@code io.templint.fix})
 * @param enabledByDefault whether the rule runs when the configuration says nothing about it; a rule
 *                        that is off by default runs only with {@code rule "id" { enabled = true }}
 */
public record RuleMetadata(String id, Severity defaultSeverity, String summary, String description, String link,
        String stage, String introduced, boolean fixable, boolean enabledByDefault) {

    /** {@link #stage()} of a check made when Coder imports the template ({@code terraform plan}). */
    public static final String AT_IMPORT = "template import (terraform plan)";

    /** {@link #stage()} of a check made when a workspace is built ({@code terraform apply}). */
    public static final String AT_BUILD = "workspace build (terraform apply)";

    /** A rule that is not one of Coder's or its provider's own checks. */
    public RuleMetadata(String id, Severity defaultSeverity, String summary, String description, String link) {
        this(id, defaultSeverity, summary, description, link, null, null, false, true);
    }

    /**
     * A rule that runs unless the configuration turns it off, without a fix unless {@link #withFix()}
     * says so.
     */
    public RuleMetadata(String id, Severity defaultSeverity, String summary, String description, String link,
            String stage, String introduced) {
        this(id, defaultSeverity, summary, description, link, stage, introduced, false, true);
    }

    /** This rule as a check Coder or its provider makes at {@code stage}, added in provider {@code introduced}. */
    public RuleMetadata checkedBy(String stage, String introduced) {
        return new RuleMetadata(id, defaultSeverity, summary, description, link, stage, introduced, fixable,
            enabledByDefault);
    }

    /** This rule as one whose findings {@code templint check --fix} can fix. */
    public RuleMetadata withFix() {
        return new RuleMetadata(id, defaultSeverity, summary, description, link, stage, introduced, true,
            enabledByDefault);
    }

    /** This rule, off unless the configuration enables it ({@code rule "id" { enabled = true }}). */
    public RuleMetadata offByDefault() {
        return new RuleMetadata(id, defaultSeverity, summary, description, link, stage, introduced, fixable, false);
    }

    /** What an id looks like: lower-case words of letters and digits joined by single underscores. */
    public static final Pattern ID_PATTERN = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");

    /** Longest id accepted. */
    public static final int MAX_ID_LENGTH = 64;

    /** Longest summary accepted. */
    public static final int MAX_SUMMARY_LENGTH = 160;

    public RuleMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("rule id '" + id + "' is not snake_case (" + ID_PATTERN.pattern()
                + ", at most " + MAX_ID_LENGTH + " characters)");
        }
        if (summary.isBlank() || summary.contains("\n") || summary.length() > MAX_SUMMARY_LENGTH) {
            throw new IllegalArgumentException("rule " + id + ": summary must be one non-blank line of at most "
                + MAX_SUMMARY_LENGTH + " characters");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("rule " + id + ": description must not be blank");
        }
        if (link != null) {
            checkLink(id, link);
        }
        if (introduced != null && !isRelease(introduced)) {
            throw new IllegalArgumentException("rule " + id + ": introduced must be a release like 2.4.0: "
                + introduced);
        }
    }

    /**
     * Whether {@code id} is a well-formed rule id: one that {@link #ID_PATTERN} matches, of at most
     * {@link #MAX_ID_LENGTH} characters. (Checked by hand, as every rule's metadata is at every start.)
     */
    public static boolean isValidId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH || !isLowerLetter(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '_') {
                if (i + 1 == id.length() || id.charAt(i + 1) == '_') {
                    return false;
                }
            } else if (!isLowerLetter(c) && !isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} is a release like {@code 2.4.0}: three dot-separated runs of ASCII digits. */
    private static boolean isRelease(String s) {
        int dots = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if (c == '.' && digits > 0 && dots < 2) {
                dots++;
                digits = 0;
            } else {
                return false;
            }
        }
        return dots == 2 && digits > 0;
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Links already found well-formed: most rules share a few documentation pages, and each rule's
     * metadata is made more than once ({@link #checkedBy}, {@link #withFix}, ...), so that parsing
     * every one as a URI took a noticeable part of the rules' set-up at start. Kept small.
     */
    private static final Set<String> CHECKED_LINKS = ConcurrentHashMap.newKeySet();

    private static final int MAX_CHECKED_LINKS = 256;

    private static void checkLink(String id, String link) {
        if (CHECKED_LINKS.contains(link)) {
            return;
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("rule " + id + ": link is not a URI: " + link, e);
        }
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("https".equals(scheme) || "http".equals(scheme))) {
            throw new IllegalArgumentException("rule " + id + ": link must be an absolute http(s) URL: " + link);
        }
        if (CHECKED_LINKS.size() < MAX_CHECKED_LINKS) {
            CHECKED_LINKS.add(link);
        }
    }
}
