package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expressions;
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
import java.util.Set;

/**
 * Loads a template into a {@link ModuleTree}: the root module's folder, then every module it calls,
 * recursively. Local sources ({@code ./x}, {@code ../x}) resolve against the calling module's
 * folder; a folder on disk may reach up to its read root ({@link LoadOptions#moduleRoot()}), an
 * archive or upload only within itself. Other sources are looked up in
 * {@code .terraform/modules/modules.json}. A source built from constant variables is evaluated as
 * {@code terraform init} does ({@link InitValues}). Nothing is downloaded and nothing beyond the
 * read root is read. Every module call not analysed is recorded with its reason
 * ({@link UnresolvedModuleCall.Kind}). Bad configuration gives diagnostics, never exceptions;
 * only an unreadable or unsafe source throws.
 *
 * <p>Thread-safe: each call loads independently.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class TemplateLoader {

    private final TemplateFiles files;
    private final LoadOptions options;
    /** Module files shared with the other templates of the run, or null. */
    private final SharedModuleFiles shared;
    private final List<Diagnostic> diags = new ArrayList<>();
    private final Map<ModulePath, Module> modules = new LinkedHashMap<>();
    private final List<UnresolvedModuleCall> unresolved = new ArrayList<>();
    private final List<CatalogModuleCall> fromCatalog = new ArrayList<>();
    private final Map<String, List<HclFile>> parsedDirs = new HashMap<>();
    /** Bytes of configuration parsed so far, against {@link SourceLimits#maxConfigBytes()}. */
    private long configBytes;
    private ModulesManifest manifest = ModulesManifest.empty();
    private Map<String, Attribute> variableValues = Map.of();
    private InitValues initValues;

    private TemplateLoader(TemplateFiles files, LoadOptions options, SharedModuleFiles shared) {
        this.files = files;
        this.options = options;
        this.shared = shared;
    }

    /**
     * Reads a template source and loads it.
     *
     * @throws TemplateSourceException when the source is unreadable, corrupt, unsafe or over a limit
     */
    public static ModuleTree load(TemplateSource source, LoadOptions options) throws TemplateSourceException {
        return load(source.open(options.sourceLimits(), options.moduleRoot()), options);
    }

    /**
     * Loads a template from files already opened.
     *
     * @throws TemplateSourceException when a file cannot be read or exceeds a limit
     */
    public static ModuleTree load(TemplateFiles files, LoadOptions options) throws TemplateSourceException {
        return load(files, options, null);
    }

    /**
     * Reads a template source and loads it, taking the files of modules outside its folder that
     * other templates of the run have parsed already from {@code shared} (see
     * {@link SharedModuleFiles}; null: none). The tree is the same either way.
     *
     * @throws TemplateSourceException when the source is unreadable, corrupt, unsafe or over a limit
     */
    public static ModuleTree load(TemplateSource source, LoadOptions options, SharedModuleFiles shared)
            throws TemplateSourceException {
        return load(source.open(options.sourceLimits(), options.moduleRoot()), options, shared);
    }

    private static ModuleTree load(TemplateFiles files, LoadOptions options, SharedModuleFiles shared)
            throws TemplateSourceException {
        TemplateLoader l = new TemplateLoader(files, options, shared);
        l.run();
        return new ModuleTree(files, l.modules, l.unresolved, l.diags, options, l.variableValues, l.fromCatalog);
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
            manifest = ModulesManifest.parse(manifestBytes, files, diags);
        }
        loadModule(ModulePath.ROOT, "", new ArrayList<>());
    }

    private void loadModule(ModulePath path, String dir, List<String> ancestorDirs) throws TemplateSourceException {
        Module m = decode(path, dir);
        modules.put(path, m);
        if (path.isRoot()) {
            // before the children: a module source may use a constant variable set in a variable file
            if (options.readVariableFiles()) {
                variableValues = VariableFiles.read(files, m, options.parseOptions(), diags);
            }
            initValues = new InitValues(modules, options.variables(), variableValues);
        }
        ancestorDirs.add(dir);
        for (ModuleCall call : m.moduleCalls().values()) {
            ModulePath childPath = call.childPath();
            Resolution r = resolve(m, call);
            if (r.diagnostic != null) {
                diags.add(r.diagnostic);
            }
            if (r.dir == null) {
                if (r.kind != null) {
                    unresolved.add(new UnresolvedModuleCall(call, r.kind, r.reason));
                }
                continue;
            }
            if (ancestorDirs.contains(r.dir)) {
                diags.add(Diagnostic.error("Module cycle", "Module call " + Messages.quote(childPath.toString())
                    + " loads the module in " + Messages.quote(r.dir.isEmpty() ? "." : r.dir)
                    + ", which is already being loaded by one of its callers (" + chain(path) + "). A module cannot"
                    + " call itself, directly or indirectly.", sourceRange(call)));
                unresolved.add(new UnresolvedModuleCall(call, UnresolvedModuleCall.Kind.LIMIT,
                    "it calls a module that is already being loaded (a module cycle)"));
                continue;
            }
            if (childPath.depth() > options.maxModuleDepth()) {
                diags.add(Diagnostic.error("Module nesting too deep", "Module call " + Messages.quote(
                    childPath.toString()) + " is nested more than " + options.maxModuleDepth()
                    + " modules deep (LoadOptions.maxModuleDepth); it is not loaded.", call.declRange()));
                unresolved.add(new UnresolvedModuleCall(call, UnresolvedModuleCall.Kind.LIMIT,
                    "it is nested deeper than the module depth limit"));
                continue;
            }
            if (modules.size() >= options.maxModules()) {
                diags.add(Diagnostic.error("Too many modules", "The template loads more than "
                    + options.maxModules() + " modules (LoadOptions.maxModules); module call "
                    + Messages.quote(childPath.toString()) + " is not loaded.", call.declRange()));
                unresolved.add(new UnresolvedModuleCall(call, UnresolvedModuleCall.Kind.LIMIT,
                    "the template loads more modules than the limit"));
                continue;
            }
            loadModule(childPath, r.dir, ancestorDirs);
            if (!r.dir.startsWith(ModuleCatalog.DIR_PREFIX) || fromCatalog.stream().anyMatch(c -> c.call() == call
                    && c.exact())) {
                // a version chosen by a constraint may not be the one terraform init installs today
                checkArguments(call, modules.get(childPath));
            }
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

    /**
     * Where a module call's module lives (dir), or why it is not loaded (kind and reason; a null
     * kind when the call is not recorded as unresolved because its configuration is invalid
     * anyway), with the diagnostic to report, if any.
     */
    private record Resolution(String dir, UnresolvedModuleCall.Kind kind, String reason, Diagnostic diagnostic) {
        static Resolution found(String dir) {
            return new Resolution(dir, null, null, null);
        }

        static Resolution unresolved(UnresolvedModuleCall.Kind kind, String reason, Diagnostic diagnostic) {
            return new Resolution(null, kind, reason, diagnostic);
        }
    }

    private Resolution resolve(Module caller, ModuleCall call) {
        String source = call.source();
        if (source == null) {
            Attribute a = call.block().body().attribute("source");
            if (a == null || Literals.string(a.expression()) != null) {
                // no source, or an empty one: the decoder reported it
                return Resolution.unresolved(UnresolvedModuleCall.Kind.LIMIT, "the module has no valid source", null);
            }
            if (!Expressions.traversals(a.expression()).stream()
                    .allMatch(t -> Set.of("var", "local", "path").contains(t.rootName()))) {
                // refers to what init cannot evaluate: the decoder reported it (unless a for expression hides it)
                return Resolution.unresolved(UnresolvedModuleCall.Kind.LIMIT, "its source refers to values that"
                    + " terraform init cannot evaluate", null);
            }
            InitValues.Result v = initValues.string(caller, a.expression());
            if (v.value() == null || v.value().isBlank()) {
                return dynamicSourceUnknown(call, a, v);
            }
            source = v.value();
        }
        if (ModuleCall.isLocalSource(source)) {
            return resolveLocal(caller, call, source);
        }
        ModulesManifest.Entry e = manifest.entry(call.childPath());
        if ((e == null || e.dir() != null && !files.isDirectory(e.dir())) && options.moduleCatalog()
                && ModuleCatalog.moduleKey(source) != null) {
            Resolution fromCatalog = resolveFromCatalog(call, source);
            if (fromCatalog != null) {
                return fromCatalog;
            }
        }
        if (e == null) {
            return Resolution.unresolved(UnresolvedModuleCall.Kind.NOT_ON_DISK, "the module " + Messages.quote(source)
                + " is not installed in .terraform/modules (run terraform init, and include that folder)", null);
        }
        if (e.dir() == null) {
            String reason = "the module manifest places " + Messages.quote(source) + " in " + Messages.quote(e.rawDir())
                + ", beyond " + rootDescription() + ", so it is not read";
            return Resolution.unresolved(UnresolvedModuleCall.Kind.OUTSIDE_ROOT, reason, Diagnostic.warning(
                "Installed module not read", "The module manifest " + ModulesManifest.PATH + " places module "
                    + Messages.quote(call.childPath().toString()) + " in " + Messages.quote(e.rawDir()) + ", beyond "
                    + rootDescription() + ", where templint reads nothing: the module is not analysed.",
                sourceRange(call)));
        }
        if (!files.isDirectory(e.dir())) {
            return Resolution.unresolved(UnresolvedModuleCall.Kind.NOT_ON_DISK, "the module manifest places "
                + Messages.quote(source) + " in " + Messages.quote(e.dir()) + ", which is not on disk", null);
        }
        return Resolution.found(e.dir());
    }

    /**
     * A Coder registry module not on disk, from the module catalog: the version named or the newest
     * that the constraint allows; null when the catalog does not know the module.
     */
    private Resolution resolveFromCatalog(ModuleCall call, String source) {
        ModuleCatalog catalog = ModuleCatalog.get();
        ModuleCatalog.Choice choice = catalog.choose(source, call.version());
        if (choice == null) {
            return null;
        }
        if (choice.version() == null) {
            return Resolution.unresolved(UnresolvedModuleCall.Kind.NOT_ON_DISK, "the module " + Messages.quote(source)
                + " is not installed in .terraform/modules, and " + choice.problem(), null);
        }
        String dir = choice.dir();
        if (!parsedDirs.containsKey(dir)) {
            byte[] text = choice.facts().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            parsedDirs.put(dir, List.of(Hcl.parse(new SourceFile(dir + "/main.tf", text), options.parseOptions())));
        }
        fromCatalog.add(new CatalogModuleCall(call, choice.version(), choice.exact(), catalog.date()));
        return Resolution.found(dir);
    }

    /** A local source: inside the read root it must exist (as Terraform requires); beyond it, it is not looked at. */
    private Resolution resolveLocal(Module caller, ModuleCall call, String source) {
        String dir = files.resolve(caller.dir(), source);
        String name = TemplatePaths.clean(caller.dir(), source);
        if (dir == null && files.onDisk() || dir != null && files.leadsOutside(dir)) {
            String reason = "the local module source " + Messages.quote(source) + " leads beyond "
                + rootDescription() + ", so templint did not read it";
            return Resolution.unresolved(UnresolvedModuleCall.Kind.OUTSIDE_ROOT, reason, Diagnostic.warning(
                "Module outside the folder templint reads", "The module source " + Messages.quote(source)
                    + " of module call " + Messages.quote(call.childPath().toString()) + " leads beyond "
                    + rootDescription() + ", where templint reads nothing: the module is not analysed, so what it"
                    + " declares is unknown. To analyse it, give a root that contains it (--root,"
                    + " LoadOptions.moduleRoot).", sourceRange(call)));
        }
        if (dir == null || !files.isDirectory(dir)) {
            // Terraform's own error when init cannot read a local module's directory
            Range where = sourceRange(call);
            String reason = "the local module directory " + Messages.quote(name) + " does not exist"
                + (files.onDisk() ? "" : " in the template");
            return Resolution.unresolved(UnresolvedModuleCall.Kind.MISSING_DIRECTORY, reason, Diagnostic.error(
                "Unreadable module directory", "The directory " + name + " could not be read for module "
                    + Messages.quote(call.name()) + " at " + call.declRange().filename() + ":"
                    + call.declRange().startLine() + ".", where));
        }
        return Resolution.found(dir);
    }

    /** A source built from something {@code terraform init} cannot evaluate, or that templint does not know. */
    private Resolution dynamicSourceUnknown(ModuleCall call, Attribute source, InitValues.Result v) {
        if (ModuleCallDecoder.callsProviderFunction(source.expression())) {
            return Resolution.unresolved(UnresolvedModuleCall.Kind.LIMIT, "its source calls a provider function",
                Diagnostic.error("Unknown module source", "Only literal values and const variables can be evaluated"
                    + " during init.", source.expression().range()));
        }
        if (!v.nonConstant().isEmpty()) {
            // every Terraform release fails here: before 1.15 on any variable, since on a variable that is not const
            return Resolution.unresolved(UnresolvedModuleCall.Kind.LIMIT, "its source uses "
                + String.join(", ", v.nonConstant()) + ", which is not a constant variable", Diagnostic.error(
                    "Unknown module source", "Only literal values and const variables can be evaluated during init: "
                        + String.join(", ", v.nonConstant()) + (v.nonConstant().size() == 1 ? " is" : " are")
                        + " not declared with const = true.", source.expression().range()));
        }
        return Resolution.unresolved(UnresolvedModuleCall.Kind.LIMIT, "its source is built from constant variables"
            + " or local values whose values templint does not know", Diagnostic.warning(
                "Module source not known", "The source of module call " + Messages.quote(call.childPath().toString())
                    + " is built from constant variables or local values whose values templint does not know (give"
                    + " them with -var, a variable file or a default): the module is not analysed.",
                source.expression().range()));
    }

    /** The folder beyond which nothing is read, as messages name it. */
    private String rootDescription() {
        int up = files.parentLevels();
        return up == 0 ? "the template folder" : "../".repeat(up - 1) + ".. (the repository root, or --root)";
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
                    parsed.add(shared != null ? shared.parse(p, bytes)
                        : Hcl.parse(new SourceFile(p, bytes), options.parseOptions()));
                }
            }
            parsedDirs.put(dir, parsed);
        }
        List<HclFile> primaries = new ArrayList<>();
        List<HclFile> overrides = new ArrayList<>();
        for (HclFile f : parsed) {
            (isOverrideFile(TemplatePaths.fileName(f.name())) ? overrides : primaries).add(f);
        }
        return ModuleDecoder.decode(path, dir, primaries, overrides, shared);
    }
}
