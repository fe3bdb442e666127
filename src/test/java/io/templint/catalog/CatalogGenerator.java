package io.templint.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Expression;
import io.templint.hcl.Expressions;
import io.templint.hcl.HclFile;
import io.templint.hcl.Traverser;
import io.templint.terraform.LoadOptions;
import io.templint.terraform.LocalValue;
import io.templint.terraform.Module;
import io.templint.terraform.ModuleCall;
import io.templint.terraform.ModuleCatalog;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Output;
import io.templint.terraform.Resource;
import io.templint.terraform.TemplateLoader;
import io.templint.terraform.Variable;
import io.templint.terraform.VersionConstraints;
import io.templint.terraform.source.TemplateSource;
import io.templint.terraform.source.TemplateSourceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds templint's module catalog ({@link ModuleCatalog}) from a git directory of
 * {@code coder/registry}: {@code mvn -B -o -Pcatalog -Dregistry=/path/to/registry.git test-compile exec:exec}
 * (README, "Module catalog"). Not part of the jar; run by the maintainers before a release.
 *
 * <p>The modules: every module one of whose published versions is tagged {@code tasks} in its
 * README's front matter or declares a {@code coder_ai_task}, and every registry module those call,
 * transitively. For each published version, templint's loader reads the module's {@code .tf} files
 * as a root module, and the catalog keeps what Coder's analysis reads of it: every variable (type,
 * default, sensitive), the {@code coder_ai_task}, {@code coder_app}, {@code coder_env} and
 * {@code coder_script} resources and the Coder data sources, with their {@code count} and
 * {@code for_each} and the few arguments that analysis reads, the registry module calls with their
 * arguments, the outputs, and the local values these expressions use. An expression that refers to
 * anything else (a file, another provider's resource, a local module) is kept as an unknown value.
 */
public final class CatalogGenerator {

    private static final Set<String> KEPT_RESOURCES = Set.of("coder_ai_task", "coder_app", "coder_env", "coder_script");
    private static final Map<String, List<String>> KEPT_ARGUMENTS = Map.of(
        "coder_ai_task", List.of("app_id"),
        "coder_app", List.of("agent_id", "slug", "display_name", "url", "subdomain", "share"),
        "coder_env", List.of("agent_id", "name", "value", "merge_strategy"),
        "coder_script", List.of("agent_id", "display_name", "run_on_start", "run_on_stop"),
        "data.coder_parameter", List.of("name", "type", "default", "mutable"));
    private static final Set<String> FILE_FUNCTIONS = Set.of("file", "templatefile", "filebase64", "fileexists",
        "fileset", "filemd5", "filesha1", "filesha256", "filesha512", "filebase64sha256", "filebase64sha512");
    private static final Pattern TAGS = Pattern.compile("(?m)^tags:\\s*\\[([^\\]]*)\\]");

    private final RegistryCheckout registry;

    private CatalogGenerator(RegistryCheckout registry) {
        this.registry = registry;
    }

    /**
     * {@code CatalogGenerator REGISTRY_GIT_DIR OUTPUT_JSON}.
     *
     * @param args the registry's git directory and the file to write
     * @throws Exception when the registry cannot be read
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CatalogGenerator REGISTRY_GIT_DIR OUTPUT_JSON");
            System.exit(2);
        }
        CatalogGenerator g = new CatalogGenerator(new RegistryCheckout(Path.of(args[0])));
        String json = g.generate();
        Files.writeString(Path.of(args[1]), json, StandardCharsets.UTF_8);
        System.err.println("wrote " + args[1] + " (" + json.length() + " bytes)");
    }

    /** The releases the catalog holds: those of Tasks modules and of the registry modules they call. */
    static List<RegistryCheckout.Release> catalogReleases(RegistryCheckout registry) throws IOException {
        Map<String, List<RegistryCheckout.Release>> byModule = new TreeMap<>();
        for (RegistryCheckout.Release r : registry.releases()) {
            byModule.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        }
        Deque<String> work = new ArrayDeque<>();
        boolean all = Boolean.getBoolean("catalog.allModules");
        for (var e : byModule.entrySet()) {
            for (RegistryCheckout.Release r : e.getValue()) {
                if (all || isTasksModule(registry, r)) {
                    work.add(e.getKey());
                    break;
                }
            }
        }
        Set<String> included = new LinkedHashSet<>();
        while (!work.isEmpty()) {
            String key = work.pop();
            if (!byModule.containsKey(key) || !included.add(key)) {
                continue;
            }
            for (RegistryCheckout.Release r : byModule.get(key)) {
                for (String tf : registry.files(r, ".tf").keySet()) {
                    String text = new String(registry.files(r, ".tf").get(tf), StandardCharsets.UTF_8);
                    Matcher m = Pattern.compile("source\\s*=\\s*\"([^\"]+)\"").matcher(text);
                    while (m.find()) {
                        String called = ModuleCatalog.moduleKey(m.group(1));
                        if (called != null && !included.contains(called)) {
                            work.add(called);
                        }
                    }
                }
            }
        }
        List<RegistryCheckout.Release> out = new ArrayList<>();
        for (String key : included) {
            List<RegistryCheckout.Release> rs = new ArrayList<>(byModule.get(key));
            rs.sort(Comparator.comparing(RegistryCheckout.Release::parts, VersionConstraints::compare));
            out.addAll(rs);
        }
        return out;
    }

    /** Whether a version's README front matter tags it {@code tasks}, or its code declares a {@code coder_ai_task}. */
    static boolean isTasksModule(RegistryCheckout registry, RegistryCheckout.Release r) throws IOException {
        String readme = registry.file(r.tag(), r.dir() + "/README.md");
        if (readme != null) {
            Matcher m = TAGS.matcher(readme);
            if (m.find()) {
                for (String t : m.group(1).split(",")) {
                    if (t.strip().replace("\"", "").equalsIgnoreCase("tasks")) {
                        return true;
                    }
                }
            }
        }
        String main = registry.file(r.tag(), r.dir() + "/main.tf");
        // a Task declared by the module or by the agentapi module it calls
        return main != null && (main.contains("\"coder_ai_task\"") || main.contains("/agentapi/coder\""));
    }

    String generate() throws IOException, TemplateSourceException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("catalogDate", registry.headDate());
        root.put("registryCommit", registry.head());
        root.put("generator", "templint CatalogGenerator: facts of templint's analysis; no module source");
        ObjectNode modules = root.putObject("modules");
        ArrayNode facts = json.createArrayNode();
        Map<String, Integer> seen = new HashMap<>();
        Map<RegistryCheckout.Release, ModuleTree> trees = new LinkedHashMap<>();
        for (RegistryCheckout.Release r : catalogReleases(registry)) {
            Map<String, byte[]> files = registry.files(r, ".tf", ".tf.json");
            files.keySet().removeIf(p -> p.contains("/") || p.endsWith(".tftest.hcl"));
            if (!files.isEmpty()) {
                trees.put(r, TemplateLoader.load(TemplateSource.files("module", files), LoadOptions.DEFAULTS));
            }
        }
        // the variables each module's kept declarations use (over all its versions): a call's other
        // arguments are not needed; until no set grows, as a caller's argument may feed a callee's
        Map<String, Set<String>> used = new HashMap<>();
        for (boolean grew = true; grew; ) {
            grew = false;
            for (var e : trees.entrySet()) {
                Extraction x = new Extraction(e.getValue().root(), used);
                x.run();
                grew |= used.computeIfAbsent(e.getKey().key(), k -> new LinkedHashSet<>()).addAll(x.usedVariables);
            }
        }
        for (var e : trees.entrySet()) {
            RegistryCheckout.Release r = e.getKey();
            ObjectNode f = new Extraction(e.getValue().root(), used).run();
            String text = json.writeValueAsString(f);
            Integer index = seen.get(text);
            if (index == null) {
                index = facts.size();
                seen.put(text, index);
                facts.add(f);
            }
            ((ObjectNode) modules.with(r.key())).put(r.version(), index);
        }
        root.set("facts", facts);
        // one module, one fact set a line: small diffs between catalog releases
        StringBuilder out = new StringBuilder("{\n");
        for (String field : List.of("catalogDate", "registryCommit", "generator")) {
            out.append("\"").append(field).append("\": ").append(json.writeValueAsString(root.get(field))).append(",\n");
        }
        out.append("\"modules\": {\n");
        List<String> keys = new ArrayList<>();
        modules.fieldNames().forEachRemaining(keys::add);
        for (int i = 0; i < keys.size(); i++) {
            out.append(json.writeValueAsString(keys.get(i))).append(": ")
                .append(json.writeValueAsString(modules.get(keys.get(i)))).append(i + 1 < keys.size() ? ",\n" : "\n");
        }
        out.append("},\n\"facts\": [\n");
        for (int i = 0; i < facts.size(); i++) {
            out.append(json.writeValueAsString(facts.get(i))).append(i + 1 < facts.size() ? ",\n" : "\n");
        }
        return out.append("]\n}\n").toString();
    }

    /** The pruning of one module. */
    private static final class Extraction {
        private final Module m;
        private final Map<String, HclFile> files = new HashMap<>();
        private final Set<String> keptResources = new LinkedHashSet<>();
        private final Set<String> keptCalls = new LinkedHashSet<>();
        private final Set<String> neededLocals = new LinkedHashSet<>();
        private final ObjectMapper json = new ObjectMapper();
        /** The variables used by some module's kept declarations, by module key. */
        private final Map<String, Set<String>> calleeVariables;
        final Set<String> usedVariables = new LinkedHashSet<>();

        Extraction(Module m, Map<String, Set<String>> calleeVariables) {
            this.m = m;
            this.calleeVariables = calleeVariables;
            for (HclFile f : m.files()) {
                files.put(f.name(), f);
            }
            for (Resource r : m.resources().values()) {
                if (kept(r)) {
                    keptResources.add(r.localAddress());
                }
            }
            for (ModuleCall c : m.moduleCalls().values()) {
                if (c.source() != null && ModuleCatalog.moduleKey(c.source()) != null) {
                    keptCalls.add(c.name());
                }
            }
        }

        private static boolean kept(Resource r) {
            return r.mode() == Resource.Mode.MANAGED && KEPT_RESOURCES.contains(r.type())
                || r.mode() == Resource.Mode.DATA && r.type().startsWith("coder_");
        }

        ObjectNode run() {
            ObjectNode out = json.createObjectNode();
            ArrayNode vars = out.putArray("variables");
            ArrayNode resources = json.createArrayNode();
            for (Resource r : m.resources().values()) {
                if (!keptResources.contains(r.localAddress())) {
                    continue;
                }
                ObjectNode n = resources.addObject();
                n.put("mode", r.isData() ? "data" : "resource");
                n.put("type", r.type());
                n.put("name", r.name());
                meta(n, r.count(), r.forEach());
                ObjectNode attrs = json.createObjectNode();
                for (String a : KEPT_ARGUMENTS.getOrDefault((r.isData() ? "data." : "") + r.type(), List.of())) {
                    Attribute at = r.attribute(a);
                    if (at != null) {
                        attrs.put(a, expr(at.expression()));
                    }
                }
                if (!attrs.isEmpty()) {
                    n.set("attributes", attrs);
                }
                if (r.type().equals("coder_ai_task")) {
                    ArrayNode blocks = json.createArrayNode();
                    for (Block b : r.blocks("sidebar_app")) {
                        Attribute id = b.body().attribute("id");
                        if (id != null) {
                            ObjectNode bn = blocks.addObject();
                            bn.put("type", "sidebar_app");
                            bn.putObject("attributes").put("id", expr(id.expression()));
                        }
                    }
                    if (!blocks.isEmpty()) {
                        n.set("blocks", blocks);
                    }
                }
            }
            ArrayNode calls = json.createArrayNode();
            for (ModuleCall c : m.moduleCalls().values()) {
                if (!keptCalls.contains(c.name())) {
                    continue;
                }
                ObjectNode n = calls.addObject();
                n.put("name", c.name());
                n.put("source", c.source());
                if (c.version() != null) {
                    n.put("version", c.version());
                }
                meta(n, c.count(), c.forEach());
                ObjectNode args = n.putObject("attributes");
                Set<String> wanted = calleeVariables.getOrDefault(ModuleCatalog.moduleKey(c.source()), Set.of());
                // every argument stays (a missing one is Terraform's error); those the callee uses keep their value
                c.arguments().forEach((name, a) -> args.put(name, wanted.contains(name) ? expr(a.expression())
                    : ModuleCatalog.UNKNOWN));
            }
            ArrayNode outputs = json.createArrayNode();
            for (Output o : m.outputs().values()) {
                ObjectNode n = outputs.addObject();
                n.put("name", o.name());
                n.put("value", o.value() == null ? "null" : expr(o.value()));
                if (o.sensitive()) {
                    n.put("sensitive", true);
                }
            }
            // the local values used, and those they use (worklist: each adds its own needs)
            ObjectNode locals = json.createObjectNode();
            Deque<String> work = new ArrayDeque<>(neededLocals);
            Set<String> done = new LinkedHashSet<>();
            Map<String, String> values = new TreeMap<>();
            while (!work.isEmpty()) {
                String name = work.pop();
                if (!done.add(name)) {
                    continue;
                }
                LocalValue l = m.locals().get(name);
                if (l == null) {
                    continue;
                }
                int before = neededLocals.size();
                values.put(name, expr(l.expression()));
                if (neededLocals.size() > before) {
                    neededLocals.forEach(work::add);
                }
            }
            values.forEach(locals::put);
            ArrayNode optional = json.createArrayNode();
            ArrayNode required = json.createArrayNode();
            for (Variable v : m.variables().values()) {
                boolean isUsed = usedVariables.contains(v.name());
                if (!isUsed && !v.sensitive()) {
                    // the value of a variable nothing kept uses does not matter: only whether it has a default
                    (v.defaultValue() != null ? optional : required).add(v.name());
                    continue;
                }
                ObjectNode n = vars.addObject();
                n.put("name", v.name());
                if (v.type() != null && isUsed) {
                    n.put("type", text(v.type()));
                }
                if (v.defaultValue() != null) {
                    n.put("default", isUsed ? text(v.defaultValue()) : "null");
                }
                if (v.sensitive()) {
                    n.put("sensitive", true);
                }
                if (!v.nullable() && isUsed) {
                    n.put("nullable", false);
                }
            }
            if (!optional.isEmpty()) {
                out.set("optional", optional);
            }
            if (!required.isEmpty()) {
                out.set("required", required);
            }
            if (!locals.isEmpty()) {
                out.set("locals", locals);
            }
            out.set("resources", resources);
            out.set("modules", calls);
            out.set("outputs", outputs);
            return out;
        }

        private void meta(ObjectNode n, Expression count, Expression forEach) {
            if (count != null) {
                n.put("count", expr(count));
            }
            if (forEach != null) {
                n.put("for_each", expr(forEach));
            }
        }

        private String text(Expression e) {
            HclFile f = files.get(e.range().filename());
            return f.source().text(e.range());
        }

        /** The expression's text when all it refers to is kept; otherwise the unknown value. */
        private String expr(Expression e) {
            boolean[] ok = {true};
            Expressions.walk(e, x -> {
                if (x instanceof Expression.FunctionCall fc && (FILE_FUNCTIONS.contains(fc.name()) || fc.name().contains("::"))) {
                    ok[0] = false;
                }
            });
            List<String> locals = new ArrayList<>();
            for (Expression.ScopeTraversal t : Expressions.traversals(e)) {
                String root = t.rootName();
                String a1 = attr(t, 1);
                String a2 = attr(t, 2);
                switch (root) {
                    case "var" -> ok[0] &= a1 != null && m.variables().containsKey(a1);
                    case "local" -> {
                        ok[0] &= a1 != null && m.locals().containsKey(a1);
                        if (a1 != null) {
                            locals.add(a1);
                        }
                    }
                    case "data" -> ok[0] &= a1 != null && a2 != null && keptResources.contains("data." + a1 + "." + a2);
                    case "module" -> ok[0] &= a1 != null && keptCalls.contains(a1);
                    case "count", "each", "terraform" -> { }
                    case "path", "self" -> ok[0] = false;
                    default -> {
                        boolean isResourceType = m.resources().values().stream()
                            .anyMatch(r -> !r.isData() && r.type().equals(root));
                        if (isResourceType) {
                            ok[0] &= a1 != null && keptResources.contains(root + "." + a1);
                        }
                        // otherwise a for expression's or a dynamic block's symbol
                    }
                }
            }
            if (!ok[0]) {
                return ModuleCatalog.UNKNOWN;
            }
            neededLocals.addAll(locals);
            for (Expression.ScopeTraversal t : Expressions.traversals(e)) {
                if (t.rootName().equals("var") && attr(t, 1) != null) {
                    usedVariables.add(attr(t, 1));
                }
            }
            return text(e);
        }

        private static String attr(Expression.ScopeTraversal t, int i) {
            return t.traversal().size() > i && t.traversal().get(i) instanceof Traverser.Attr a ? a.name() : null;
        }
    }

    static JsonNode read(String json) throws IOException {
        return new ObjectMapper().readTree(json);
    }
}
