package io.templint.rules;

import java.util.Collection;

/**
 * Documentation generated from rule metadata: the page {@code templint explain RULE} prints, and
 * the listing of {@code templint rules}.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class RuleDocs {

    private RuleDocs() { }

    /** The Markdown page of a rule. */
    public static String markdown(Rule rule) {
        return markdown(rule.metadata());
    }

    /** The Markdown page of a rule or engine id. */
    public static String markdown(RuleMetadata m) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(m.id()).append("\n\n");
        sb.append(m.summary()).append("\n\n");
        sb.append("Default severity: **").append(m.defaultSeverity().label()).append("**\n\n");
        if (!m.enabledByDefault()) {
            sb.append("**Off by default**: it runs only when `").append(ConfigLoader.FILE_NAME)
                .append("` enables it (see Configuration).\n\n");
        }
        sb.append(m.description().strip()).append("\n\n");
        String rejected = rejection(m);
        if (rejected != null) {
            sb.append("## When Coder rejects it\n\n").append(rejected).append("\n\n");
        }
        if (!EngineRules.SYNTAX.id().equals(m.id())) {
            sb.append("## Configuration\n\n");
            sb.append("In `").append(ConfigLoader.FILE_NAME).append("`:\n\n");
            sb.append("```hcl\n");
            sb.append("rule \"").append(m.id()).append("\" {\n");
            sb.append(m.enabledByDefault() ? "  enabled  = false      # turn it off\n"
                : "  enabled  = true       # turn it on (it is off by default)\n");
            sb.append("  severity = \"notice\"   # or change its severity: error, warning, notice\n");
            sb.append("}\n```\n\n");
            sb.append("To silence one finding, write on the line above it (or above or at the top of a block to\n");
            sb.append("silence the whole block):\n\n");
            sb.append("```hcl\n# ").append(Suppressions.MARKER).append(": ").append(m.id())
                .append(" the reason it is fine here\n```\n");
        }
        if (m.link() != null) {
            sb.append("\nMore: ").append(m.link()).append('\n');
        }
        return sb.toString();
    }

    /**
     * For a check Coder or its provider makes: at which step it rejects the template and since which
     * provider release (Markdown, no heading); null for other rules.
     */
    public static String rejection(RuleMetadata m) {
        if (m.stage() == null && m.introduced() == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        if (m.stage() != null) {
            sb.append("Step: ").append(m.stage()).append("\n\n");
        }
        if (m.introduced() != null) {
            sb.append("Checked by the coder/coder Terraform provider since ").append(m.introduced())
                .append(". A template whose `required_providers` constraint cannot reach that release gets a notice")
                .append(" instead: it will fail when the provider is upgraded.");
        } else {
            sb.append("Checked by Coder itself when it reads the plan, whatever the provider release.");
        }
        return sb.toString();
    }

    /**
     * A plain-text table: one line per rule with its id, default severity and summary, aligned.
     */
    public static String table(Collection<RuleMetadata> rules) {
        int idWidth = 2;
        for (RuleMetadata m : rules) {
            idWidth = Math.max(idWidth, m.id().length());
        }
        StringBuilder sb = new StringBuilder();
        for (RuleMetadata m : rules) {
            sb.append(pad(m.id(), idWidth)).append("  ").append(pad(m.defaultSeverity().label(), 7)).append("  ")
                .append(m.summary()).append(m.enabledByDefault() ? "" : " (off by default)").append('\n');
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
