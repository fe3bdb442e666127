package io.templint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.templint.api.AgentReport;
import io.templint.api.EnvEntry;
import io.templint.api.TaskReport;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.terraform.LoadOptions;
import io.templint.terraform.ModuleCall;
import io.templint.terraform.ModuleCatalog;
import io.templint.terraform.TemplateLoader;
import io.templint.terraform.source.TemplateSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the module catalog: for every version in the catalog of every module
 * tagged for Tasks, a template calling it as the module's README example does gets the same Task
 * verdict, sidebar app and agent env names with the catalog as with that version (and the versions
 * of the registry modules it calls) materialised in {@code .terraform/modules}. Needs a git directory
 * of {@code coder/registry}: {@code -Dregistry=/path/to/registry.git} (skipped without it), and the
 * catalog in the jar must have been built from it.
 */
class CatalogMatchesRegistryTest {

    private static final Pattern CODE = Pattern.compile("```(?:tf|hcl|terraform)\\s*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^(\\s*version\\s*=\\s*)\"[^\"]*\"");
    private static final Pattern REFERENCE = Pattern.compile(
        "(?<![\\w.\"])(coder_agent|var|local|data\\.coder_parameter|data\\.coder_workspace|data\\.coder_workspace_owner)"
            + "\\.([A-Za-z_][\\w-]*)");

    @Test
    void everyTasksModuleVersionGetsTheSameAnswersAsOnDisk() throws Exception {
        String dir = System.getProperty("registry", "");
        assumeTrue(!dir.isBlank() && !dir.startsWith("${") && Files.isDirectory(Path.of(dir)),
            "give -Dregistry=/path/to/registry.git");
        RegistryCheckout registry = new RegistryCheckout(Path.of(dir));
        ModuleCatalog catalog = ModuleCatalog.get();
        assertThat(catalog.registryCommit()).as("the catalog must be built from this registry").isEqualTo(registry.head());
        Templint withCatalog = Templint.builder().moduleCatalog(true).build();
        Templint onDisk = Templint.builder().build();
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int decided = 0;
        int withSidebarApp = 0;
        List<String> noExample = new ArrayList<>();
        int envNames = 0;
        for (RegistryCheckout.Release r : CatalogGenerator.catalogReleases(registry)) {
            if (!CatalogGenerator.isTasksModule(registry, r)) {
                continue;
            }
            assertThat(catalog.versions().get(r.key())).as(r.tag()).contains(r.version());
            String template = template(registry, r);
            if (template == null) {
                noExample.add(r.tag()); // no README example calls the module
                continue;
            }
            Map<String, byte[]> bare = new LinkedHashMap<>();
            bare.put("main.tf", template.getBytes(StandardCharsets.UTF_8));
            Map<String, byte[]> installed = new LinkedHashMap<>(bare);
            materialise(registry, catalog, installed, template);
            TemplateReport a = withCatalog.analyze(bare, r.tag()).templates().get(0);
            TemplateReport b = onDisk.analyze(installed, r.tag()).templates().get(0);
            compared++;
            assertThat(a.resolvedModules()).as(r.tag()).isNotEmpty();
            // the modules were read from disk: none resolved from the catalog, none it knows missing
            assertThat(b.resolvedModules()).as(r.tag()).isEmpty();
            assertThat(b.unresolvedModules()).as(r.tag()).noneMatch(u -> u.source() != null
                && catalog.versions().containsKey(ModuleCatalog.moduleKey(u.source())));
            if (b.task().sidebarApp() != null) {
                withSidebarApp++;
            }
            envNames += b.agents().stream().mapToInt(x -> x.env().size()).sum();
            if (a.task().capable() != null) {
                decided++;
            }
            String sa = answers(a);
            String sb = answers(b);
            if (!sa.equals(sb)) {
                mismatches.add(r.tag() + "\n  catalog: " + sa + "\n  on disk: " + sb);
            }
        }
        System.err.println("compared " + compared + " module versions: " + decided + " decided verdicts, "
            + withSidebarApp + " sidebar apps, " + envNames + " env entries; no README example: " + noExample);
        assertThat(compared).isGreaterThan(50);
        assertThat(mismatches).isEmpty();
    }

    /** Verdict, sidebar app, agent env names (sorted, per agent). */
    private static String answers(TemplateReport t) {
        TaskReport task = t.task();
        StringBuilder s = new StringBuilder("capable=").append(task.capable());
        s.append(" sidebar=").append(task.sidebarApp() == null ? null
            : task.sidebarApp().address() + "/" + task.sidebarApp().slug() + "/" + task.sidebarApp().displayName());
        for (AgentReport agent : t.agents()) {
            Set<String> names = new TreeSet<>();
            for (EnvEntry e : agent.env()) {
                names.add(e.name() + (e.sensitive() ? "(sensitive)" : ""));
            }
            s.append(" ").append(agent.address()).append("=").append(names).append(" complete=").append(agent.envComplete());
        }
        return s.toString();
    }

