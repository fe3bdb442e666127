package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import io.templint.hcl.Range;
import io.templint.terraform.source.TemplateFiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded template: the root module, every child module that could be found, the module calls
 * that could not, and every diagnostic of parsing, decoding and resolving. Immutable.
 */
public final class ModuleTree {

    private final TemplateFiles files;
    private final Map<ModulePath, Module> modules;
    private final List<UnresolvedModuleCall> unresolved;
    private final List<Diagnostic> loaderDiagnostics;
    private final LoadOptions options;
    private volatile ReferenceGraph references;
    private final Map<String, Attribute> variableValues;
    private final List<CatalogModuleCall> catalogModules;

    ModuleTree(TemplateFiles files, Map<ModulePath, Module> modules, List<UnresolvedModuleCall> unresolved,
               List<Diagnostic> loaderDiagnostics, LoadOptions options, Map<String, Attribute> variableValues) {
        this(files, modules, unresolved, loaderDiagnostics, options, variableValues, List.of());
    }

    ModuleTree(TemplateFiles files, Map<ModulePath, Module> modules, List<UnresolvedModuleCall> unresolved,
               List<Diagnostic> loaderDiagnostics, LoadOptions options, Map<String, Attribute> variableValues,
               List<CatalogModuleCall> catalogModules) {
        this.catalogModules = List.copyOf(catalogModules);
        this.variableValues = Collections.unmodifiableMap(new LinkedHashMap<>(variableValues));
        this.files = files;
        this.modules = Collections.unmodifiableMap(new LinkedHashMap<>(modules));
        this.unresolved = List.copyOf(unresolved);
        this.loaderDiagnostics = List.copyOf(loaderDiagnostics);
        this.options = options;
    }

    /**
     * The registry module calls not on disk that were resolved from the module catalog
     * ({@link LoadOptions#moduleCatalog()}), in load order; their modules are in {@link #modules()},
     * in folders named {@link ModuleCatalog#DIR_PREFIX}{@code ...}.
     */
    public List<CatalogModuleCall> catalogModules() {
        return catalogModules;
    }

    /** The template's files (also what file functions may read). */
    public TemplateFiles files() {
        return files;
    }

    /** The options the tree was loaded with. */
    public LoadOptions options() {
        return options;
    }

    /**
     * The root variables' values from variable definition files ({@code terraform.tfvars},
     * {@code *.auto.tfvars}, ...), by name; the last file that sets a variable wins.
     */
    public Map<String, Attribute> variableValues() {
        return variableValues;
    }

    /** The root module. */
    public Module root() {
        return modules.get(ModulePath.ROOT);
    }

    /** Every loaded module by path, the root first, then depth-first in call order. */
    public Map<ModulePath, Module> modules() {
        return modules;
    }

    /** The module at {@code path}, or null when it is not loaded (unresolved, or not called). */
    public Module module(ModulePath path) {
        return modules.get(path);
    }

    /** The loaded modules that {@code parent} calls directly, in call order. */
    public List<Module> children(ModulePath parent) {
        List<Module> out = new ArrayList<>();
        Module m = modules.get(parent);
        if (m != null) {
            for (ModuleCall c : m.moduleCalls().values()) {
                Module child = modules.get(c.childPath());
                if (child != null) {
                    out.add(child);
                }
            }
        }
        return out;
    }

    /** The module call that creates the module at {@code path}; null for the root or an unknown path. */
    public ModuleCall callOf(ModulePath path) {
        if (path.isRoot()) {
            return null;
        }
        Module parent = modules.get(path.parent());
        return parent == null ? null : parent.moduleCalls().get(path.callName());
    }

    /** Module calls whose modules are not in the template, in the order they were met. */
    public List<UnresolvedModuleCall> unresolved() {
        return unresolved;
    }

    /** The unresolved call that creates the module at {@code path}, or null. */
    public UnresolvedModuleCall unresolved(ModulePath path) {
        for (UnresolvedModuleCall u : unresolved) {
            if (u.call().childPath().equals(path)) {
                return u;
            }
        }
        return null;
    }

    /** Every managed resource and data source of the tree, module by module. */
    public List<Resource> resources() {
        List<Resource> out = new ArrayList<>();
        for (Module m : modules.values()) {
            out.addAll(m.resources().values());
        }
        return out;
    }

    /** Every resource of one mode and type in the tree ({@code MANAGED, "coder_ai_task"}). */
    public List<Resource> resources(Resource.Mode mode, String type) {
        List<Resource> out = new ArrayList<>();
        for (Module m : modules.values()) {
            out.addAll(m.resources(mode, type));
        }
        return out;
    }

    /**
     * The declaration a full address names ({@code module.a.coder_app.x}, {@code var.v},
     * {@code module.a.output.o}), or null.
     */
    public Declaration find(String address) {
        String rest = address;
        ModulePath path = ModulePath.ROOT;
        while (rest.startsWith("module.")) {
            String[] p = rest.split("\\.", 3);
            if (p.length < 3) {
                break; // "module.x" names the call itself
            }
            path = path.child(p[1]);
            rest = p[2];
        }
        Module m = modules.get(path);
        return m == null ? null : m.find(rest);
    }

    /** The reference graph of this tree (built on first use). */
    public ReferenceGraph references() {
        ReferenceGraph g = references;
        if (g == null) {
            g = ReferenceGraph.build(this);
            references = g;
        }
        return g;
    }

    /**
     * A new static evaluation of this tree (values are computed lazily and cached in it; not
     * thread-safe, so use one per thread).
     */
    public TemplateEvaluation evaluation() {
        return new TemplateEvaluation(this, options().evalLimits());
    }

    /** The parsed configuration file with this path inside the template, or null. */
    public HclFile file(String path) {
        for (Module m : modules.values()) {
            for (HclFile f : m.files()) {
                if (f.name().equals(path)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** The source text a range of a configuration file covers ({@code coder_app.claude.id}), or null. */
    public String text(Range range) {
        HclFile f = range == null ? null : file(range.filename());
        return f == null ? null : f.source().text(range);
    }

    /** Every diagnostic: the loader's, then each module's parse and decode diagnostics. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>(loaderDiagnostics);
        for (Module m : modules.values()) {
            out.addAll(m.diagnostics());
        }
        return out;
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics().stream().anyMatch(Diagnostic::isError);
    }
}
