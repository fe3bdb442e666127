package io.templint.api;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Expression;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.SourceFile;
import io.templint.internal.InOrder;
import io.templint.terraform.LoadOptions;
import io.templint.terraform.ModuleCall;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.SharedModuleFiles;
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
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * The folders that the folders of one run call as local modules ({@code source = "../modules/x"}):
 * a folder given in the same run that another one calls this way is a module, not a template
 * ({@link TemplateKind}). Only each folder's own configuration files are read, and only those
 * with a line that starts a {@code module} block are parsed; never the folders they point at. Archives and files held in memory call nothing here.
 * Immutable.
 */
public final class LocalModuleCalls {

    /** No calls: every folder is classified on its own. */
    public static final LocalModuleCalls NONE = new LocalModuleCalls(Map.of());

    private static final byte[] MODULE = "module".getBytes(StandardCharsets.US_ASCII);

    /** A line that starts a module block: {@code module "name" { ... }}. */
    private static final Pattern MODULE_BLOCK = Pattern.compile("(?m)^[ \\t]*module[ \\t]*\"");

    /** Called folder (absolute, normalised) to who calls it, e.g. {@code templates/x (module "tool")}. */
    private final Map<Path, String> callers;

    private LocalModuleCalls(Map<Path, String> callers) {
        this.callers = Collections.unmodifiableMap(callers);
    }

    /**
     * The local module calls of {@code inputs} that are folders on disk ({@link Input#location()}).
     * Files that cannot be read or parsed are skipped: analysing the folder reports them.
     *
     * @param inputs   the run's inputs
     * @param options  how to read them (their source and parse limits apply)
     * @param executor where the folders are read, at most {@code window} at once; null: one after
     *                 another on the calling thread (the calls are the same)
     * @param window   how many folders may be read at once
     * @param parsed   where the files parsed here are left for the folders' analyses, or null
     * @return the calls
     */
    static LocalModuleCalls among(List<Input> inputs, LoadOptions options, Executor executor, int window,
                                  SharedModuleFiles parsed) {
        if (inputs.size() < 2) {
            return NONE; // no other folder to call it
        }
        Map<Path, String> callers = new LinkedHashMap<>();
        InOrder.run(inputs, executor, window, in -> {
            Path dir = in.location();
            return dir == null || !Files.isDirectory(dir) ? Map.<String, String>of() : localCalls(dir, options, parsed);
        }, i -> { }, (i, calls) -> {
            Input in = inputs.get(i);
            for (Map.Entry<String, String> call : calls.entrySet()) {
                callers.putIfAbsent(key(in.location().resolve(call.getValue())),
                    in.displayPath() + " (module \"" + call.getKey() + "\")");
            }
        });
        return callers.isEmpty() ? NONE : new LocalModuleCalls(callers);
    }

    /** The local module calls of the configuration files directly in {@code dir}: name to source. */
    private static Map<String, String> localCalls(Path dir, LoadOptions options, SharedModuleFiles parsed) {
        Map<String, String> calls = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!TemplateLoader.isConfigFile(name) || !Files.isRegularFile(f)
                        || Files.size(f) > options.sourceLimits().maxFileBytes()) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(f);
                if (!contains(bytes, MODULE)) {
                    continue;
                }
                if (Hcl.isJson(name)) {
                    jsonCalls(dir, options, calls);
                    continue;
                }
                if (!MODULE_BLOCK.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
                    continue; // no line starts a module block: nothing to parse
                }
                // named as the folder's own analysis names it, which then takes the tree instead of parsing again
                HclFile file = parsed != null ? parsed.parseAhead(name, bytes)
                    : Hcl.parse(new SourceFile(name, bytes), options.parseOptions());
                for (Block b : file.body().blocks("module")) {
                    Attribute source = b.labels().size() == 1 ? b.body().attribute("source") : null;
                    String value = source == null ? null : literal(source.expression());
                    if (value != null && ModuleCall.isLocalSource(value)) {
                        calls.putIfAbsent(b.label(0), value);
                    }
                }
            }
        } catch (IOException | SecurityException e) {
            return calls; // the analysis of the folder reports what cannot be read
        }
        return calls;
    }

    /** The calls of a folder with a {@code .tf.json} file, through the loader (which decodes JSON bodies). */
    private static void jsonCalls(Path dir, LoadOptions options, Map<String, String> calls) {
        try {
            ModuleTree tree = TemplateLoader.load(TemplateSource.directory(dir),
                options.withModuleLimits(0, 1).withVariableFiles(false));
            for (ModuleCall call : tree.root().moduleCalls().values()) {
                if (call.isLocal()) {
                    calls.putIfAbsent(call.name(), call.source());
                }
            }
        } catch (TemplateSourceException e) {
            // reported by the analysis of the folder
        }
    }

    private static String literal(Expression e) {
        if (e instanceof Expression.Template t && t.isStringLiteral()) {
            return t.literalString();
        }
        return e instanceof Expression.LiteralValue l && l.value() instanceof String s ? s : null;
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