    /** The README's first example that calls the module, with this version, and the blocks it refers to. */
    static String template(RegistryCheckout registry, RegistryCheckout.Release r) throws Exception {
        String readme = registry.file(r.tag(), r.dir() + "/README.md");
        if (readme == null) {
            return null;
        }
        Matcher m = CODE.matcher(readme);
        String example = null;
        while (m.find()) {
            String block = m.group(1);
            String key = ModuleCatalog.moduleKey("registry.coder.com/" + r.namespace() + "/" + r.name() + "/coder");
            Matcher src = Pattern.compile("source\\s*=\\s*\"([^\"]+)\"").matcher(block);
            while (src.find()) {
                if (key.equals(ModuleCatalog.moduleKey(src.group(1)))) {
                    example = block;
                    break;
                }
            }
            if (example != null) {
                break;
            }
        }
        if (example == null) {
            return null;
        }
        example = VERSION_LINE.matcher(example).replaceFirst("$1\"" + r.version() + "\"");
        StringBuilder t = new StringBuilder(example).append('\n');
        Set<String> declared = new LinkedHashSet<>();
        Matcher ref = REFERENCE.matcher(example);
        while (ref.find()) {
            String kind = ref.group(1);
            String name = ref.group(2);
            if (!declared.add(kind + "." + name) || example.contains("\"" + name + "\" {")
                    && (example.contains(blockKeyword(kind) + " \"" + kind.replace("data.", "") + "\" \"" + name + "\"")
                        || example.contains(blockKeyword(kind) + " \"" + name + "\""))) {
                continue;
            }
            switch (kind) {
                case "coder_agent" -> t.append("resource \"coder_agent\" \"").append(name)
                    .append("\" {\n  arch = \"amd64\"\n  os   = \"linux\"\n}\n");
                case "var" -> t.append("variable \"").append(name).append("\" {\n  type = string\n}\n");
                case "local" -> t.append("locals {\n  ").append(name).append(" = \"\"\n}\n");
                default -> t.append("data \"").append(kind.substring(5)).append("\" \"").append(name).append("\" {")
                    .append(kind.equals("data.coder_parameter") ? "\n  name = \"" + name + "\"\n" : "").append("}\n");
            }
        }
        return t.toString();
    }

    private static String blockKeyword(String kind) {
        return switch (kind) {
            case "var" -> "variable";
            case "local" -> "locals";
            case "coder_agent" -> "resource";
            default -> "data";
        };
    }

    /**
     * Installs the modules the template calls, as terraform init would with the catalog's choice of
     * versions: each registry call's folder in {@code .terraform/modules/KEY}, and the manifest.
     */
    private static void materialise(RegistryCheckout registry, ModuleCatalog catalog, Map<String, byte[]> files,
                                    String template) throws Exception {
        Map<String, RegistryCheckout.Release> releases = new HashMap<>();
        for (RegistryCheckout.Release r : registry.releases()) {
            releases.put(r.key() + "@" + r.version(), r);
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = json.createObjectNode();
        ArrayNode modules = manifest.putArray("Modules");
        modules.addObject().put("Key", "").put("Source", "").put("Dir", ".");
        Map<String, byte[]> root = Map.of("main.tf", template.getBytes(StandardCharsets.UTF_8));
        install(registry, catalog, releases, files, modules, "", root);
        files.put(".terraform/modules/modules.json", json.writeValueAsBytes(manifest));
    }

    private static void install(RegistryCheckout registry, ModuleCatalog catalog,
                                Map<String, RegistryCheckout.Release> releases, Map<String, byte[]> files,
                                ArrayNode modules, String keyPrefix, Map<String, byte[]> moduleFiles) throws Exception {
        Map<String, byte[]> tf = new LinkedHashMap<>(moduleFiles);
        tf.keySet().removeIf(p -> p.contains("/") || !(p.endsWith(".tf") || p.endsWith(".tf.json")));
        var tree = TemplateLoader.load(TemplateSource.files("m", tf), LoadOptions.DEFAULTS);
        for (ModuleCall call : tree.root().moduleCalls().values()) {
            if (call.source() == null || ModuleCatalog.moduleKey(call.source()) == null) {
                continue;
            }
            ModuleCatalog.Choice choice = catalog.choose(call.source(), call.version());
            if (choice == null || choice.version() == null) {
                continue;
            }
            RegistryCheckout.Release r = releases.get(choice.key() + "@" + choice.version());
            if (r == null) {
                continue;
            }
            String key = keyPrefix.isEmpty() ? call.name() : keyPrefix + "." + call.name();
            String dir = ".terraform/modules/" + key;
            Map<String, byte[]> child = registry.files(r, "");
            child.forEach((p, bytes) -> files.put(dir + "/" + p, bytes));
            modules.addObject().put("Key", key).put("Source", call.source()).put("Version", r.version())
                .put("Dir", dir);
            install(registry, catalog, releases, files, modules, key, child);
        }
    }
}
