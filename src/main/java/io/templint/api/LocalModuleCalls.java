package io.templint.api;

import io.templint.terraform.LoadOptions;
import io.templint.terraform.ModuleCall;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.TemplateLoader;
import io.templint.terraform.source.TemplateSource;
import io.templint.terraform.source.TemplateSourceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The folders that the folders of one run call as local modules ({@code source = "../modules/x"}):
 * a folder given in the same run that another one calls this way is a module, not a template
 * ({@link TemplateKind}). Only each folder's own files are read (its root module's {@code module}
 * blocks), never the folders they point at. Archives and files held in memory call nothing here.
 * Immutable.
 */
public final class LocalModuleCalls {

    /** No calls: every folder is classified on its own. */
    public static final LocalModuleCalls NONE = new LocalModuleCalls(Map.of());

    private static final byte[] MODULE = "module".getBytes(StandardCharsets.US_ASCII);

    /** Called folder (absolute, normalised) to who calls it, e.g. {@code templates/x (module "tool")}. */
    private final Map<Path, String> callers;

    private LocalModuleCalls(Map<Path, String> callers) {
        this.callers = Collections.unmodifiableMap(callers);
    }

    /**
     * The local module calls of {@code inputs} that are folders on disk ({@link Input#location()}).
     * Files that cannot be read or parsed are skipped: analysing the folder reports them.
     *
     * @param inputs  the run's inputs
     * @param options how to read them (their source and parse limits apply)
     * @return the calls
     */
    static LocalModuleCalls among(List<Input> inputs, LoadOptions options) {
        Map<Path, String> callers = new LinkedHashMap<>();
        LoadOptions rootOnly = options.withModuleLimits(0, 1).withVariableFiles(false);
        for (Input in : inputs) {
            Path dir = in.location();
            if (dir == null || !Files.isDirectory(dir) || !mentionsModule(dir, options.sourceLimits().maxFileBytes())) {
                continue;
            }
            ModuleTree tree;
            try {
                tree = TemplateLoader.load(TemplateSource.directory(in.displayPath(), dir), rootOnly);
            } catch (TemplateSourceException e) {
                continue;
            }
            for (ModuleCall call : tree.root().moduleCalls().values()) {
                if (call.isLocal()) {
                    callers.putIfAbsent(key(dir.resolve(call.source())),
                        in.displayPath() + " (module \"" + call.name() + "\")");
                }
            }
        }
        return callers.isEmpty() ? NONE : new LocalModuleCalls(callers);
    }

    /**
     * Who calls {@code folder} as a local module in this run.
     *
     * @param folder a folder
     * @return the caller, e.g. {@code templates/x (module "tool")}, or empty when none does
     */
    public Optional<String> callerOf(Path folder) {
        return callers.isEmpty() || folder == null ? Optional.empty() : Optional.ofNullable(callers.get(key(folder)));
    }

    /** How many folders are called. */
    public int size() {
        return callers.size();
    }

    /** The folder as compared: absolute, normalised, symbolic links resolved when it exists. */
    static Path key(Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p;
        }
    }

    /** Whether a configuration file directly in {@code dir} holds the word "module" (else no call to read). */
    private static boolean mentionsModule(Path dir, long maxBytes) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (TemplateLoader.isConfigFile(name) && Files.isRegularFile(f) && Files.size(f) <= maxBytes
                        && contains(Files.readAllBytes(f), MODULE)) {
                    return true;
                }
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return false;
    }

    private static boolean contains(byte[] text, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= text.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (text[i + j] != word[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
