package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;
import io.templint.internal.Cancellation;
import io.templint.terraform.source.SourceLimits;
import io.templint.terraform.source.TemplateFiles;
import io.templint.terraform.source.TemplatePaths;
import io.templint.terraform.source.TemplateSource;
import io.templint.terraform.source.TemplateSourceException;
import io.templint.terraform.source.TerraformFileNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a template into a {@link ModuleTree}: the root module's folder, then every module it calls,
 * recursively. Local sources ({@code ./x}, {@code ../x}) resolve against the calling module's
 * folder and must stay inside the template; other sources are looked up in
 * {@code .terraform/modules/modules.json}. Nothing is downloaded and nothing outside the template
 * is read. Bad configuration gives diagnostics, never exceptions; only an unreadable or unsafe
 * source throws.
 *
 * <p>Thread-safe: each call loads independently.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class TemplateLoader {

    private final TemplateFiles files;
    private final LoadOptions options;
    private final List<Diagnostic> diags = new ArrayList<>();
    private final Map<ModulePath, Module> modules = new LinkedHashMap<>();
    private final List<UnresolvedModuleCall> unresolved = new ArrayList<>();
    private final Map<String, List<HclFile>> parsedDirs = new HashMap<>();
    /** Bytes of configuration parsed so far, against {@link SourceLimits#maxConfigBytes()}. */
    private long configBytes;
    private ModulesManifest manifest = ModulesManifest.empty();
    private Map<String, Attribute> variableValues = Map.of();

    private TemplateLoader(TemplateFiles files, LoadOptions options) {
        this.files = files;
        this.options = options;
    }

    /**
     * Reads a template source and loads it.
     *
     * @throws TemplateSourceException when the source is unreadable, corrupt, unsafe or over a limit
     */
    public static ModuleTree load(TemplateSource source, LoadOptions options) throws TemplateSourceException {
        return load(source.open(options.sourceLimits()), options);
    }

    /**
     * Loads a template from files already opened.
     *
     * @throws TemplateSourceException when a file cannot be read or exceeds a limit
     */
    public static ModuleTree load(TemplateFiles files, LoadOptions options) throws TemplateSourceException {
        TemplateLoader l = new TemplateLoader(files, options);
        l.run();
        return new ModuleTree(files, l.modules, l.unresolved, l.diags, options, l.variableValues);
    }

    /**
     * Whether a file name is a Terraform configuration file: {@code .tf} or {@code .tf.json}, and
     * not one Terraform ignores ({@code .hidden.tf}, {@code main.tf~}, {@code #main.tf#}); see
     * {@link TerraformFileNames}.
     */
    public static boolean isConfigFile(String name) {
        return TerraformFileNames.isConfigFile(name);
    }

    /** Whether a configuration file is an override file ({@code override.tf}, {@code x_override.tf.json}, ...). */
    public static boolean isOverrideFile(String name) {
        String base = name.endsWith(".tf.json") ? name.substring(0, name.length() - 8)
            : name.endsWith(".tf") ? name.substring(0, name.length() - 3) : null;
        return base != null && (base.equals("override") || base.endsWith("_override"));
    }

    private void run() throws TemplateSourceException {
        byte[] manifestBytes = files.read(ModulesManifest.PATH);
        if (manifestBytes != null) {
            manifest = ModulesManifest.parse(manifestBytes, diags);
        }
        loadModule(ModulePath.ROOT, "", new ArrayList<>());
        if (options.readVariableFiles()) {
            variableValues = VariableFiles.read(files, modules.get(ModulePath.ROOT), options.parseOptions(), diags);
        }
    }

    private void loadModule(ModulePath path, String dir, List<String> ancestorDirs) throws TemplateSourceException {
        Module m = decode(path, dir);
        modules.put(path, m);
        ancestorDirs.add(dir);
        for (ModuleCall call : m.moduleCalls().values()) {
            ModulePath childPath = call.childPath();
            Resolution r = resolve(m, call);
            if (r.dir == null) {
                unresolved.add(new UnresolvedModuleCall(call, r.reason));
                if (r.diagnostic != null) {
                    diags.add(r.diagnostic);
                }
                continue;
            }
            if (ancestorDirs.contains(r.dir)) {
                diags.add(Diagnostic.error("Module cycle", "Module call " + Messages.quote(childPath.toString())
                    + " loads the module in " + Messages.quote(r.dir.isEmpty() ? "." : r.dir)
                    + ", which is already being loaded by one of its callers (" + chain(path) + "). A module cannot"
                    + " call itself, directly or indirectly.", sourceRange(call)));
                unresolved.add(new UnresolvedModuleCall(call, "it calls a module that is already being loaded"
                    + " (a module cycle)"));
                continue;
            }
            if (childPath.depth() > options.maxModuleDepth()) {
                diags.add(Diagnostic.error("Module nesting too deep", "Module call " + Messages.quote(
                    childPath.toString()) + " is nested more than " + options.maxModuleDepth()
                    + " modules deep (LoadOptions.maxModuleDepth); it is not loaded.", call.declRange()));
                unresolved.add(new UnresolvedModuleCall(call, "it is nested deeper than the module depth limit"));
                continue;
            }
            if (modules.size() >= options.maxModules()) {
                diags.add(Diagnostic.error("Too many modules", "The template loads more than "
                    + options.maxModules() + " modules (LoadOptions.maxModules); module call "
                    + Messages.quote(childPath.toString()) + " is not loaded.", call.declRange()));
                unresolved.add(new UnresolvedModuleCall(call, "the template loads more modules than the limit"));
                continue;
            }
            loadModule(childPath, r.dir, ancestorDirs);
            checkArguments(call, modules.get(childPath));
        }
        ancestorDirs.remove(ancestorDirs.size() - 1);
    }

    /** Terraform's checks of a module call's arguments against the child's variables. */
    private void checkArguments(ModuleCall call, Module child) {
        for (var arg : call.arguments().values()) {
            if (!child.variables().containsKey(arg.name())) {
                diags.add(Diagnostic.error("Unsupported argument", "An argument named " + Messages.quote(arg.name())
                    + " is not expected here: module " + Messages.quote(call.childPath().toString())
                    + " declares no variable of that name.", arg.nameRange()));
            }
        }
        for (Variable v : child.variables().values()) {
            if (!v.hasDefault() && !call.arguments().containsKey(v.name())) {
                diags.add(Diagnostic.error("Missing required argument", "The argument " + Messages.quote(v.name())
                    + " is required by module " + Messages.quote(call.childPath().toString())
                    + ", but no definition was found.", BodySchema.missingItemRange(call.block().body())));
            }
        }
    }

    private static String chain(ModulePath path) {
        return path.isRoot() ? "the root module" : path.toString();
    }

    /** Where a module call's module lives, or why it cannot be found. */
    private record Resolution(String dir, String reason, Diagnostic diagnostic) { }

    private Resolution resolve(Module caller, ModuleCall call) {
        String source = call.source();
        if (source == null) {
            return new Resolution(null, "the module source is missing or not a literal string", null);
        }
        if (call.isLocal()) {
            String dir = TemplatePaths.resolve(caller.dir(), source);
            if (dir == null) {
                String reason = "the local module source " + Messages.quote(source)
                    + " points outside the template; templint does not read files outside the template";
                return new Resolution(null, reason, Diagnostic.error("Module source outside the template",
                    "The module source " + Messages.quote(source) + " of module call "
                        + Messages.quote(call.childPath().toString()) + " leads outside the template root."
                        + " Only files inside the template are read.", sourceRange(call)));
            }
            if (!files.isDirectory(dir)) {
                String reason = "the local module directory " + Messages.quote(dir) + " does not exist in the template";
                return new Resolution(null, reason, Diagnostic.error("Unreadable module directory",
                    "The directory " + Messages.quote(dir) + " of module call "
                        + Messages.quote(call.childPath().toString()) + " does not exist in the template.",
                    sourceRange(call)));
            }
            return new Resolution(dir, null, null);
        }
        ModulesManifest.Entry e = manifest.entry(call.childPath());
        if (e == null || e.dir() == null) {
            return new Resolution(null, "the module " + Messages.quote(source) + " is not installed in"
                + " .terraform/modules (run terraform init, or include that folder in the template)", null);
        }
        if (!files.isDirectory(e.dir())) {
            return new Resolution(null, "the module manifest places " + Messages.quote(source) + " in "
                + Messages.quote(e.dir()) + ", which is not in the template", null);
        }
        return new Resolution(e.dir(), null, null);
    }

    private static Range sourceRange(ModuleCall call) {
        var a = call.block().body().attribute("source");
        return a != null ? a.expression().range() : call.declRange();
    }

    private Module decode(ModulePath path, String dir) throws TemplateSourceException {
        List<HclFile> parsed = parsedDirs.get(dir);
        if (parsed == null) {
            parsed = new ArrayList<>();
            for (String name : files.fileNames(dir)) {
                if (!isConfigFile(name)) {
                    continue;
                }
                String p = TemplatePaths.join(dir, name);
                byte[] bytes = files.read(p);
                if (bytes != null) {
                    configBytes += bytes.length;
                    if (configBytes > options.sourceLimits().maxConfigBytes()) {
                        throw new TemplateSourceException(files.name() + ": entry \"" + p + "\": the configuration"
                            + " files parsed so far hold more than " + options.sourceLimits().maxConfigBytes()
                            + " bytes (SourceLimits.maxConfigBytes)", p);
                    }
                    Cancellation.current().throwIfStopped();
                    parsed.add(Hcl.parse(new SourceFile(p, bytes), options.parseOptions()));
                }
            }
            parsedDirs.put(dir, parsed);
        }
        List<HclFile> primaries = new ArrayList<>();
        List<HclFile> overrides = new ArrayList<>();
        for (HclFile f : parsed) {
            (isOverrideFile(TemplatePaths.fileName(f.name())) ? overrides : primaries).add(f);
        }
        return ModuleDecoder.decode(path, dir, primaries, overrides);
    }
}
