package io.templint.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.internal.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * templint's offline catalog of Coder registry agent modules: for every published version of every
 * registry module tagged for Tasks (and of the registry modules they call), the declarations that
 * Coder's analysis reads (variables, the {@code coder_ai_task}, {@code coder_app}, {@code coder_env},
 * {@code coder_script} resources and Coder data sources with their {@code count} conditions as
 * expressions of the module's inputs, outputs, and registry module calls), as templint's own
 * analysis of each version found them. Facts only: no script, no file, nothing else of the
 * module's source. Built from a checkout of {@code coder/registry} by the generator of the Maven
 * profile {@code catalog} (README, "Module catalog"), shipped in the jar as
 * {@value #RESOURCE}, and read once, on first use (never at start-up). Nothing touches the network.
 *
 * <p>A module call resolved from the catalog is loaded as a module of its own, under a folder name
 * that starts with {@value #DIR_PREFIX}: the facts become the declarations they were read from, so
 * the Task verdict, the sidebar app, the agents' environment and the sensitive variables come out
 * as they do for the module on disk.
 *
 * <p>Thread-safe and immutable.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class ModuleCatalog {

    /** Class-path resource of the catalog. */
    public static final String RESOURCE = "/io/templint/module-catalog.json";
    /** Folder prefix of the modules resolved from the catalog (not a folder on disk). */
    public static final String DIR_PREFIX = "catalog:";
    /** Expression standing for a value the catalog does not record (unknown when Coder imports the template). */
    public static final String UNKNOWN = "timestamp()";

    private static final Pattern SOURCE = Pattern.compile(
        "(?i)(?:https://)?registry\\.coder\\.com/([A-Za-z0-9][A-Za-z0-9_.-]*)/([A-Za-z0-9][A-Za-z0-9_.-]*)/coder");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    private static volatile boolean loaded;

    /** The catalog read from the jar, on first use. */
    private static final class Holder {
        static final ModuleCatalog INSTANCE = read();
    }

    private final String date;
    private final String registryCommit;
    /** Versions by {@code namespace/name}, oldest first, each with the index of its facts. */
    private final Map<String, List<Version>> modules;
    private final List<JsonNode> facts;

    private record Version(String text, int[] parts, int facts) { }

    private ModuleCatalog(String date, String registryCommit, Map<String, List<Version>> modules, List<JsonNode> facts) {
        this.date = date;
        this.registryCommit = registryCommit;
        this.modules = modules;
        this.facts = facts;
    }

    /** The catalog shipped in the jar (an empty one when the jar has none), read on first call. */
    public static ModuleCatalog get() {
        return Holder.INSTANCE;
    }

    /** Whether the shipped catalog has been read in this JVM (it is read lazily, on first use). */
    public static boolean isLoaded() {
        return loaded;
    }

    private static ModuleCatalog read() {
        try (InputStream in = ModuleCatalog.class.getResourceAsStream(RESOURCE)) {
            loaded = true;
            if (in == null) {
                return new ModuleCatalog(null, null, Map.of(), List.of());
            }
            return parse(JsonTree.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("templint's module catalog " + RESOURCE + " is unreadable", e);
        }
    }

    /**
     * A catalog from its JSON form: {@code {"catalogDate", "registryCommit", "modules": {"ns/name":
     * {"X.Y.Z": factsIndex}}, "facts": [...]}}.
     *
     * @param root the JSON document
     * @return the catalog
     */
    public static ModuleCatalog parse(JsonNode root) {
        Map<String, List<Version>> modules = new LinkedHashMap<>();
        JsonNode ms = root.path("modules");
        for (Iterator<Map.Entry<String, JsonNode>> it = ms.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> m = it.next();
            List<Version> versions = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> vs = m.getValue().fields(); vs.hasNext(); ) {
                Map.Entry<String, JsonNode> v = vs.next();
                int[] parts = parseVersion(v.getKey());
                if (parts != null) {
                    versions.add(new Version(v.getKey(), parts, v.getValue().asInt()));
                }
            }
            versions.sort(Comparator.comparing(Version::parts, VersionConstraints::compare));
            modules.put(m.getKey().toLowerCase(Locale.ROOT), List.copyOf(versions));
        }
        List<JsonNode> facts = new ArrayList<>();
        root.path("facts").forEach(facts::add);
        return new ModuleCatalog(text(root, "catalogDate"), text(root, "registryCommit"), modules, facts);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** The date of the registry commit the catalog was built from ({@code 2026-01-31}), or null for no catalog. */
    public String date() {
        return date;
    }

    /** The registry commit the catalog was built from, or null. */
    public String registryCommit() {
        return registryCommit;
    }

    /** How many module versions the catalog knows. */
    public int versionCount() {
        return modules.values().stream().mapToInt(List::size).sum();
    }

    /** The modules it knows, as {@code namespace/name}, each with its versions oldest first. */
    public Map<String, List<String>> versions() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        modules.forEach((k, v) -> out.put(k, v.stream().map(Version::text).toList()));
        return out;
    }

    /**
     * The {@code namespace/name} of a Coder registry module source
     * ({@code registry.coder.com/coder/claude-code/coder}, and the legacy
     * {@code registry.coder.com/modules/claude-code/coder}, whose namespace is {@code coder}), or null.
     *
     * @param source a module source as written
     * @return the module's key, lower case, or null when it is not a Coder registry address
     */
    public static String moduleKey(String source) {
        Matcher m = SOURCE.matcher(source.strip());
        if (!m.matches()) {
            return null;
        }
        String ns = m.group(1).toLowerCase(Locale.ROOT);
        return (ns.equals("modules") ? "coder" : ns) + "/" + m.group(2).toLowerCase(Locale.ROOT);
    }

    /**
     * What the catalog gives for a module call.
     *
     * @param key      the module's {@code namespace/name}
     * @param version  the version chosen, or null when none
     * @param exact    whether the call names that version exactly (otherwise it is the newest
     *                 catalog version its constraint allows, as of the catalog's date)
     * @param facts    the module's declarations as HCL (for the loader), or null when none
     * @param problem  why no version was chosen, as the end of a sentence, or null
     */
    public record Choice(String key, String version, boolean exact, String facts, String problem) {

        /** The folder name of the module in the tree: {@code catalog:registry.coder.com/coder/claude-code@1.0.0}. */
        public String dir() {
            return DIR_PREFIX + "registry.coder.com/" + key + "@" + version;
        }
    }

    /**
     * The version of a registry module that a call gets from the catalog: the version named, or the
     * newest catalog version that the constraint allows (Terraform's rules; none: the newest).
     *
     * @param source     the call's source, a Coder registry address
     * @param constraint the call's {@code version}, or null
     * @return the choice, or null when the catalog does not know the module at all
     */
    public Choice choose(String source, String constraint) {
        String key = moduleKey(source);
        List<Version> versions = key == null ? null : modules.get(key);
        if (versions == null || versions.isEmpty()) {
            return null;
        }
        Version newest = versions.get(versions.size() - 1);
        if (constraint == null || constraint.isBlank()) {
            return found(key, newest, false);
        }
        List<VersionConstraints.Constraint> parts = VersionConstraints.parse(constraint);
        if (parts == null) {
            return new Choice(key, null, false, null, "its version constraint " + Messages.quote(constraint)
                + " is not one templint reads");
        }
        boolean exact = parts.size() == 1 && parts.get(0).op().equals("=") && parts.get(0).segments() == 3;
        Version chosen = null;
        for (Version v : versions) {
            if (VersionConstraints.admits(parts, v.parts())) {
                chosen = v;
            }
        }
        if (chosen != null) {
            return found(key, chosen, exact);
        }
        // a version newer than the catalog's newest may match: the catalog is older than it
        boolean newer = parts.stream().anyMatch(c -> !c.op().equals("<") && !c.op().equals("<=") && !c.op().equals("!=")
            && VersionConstraints.compare(c.version(), newest.parts()) > 0);
        String problem = newer
            ? "templint's module catalog (" + date + ") is older than version " + constraint.strip()
                + ": its newest version of " + key + " is " + newest.text()
            : "no version of " + key + " in templint's module catalog (" + date + ") matches "
                + Messages.quote(constraint);
        return new Choice(key, null, exact, null, problem);
    }

    private Choice found(String key, Version v, boolean exact) {
        return new Choice(key, v.text(), exact, render(facts.get(v.facts())), null);
    }

    private static int[] parseVersion(String s) {
        Matcher m = VERSION.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ facts as declarations

    /** The HCL declarations that a module version's facts stand for. */
    static String render(JsonNode f) {
        StringBuilder out = new StringBuilder();
        for (JsonNode v : f.path("variables")) {
            out.append("variable \"").append(v.path("name").asText()).append("\" {\n");
            attr(out, "type", v.get("type"));
            attr(out, "default", v.get("default"));
            if (v.path("sensitive").asBoolean(false)) {
                out.append("  sensitive = true\n");
            }
            if (v.has("nullable")) {
                out.append("  nullable = ").append(v.path("nullable").asBoolean(true)).append('\n');
            }
            out.append("}\n");
        }
        // variables no kept declaration uses: only whether they have a default matters
        for (JsonNode v : f.path("optional")) {
            out.append("variable \"").append(v.asText()).append("\" {\n  default = null\n}\n");
        }
        for (JsonNode v : f.path("required")) {
            out.append("variable \"").append(v.asText()).append("\" {}\n");
        }
        if (f.path("locals").size() > 0) {
            out.append("locals {\n");
            f.path("locals").fields().forEachRemaining(e -> attr(out, e.getKey(), e.getValue()));
            out.append("}\n");
        }
        for (JsonNode r : f.path("resources")) {
            out.append(r.path("mode").asText("resource")).append(" \"").append(r.path("type").asText()).append("\" \"")
                .append(r.path("name").asText()).append("\" {\n");
            body(out, r);
            out.append("}\n");
        }
        for (JsonNode m : f.path("modules")) {
            out.append("module \"").append(m.path("name").asText()).append("\" {\n");
            out.append("  source = \"").append(m.path("source").asText()).append("\"\n");
            if (m.hasNonNull("version")) {
                out.append("  version = \"").append(m.path("version").asText()).append("\"\n");
            }
            body(out, m);
            out.append("}\n");
        }
        for (JsonNode o : f.path("outputs")) {
            out.append("output \"").append(o.path("name").asText()).append("\" {\n");
            attr(out, "value", o.get("value"));
            if (o.path("sensitive").asBoolean(false)) {
                out.append("  sensitive = true\n");
            }
            out.append("}\n");
        }
        return out.toString();
    }

    private static void body(StringBuilder out, JsonNode n) {
        attr(out, "count", n.get("count"));
        attr(out, "for_each", n.get("for_each"));
        n.path("attributes").fields().forEachRemaining(e -> attr(out, e.getKey(), e.getValue()));
        for (JsonNode b : n.path("blocks")) {
            out.append("  ").append(b.path("type").asText()).append(" {\n");
            b.path("attributes").fields().forEachRemaining(e -> attr(out, e.getKey(), e.getValue()));
            out.append("  }\n");
        }
    }

    private static void attr(StringBuilder out, String name, JsonNode expr) {
        if (expr != null && expr.isTextual()) {
            out.append("  ").append(name).append(" = ").append(expr.asText()).append('\n');
        }
    }
}
