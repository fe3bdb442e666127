package io.templint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.templint.api.AgentReport;
import io.templint.api.Finding;
import io.templint.api.Report;
import io.templint.api.ResolvedModule;
import io.templint.api.Severity;
import io.templint.api.TemplateReport;
import io.templint.api.UnresolvedModule;
import io.templint.rules.Fingerprints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 (OASIS), for code-scanning services: one run whose driver lists every rule, one
 * result a finding. Suppressed findings are kept with an {@code inSource} suppression.
 * Columns count Unicode characters ({@code columnKind: unicodeCodePoints}). The run's
 * {@code properties.templates} says, per template, what the analysis did not see: modules not
 * analysed, agents whose environment may be incomplete, the module the sidebar app comes from.
 */
final class SarifFormatter implements Formatter {

    /** Where users find templint; SARIF's {@code tool.driver.informationUri}. */
    public static final String INFORMATION_URI = Project.HOME;
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT_KEY = "templint/v1";

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String description() {
        return "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers";
    }

    @Override
    public void write(Report report, ReportContext context, Appendable out) throws IOException {
        List<Finding> findings = Findings.all(report);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleInfo r : context.rules().all()) {
            ruleIndex.put(r.id(), rules.size());
            rules.add(r);
        }
        for (Finding f : findings) {
            if (!ruleIndex.containsKey(f.rule())) {
                ruleIndex.put(f.rule(), rules.size());
                rules.add(context.rules().describe(f.rule()));
            }
        }

