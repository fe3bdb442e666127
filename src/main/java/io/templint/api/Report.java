package io.templint.api;

import java.util.List;

/**
 * The report of one run over one or more templates; serialises to the JSON report of the contract.
 *
 * @param schemaVersion the report schema's version (1)
 * @param tool          templint's name and version
 * @param coderVersion  the Coder release whose rule decided {@code task.capable}
 * @param templates     one entry per template, in the order given
 * @param baselined     how many findings a baseline file ({@code templint check --baseline}) knew and
 *                      left out of {@code templates}; null when no baseline was used
 */
public record Report(int schemaVersion, Tool tool, String coderVersion, List<TemplateReport> templates,
                     Integer baselined) {

    /** The current schema version. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Copies the lists, which must not be null, into immutable ones.
     *
     * @param schemaVersion the report schema's version (1)
     * @param tool templint's name and version
     * @param coderVersion the Coder release whose rule decided {@code task.capable}
     * @param templates one entry per template, in the order given
     * @param baselined how many known findings a baseline left out, or null without a baseline
     */
    public Report {
        templates = List.copyOf(templates);
    }

    /**
     * A report made without a baseline.
     *
     * @param schemaVersion the report schema's version (1)
     * @param tool templint's name and version
     * @param coderVersion the Coder release whose rule decided {@code task.capable}
     * @param templates one entry per template, in the order given
     */
    public Report(int schemaVersion, Tool tool, String coderVersion, List<TemplateReport> templates) {
        this(schemaVersion, tool, coderVersion, templates, null);
    }

    /** The producing tool. */
    public record Tool(String name, String version) {

        /** This build of templint (its version is the pom's, written into the jar by the build). */
        public static final Tool TEMPLINT = new Tool("templint", buildVersion());

        private static String buildVersion() {
            java.util.Properties p = new java.util.Properties();
            try (java.io.InputStream in = Report.class.getResourceAsStream("/io/templint/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (java.io.IOException e) {
                // a jar that cannot read its own resource: report the version as unknown
            }
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        }
    }
}
