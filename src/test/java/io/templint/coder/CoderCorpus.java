package io.templint.coder;


import io.templint.testkit.SharedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds in-memory templates from the shared corpus of real Coder templates and modules: the
 * template's own files, plus {@code .terraform/modules} assembled from module versions in the
 * corpus, listed in a {@code modules.json} as {@code terraform init} would write it. Nothing is
 * copied into the repository.
 */
final class CoderCorpus {

    private CoderCorpus() { }

    /** The corpus root {@code corpus/coder}; skips or fails the calling test when it is absent ({@link SharedCorpus}). */
    static Path root() {
        return SharedCorpus.require("corpus/coder");
    }

    /** Where registry module {@code name} of namespace coder is at a registry snapshot or release tag. */
    static String registryModule(String snapshot, String name) {
        return "coder-registry@" + snapshot + "/registry/coder/modules/" + name;
    }

    /**
     * An installed module: manifest key (dot-joined chain of call names), source, version, and the
     * corpus folder holding its files.
     */
    record Installed(String key, String source, String version, String corpusDir) { }

    /** A template folder of the corpus with the given modules installed. */
    static Map<String, byte[]> template(String corpusDir, Installed... modules) {
        Path root = root();
        Map<String, byte[]> files = new LinkedHashMap<>();
        addFolder(files, root.resolve(corpusDir), "");
        if (modules.length > 0) {
            List<String> entries = new ArrayList<>();
            entries.add("{\"Key\":\"\",\"Source\":\"\",\"Dir\":\".\"}");
            for (Installed m : modules) {
                String dir = ".terraform/modules/" + m.key();
                addFolder(files, root.resolve(m.corpusDir()), dir + "/");
                entries.add("{\"Key\":\"" + m.key() + "\",\"Source\":\"" + m.source() + "\",\"Version\":\""
                    + m.version() + "\",\"Dir\":\"" + dir + "\"}");
            }
            files.put(".terraform/modules/modules.json",
                ("{\"Modules\":[" + String.join(",", entries) + "]}").getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static void addFolder(Map<String, byte[]> files, Path dir, String prefix) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && (name.endsWith(".tf") || name.endsWith(".tf.json"))) {
                    files.put(prefix + name, Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