        ObjectNode root = Json.mapper().createObjectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", report.tool().name());
        driver.put("version", report.tool().version());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode ruleArray = driver.putArray("rules");
        for (RuleInfo r : rules) {
            writeRule(r, ruleArray.addObject());
        }
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        for (Finding f : findings) {
            writeResult(f, ruleIndex.get(f.rule()), results.addObject());
        }
        writeTemplates(report, run.putObject("properties").putArray("templates"));
        Json.writePretty(root, out);
    }

    /**
     * What each checked folder is and what its analysis did not see, in the run's property bag:
     * {@code path}, {@code kind} (a template, or a module, which gets no Task verdict and no
     * template-level Task rules), the modules not analysed (with the JSON report's fields), the
     * agents whose environment may be incomplete and the module the Task's sidebar app comes from.
     */
    private static void writeTemplates(Report report, ArrayNode out) {
        for (TemplateReport t : report.templates()) {
            ObjectNode node = out.addObject();
            node.put("path", t.path());
            node.put("kind", t.kind().label());
            ArrayNode modules = node.putArray("unresolvedModules");
            for (UnresolvedModule m : t.unresolvedModules()) {
                ObjectNode u = modules.addObject();
                u.put("address", m.address());
                u.put("source", m.source());
                u.put("version", m.version());
                u.put("reason", m.reason());
            }
            if (!t.resolvedModules().isEmpty()) {
                // the modules analysed from the module catalog (the JSON report's fields)
                ArrayNode resolved = node.putArray("resolvedModules");
                for (ResolvedModule m : t.resolvedModules()) {
                    resolved.add(Json.mapper().valueToTree(m));
                }
            }
            ArrayNode agents = node.putArray("agents");
            for (AgentReport a : t.agents()) {
                ObjectNode agent = agents.addObject();
                agent.put("address", a.address());
                agent.put("envComplete", a.envComplete());
                ArrayNode from = agent.putArray("envMayComeFrom");
                a.envMayComeFrom().forEach(from::add);
            }
            node.put("sidebarAppFrom", t.task() == null ? null : t.task().sidebarAppFrom());
        }
    }

    private static void writeRule(RuleInfo r, ObjectNode node) {
        node.put("id", r.id());
        node.putObject("shortDescription").put("text", r.summary());
        // rule descriptions are Markdown: code scanning shows help.markdown on the alert's page
        ObjectNode full = node.putObject("fullDescription");
        full.put("text", r.description());
        full.put("markdown", r.description());
        node.put("helpUri", r.helpUri());
        ObjectNode help = node.putObject("help");
        help.put("text", r.description());
        help.put("markdown", r.description() + "\n\n[More about " + r.id() + "](" + r.helpUri() + ")");
        ObjectNode defaults = node.putObject("defaultConfiguration");
        defaults.put("level", level(r.defaultSeverity()));
        if (!r.enabledByDefault()) {
            defaults.put("enabled", false); // SARIF's default is true
        }
    }

    private static void writeResult(Finding f, int ruleIndex, ObjectNode node) {
        node.put("ruleId", f.rule());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(f.severity()));
        node.putObject("message").put("text", f.message());
        if (f.file() != null) {
            writeLocation(f.file(), f.line(), f.column(), f.endLine(), f.endColumn(),
                node.putArray("locations").addObject());
        }
        if (!f.related().isEmpty()) {
            ArrayNode related = node.putArray("relatedLocations");
            int id = 1;
            for (Finding.Related r : f.related()) {
                ObjectNode loc = related.addObject();
                loc.put("id", id++);
                writeLocation(r.file(), r.line(), r.column(), r.endLine(), r.endColumn(), loc);
                loc.putObject("message").put("text", r.message());
            }
        }
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint(f));
        if (f.fix() != null) {
            writeFix(f.fix(), node);
        }
        if (f.suppressed()) {
            ObjectNode s = node.putArray("suppressions").addObject();
            s.put("kind", "inSource");
            s.put("justification", f.suppressionReason() == null ? "" : f.suppressionReason());
        }
    }

    /**
     * SARIF's {@code fixes}: one fix, its replacements grouped per file ({@code artifactChanges}); each
     * deleted region by lines and columns and by bytes of the file as read. A fix {@code --fix} wrote
     * says so in its property bag ({@code applied}).
     */
    private static void writeFix(io.templint.api.Fix fix, ObjectNode result) {
        ObjectNode node = result.putArray("fixes").addObject();
        node.putObject("description").put("text", fix.description());
        ArrayNode changes = node.putArray("artifactChanges");
        Map<String, ArrayNode> byFile = new LinkedHashMap<>();
        for (io.templint.api.Fix.Replacement r : fix.replacements()) {
            ArrayNode replacements = byFile.computeIfAbsent(r.file(), file -> {
                ObjectNode change = changes.addObject();
                change.putObject("artifactLocation").put("uri", ArtifactUri.of(file));
                return change.putArray("replacements");
            });
            ObjectNode replacement = replacements.addObject();
            ObjectNode region = replacement.putObject("deletedRegion");
            region.put("startLine", r.line());
            region.put("startColumn", r.column());
            region.put("endLine", r.endLine());
            region.put("endColumn", r.endColumn());
            region.put("byteOffset", r.byteOffset());
            region.put("byteLength", r.byteLength());
            replacement.putObject("insertedContent").put("text", r.insertedText());
        }
        if (fix.applied()) {
            node.putObject("properties").put("applied", true);
        }
    }

    private static void writeLocation(String file, int line, int column, int endLine, int endColumn, ObjectNode loc) {
        ObjectNode physical = loc.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", ArtifactUri.of(file));
        if (line >= 1) {
            int startColumn = Math.max(1, column);
            int lastLine = Math.max(line, endLine);
            int lastColumn = lastLine == line ? Math.max(startColumn, endColumn) : Math.max(1, endColumn);
            ObjectNode region = physical.putObject("region");
            region.put("startLine", line);
            region.put("startColumn", startColumn);
            region.put("endLine", lastLine);
            region.put("endColumn", lastColumn);
        }
    }

    /** SARIF's level of a severity: {@code error}, {@code warning}, {@code note}. */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTICE -> "note";
        };
    }

    /**
     * The finding's own fingerprint, or one derived from its rule, file and message (so it stays the
     * same when lines move).
     */
    private static String fingerprint(Finding f) {
        if (f.fingerprint() != null && !f.fingerprint().isEmpty()) {
            return f.fingerprint();
        }
        return Fingerprints.hash(f.rule(), f.file(), f.message());
    }
}
