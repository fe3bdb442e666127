package io.templint.terraform;

import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Terraform module: the declarations of every {@code .tf} and {@code .tf.json} file of one
 * folder, override files merged in. Declarations keep their source ranges. When a name is declared
 * twice, the first declaration is kept and a diagnostic names both.
 */
public final class Module {

    private final ModulePath path;
    private final String dir;
    private final List<HclFile> files;
    private final Map<String, Variable> variables;
    private final Map<String, LocalValue> locals;
    private final Map<String, Output> outputs;
    private final Map<String, Resource> resources;
    private final Map<String, ModuleCall> moduleCalls;
    private final List<ProviderConfig> providers;
    private final List<Block> otherBlocks;
    private final List<Diagnostic> diagnostics;

    Module(ModulePath path, String dir, List<HclFile> files, Map<String, Variable> variables,
           Map<String, LocalValue> locals, Map<String, Output> outputs, Map<String, Resource> resources,
           Map<String, ModuleCall> moduleCalls, List<ProviderConfig> providers, List<Block> otherBlocks,
           List<Diagnostic> diagnostics) {
        this.path = path;
        this.dir = dir;
        this.files = List.copyOf(files);
        this.variables = freeze(variables);
        this.locals = freeze(locals);
        this.outputs = freeze(outputs);
        this.resources = freeze(resources);
        this.moduleCalls = freeze(moduleCalls);
        this.providers = List.copyOf(providers);
        this.otherBlocks = List.copyOf(otherBlocks);
        this.diagnostics = List.copyOf(diagnostics);
    }

    private static <V> Map<String, V> freeze(Map<String, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** Where the module sits in the tree. */
    public ModulePath path() {
        return path;
    }

    /** The module's folder, relative to the template root ({@code ""} for the root folder). */
    public String dir() {
        return dir;
    }

    /** The parsed files, primary files first then override files, each group sorted by name. */
    public List<HclFile> files() {
        return files;
    }

    /** Variables by name, in source order. */
    public Map<String, Variable> variables() {
        return variables;
    }

    /** Local values by name, in source order. */
    public Map<String, LocalValue> locals() {
        return locals;
    }

    /** Outputs by name, in source order. */
    public Map<String, Output> outputs() {
        return outputs;
    }

    /**
     * Managed resources and data sources by local address ({@code coder_app.x},
     * {@code data.coder_parameter.p}), in source order.
     */
    public Map<String, Resource> resources() {
        return resources;
    }

    /** Managed resources and data sources of one type (e.g. {@code coder_agent}), in source order. */
    public List<Resource> resources(Resource.Mode mode, String type) {
        List<Resource> out = new ArrayList<>();
        for (Resource r : resources.values()) {
            if (r.mode() == mode && r.type().equals(type)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The managed resource {@code type.name}, or null. */
    public Resource resource(String type, String name) {
        return resources.get(type + "." + name);
    }

    /** The data source {@code data.type.name}, or null. */
    public Resource dataSource(String type, String name) {
        return resources.get("data." + type + "." + name);
    }

    /** Module calls by name, in source order. */
    public Map<String, ModuleCall> moduleCalls() {
        return moduleCalls;
    }

    /** Provider configurations, in source order. */
    public List<ProviderConfig> providers() {
        return providers;
    }

    /** Blocks that declare nothing referable: {@code terraform}, {@code moved}, {@code import}, {@code check}, {@code removed}. */
    public List<Block> otherBlocks() {
        return otherBlocks;
    }

    /** The blocks of {@link #otherBlocks()} of one type. */
    public List<Block> otherBlocks(String type) {
        return otherBlocks.stream().filter(b -> b.type().equals(type)).toList();
    }

    /** Every declaration: variables, locals, outputs, resources, module calls, providers. */
    public List<Declaration> declarations() {
        List<Declaration> out = new ArrayList<>();
        out.addAll(variables.values());
        out.addAll(locals.values());
        out.addAll(outputs.values());
        out.addAll(resources.values());
        out.addAll(moduleCalls.values());
        out.addAll(providers);
        return out;
    }

    /**
     * The declaration a local address names: {@code var.x}, {@code local.x}, {@code output.x},
     * {@code module.m}, {@code coder_app.x}, {@code data.t.n}, {@code provider.aws.west}; null
     * when there is none.
     */
    public Declaration find(String localAddress) {
        String[] p = localAddress.split("\\.", 3);
        if (p.length < 2) {
            return null;
        }
        return switch (p[0]) {
            case "var" -> variables.get(localAddress.substring(4));
            case "local" -> locals.get(localAddress.substring(6));
            case "output" -> outputs.get(localAddress.substring(7));
            case "module" -> moduleCalls.get(localAddress.substring(7));
            case "provider" -> providers.stream().filter(pc -> pc.localAddress().equals(localAddress)).findFirst()
                .orElse(null);
            default -> resources.get(localAddress);
        };
    }

    /** Parse and decoding diagnostics of this module's files (not of its children). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public String toString() {
        return "Module[" + (path.isRoot() ? "root" : path) + " in \"" + dir + "\"]";
    }
}
