package io.templint.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.internal.JsonTree;
import io.templint.terraform.source.TemplateFiles;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code .terraform/modules/modules.json}, written by {@code terraform init}: where each installed
 * module call's source was put. {@code Key} is the dot-joined chain of module call names (the root
 * is {@code ""}), {@code Dir} is relative to the root module and already includes a {@code //subdir}.
 */
final class ModulesManifest {

    /** Where {@code terraform init} writes the manifest. */
    static final String PATH = ".terraform/modules/modules.json";

    /**
     * One installed module.
     *
     * @param key     the module's key ({@code a.b})
     * @param source  the source as recorded
     * @param version the installed version, or null
     * @param dir     the canonical directory ({@link TemplateFiles#resolve}), or null when it lies beyond
     *                what templint may read
     * @param rawDir  the directory as recorded
     */
    record Entry(String key, String source, String version, String dir, String rawDir) { }

    private final Map<String, Entry> entries;

    private ModulesManifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** An empty manifest: no module installed. */
    static ModulesManifest empty() {
        return new ModulesManifest(Map.of());
    }

    /**
     * Reads the manifest; problems become warnings and the entries that could be read are kept.
     * Directories resolve against the root module's folder with {@code files}' rules (a local
     * module's entry may climb above it, as far as a folder's read root allows).
     */
    static ModulesManifest parse(byte[] json, TemplateFiles files, List<Diagnostic> diags) {
        Range where = Range.at(PATH, Pos.START);
        JsonNode root;
        try {
            root = JsonTree.read(json);
        } catch (IOException e) {
            diags.add(Diagnostic.warning("Unreadable module manifest", PATH + " is not valid JSON, so installed"
                + " modules are treated as missing: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), where));
            return empty();
        }
        JsonNode modules = root == null ? null : root.get("Modules");
        if (modules == null || !modules.isArray()) {
            diags.add(Diagnostic.warning("Unreadable module manifest", PATH + " has no \"Modules\" list, so"
                + " installed modules are treated as missing.", where));
            return empty();
        }
        Map<String, Entry> out = new HashMap<>();
        for (JsonNode m : modules) {
            String key = text(m, "Key");
            String dir = text(m, "Dir");
            if (key == null || dir == null) {
                continue;
            }
            // an entry beyond the read root is reported by the loader if a module call uses it
            out.putIfAbsent(key, new Entry(key, text(m, "Source"), text(m, "Version"), files.resolve("", dir), dir));
        }
        return new ModulesManifest(out);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** The entry for a module, or null. */
    Entry entry(ModulePath path) {
        return entries.get(path.manifestKey());
    }
}
