package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.HclFile;
import io.templint.hcl.Label;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the parsed files of one folder into a {@link Module}: collects the top-level blocks of the
 * primary files, merges the override files in, then decodes each block, reporting what Terraform
 * reports (unexpected blocks and arguments, duplicates, invalid declarations).
 */
final class ModuleDecoder {

    /** Top-level block types and the labels each needs. */
    private static final Map<String, List<String>> LABELS = Map.ofEntries(
        Map.entry("terraform", List.of()), Map.entry("locals", List.of()),
        Map.entry("variable", List.of("name")), Map.entry("output", List.of("name")),
        Map.entry("module", List.of("name")), Map.entry("provider", List.of("name")),
        Map.entry("resource", List.of("type", "name")), Map.entry("data", List.of("type", "name")),
        Map.entry("ephemeral", List.of("type", "name")), Map.entry("action", List.of("type", "name")),
        Map.entry("check", List.of("name")), Map.entry("moved", List.of()),
        Map.entry("import", List.of()), Map.entry("removed", List.of()));

    private static final Set<String> NOT_OVERRIDABLE = Set.of("moved", "import", "removed");

    /** The fixed schemas of the blocks that declare nothing referable. */
    private static final Map<String, BodySchema> OTHER_SCHEMAS = Map.of(
        "moved", new BodySchema(Set.of("from", "to"), Set.of(), Set.of("from", "to")),
        "import", new BodySchema(Set.of("id", "to", "provider", "for_each", "identity"), Set.of(), Set.of("to")),
        "removed", new BodySchema(Set.of("from"), Set.of("lifecycle", "provisioner", "connection"), Set.of("from")),
        "check", new BodySchema(Set.of(), Set.of("data", "assert"), Set.of()));

    private final ModulePath path;
    /** What other templates of the run worked out about the same blocks, or null. */
    private final SharedModuleFiles shared;
    private final List<Diagnostic> diags = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Attribute> localAttrs = new ArrayList<>();

    private ModuleDecoder(ModulePath path, SharedModuleFiles shared) {
        this.path = path;
        this.shared = shared;
    }

    /**
     * Decodes one module.
     *
     * @param primaries the primary files, in lexicographic order of name
     * @param overrides the override files, in lexicographic order of name
     */
    static Module decode(ModulePath path, String dir, List<HclFile> primaries, List<HclFile> overrides) {
        return decode(path, dir, primaries, overrides, null);
    }

    /**
     * Decodes one module, taking what other templates of the run worked out about the same blocks
     * from {@code shared} (null: nothing shared).
     */
    static Module decode(ModulePath path, String dir, List<HclFile> primaries, List<HclFile> overrides,
                         SharedModuleFiles shared) {
        ModuleDecoder d = new ModuleDecoder(path, shared);
        List<HclFile> files = new ArrayList<>();
        for (HclFile f : primaries) {
            files.add(f);
            d.diags.addAll(f.diagnostics());
            d.collect(f, false);
        }
        for (HclFile f : overrides) {
            files.add(f);
            d.diags.addAll(f.diagnostics());
            d.collect(f, true);
        }
        return d.build(dir, files);
    }

    private void collect(HclFile file, boolean override) {
        for (BodyItem item : file.body().items()) {
            if (item instanceof Attribute a) {
                diags.add(Diagnostic.error("Unsupported argument", "An argument named " + Messages.quote(a.name())
                    + " is not expected here.", a.nameRange()));
                continue;
            }
            Block b = (Block) item;
            List<String> labelNames = LABELS.get(b.type());
            if (labelNames == null) {
                diags.add(unknownBlock(b));
                continue;
            }
            if (!labelsOk(b, labelNames)) {
                continue;
            }
            if (b.type().equals("locals")) {
                collectLocals(b, override);
            } else if (!override || b.type().equals("terraform")) {
                blocks.add(b);
            } else {
                applyOverride(b);
            }
        }
    }

    private static Diagnostic unknownBlock(Block b) {
        if (b.type().equals("required_providers")) {
            return Diagnostic.error("Invalid required_providers block",
                "A \"required_providers\" block must be nested inside a \"terraform\" block.", b.typeRange());
        }
        return BodySchema.unsupportedBlock(b, LABELS.keySet());
    }

    private boolean labelsOk(Block b, List<String> names) {
        List<Label> labels = b.labels();
        if (labels.size() < names.size()) {
            diags.add(Diagnostic.error("Missing " + names.get(labels.size()) + " for " + b.type(),
                "All " + b.type() + " blocks must have " + names.size() + " labels (" + String.join(", ", names)
                    + ").", b.openBraceRange() != null ? b.openBraceRange() : b.headerRange()));
            return false;
        }
        if (labels.size() > names.size()) {
            diags.add(Diagnostic.error("Extraneous label for " + b.type(), names.isEmpty()
                ? "No labels are expected for " + b.type() + " blocks."
                : "Only " + names.size() + " labels (" + String.join(", ", names) + ") are expected for "
                    + b.type() + " blocks.", labels.get(names.size()).range()));
            return false;
        }
        return true;
    }

    private void collectLocals(Block b, boolean override) {
        for (Block nested : b.body().blocks()) {
            diags.add(Diagnostic.error("Unsupported block type", "Blocks of type " + Messages.quote(nested.type())
                + " are not expected here.", nested.typeRange()));
        }
        for (Attribute a : b.body().attributes()) {
            if (!override) {
                localAttrs.add(a);
                continue;
            }
            int i = indexOfLocal(a.name());
            if (i < 0) {
                diags.add(Diagnostic.error("Missing base local value definition to override", "There is no local"
                    + " value named " + Messages.quote(a.name()) + ". An override file can only override a local"
                    + " value that was already defined in a primary configuration file.", a.nameRange()));
            } else {
                localAttrs.set(i, a);
            }
        }
    }

    private int indexOfLocal(String name) {
        for (int i = 0; i < localAttrs.size(); i++) {
            if (localAttrs.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void applyOverride(Block b) {
        if (NOT_OVERRIDABLE.contains(b.type())) {
            diags.add(Diagnostic.error("Cannot override '" + b.type() + "' blocks", "Blocks of type "
                + Messages.quote(b.type()) + " can appear only in normal files, not in override files.",
                b.headerRange()));
            return;
        }
        String key = overrideKey(b);
        for (int i = 0; i < blocks.size(); i++) {
            if (overrideKey(blocks.get(i)).equals(key)) {
                boolean resourceLike = Set.of("resource", "data", "ephemeral").contains(b.type());
                blocks.set(i, OverrideMerger.merge(blocks.get(i), b, resourceLike));
                return;
            }
        }
        if (b.type().equals("provider") && b.body().attribute("alias") == null) {
            // an absent default provider configuration is an implied empty one: overriding it adds it
            blocks.add(b);
            return;
        }
        String what = describe(b);
        diags.add(Diagnostic.error("Missing base " + what + " to override", "There is no " + what
            + " to merge this override into. An override file can only override an object that was already"
            + " declared in a primary configuration file.", b.headerRange()));
    }

    /** A block's identity for overriding: its type and labels, and for providers its alias. */
    private static String overrideKey(Block b) {
        StringBuilder k = new StringBuilder(b.type());
        for (Label l : b.labels()) {
            k.append('\u0000').append(l.value());
        }
        if (b.type().equals("provider")) {
            Attribute alias = b.body().attribute("alias");
            k.append("\u0000alias=").append(alias == null ? "" : Literals.string(alias.expression()));
        }
        return k.toString();
    }

    private static String describe(Block b) {
        return switch (b.type()) {
            case "variable" -> "variable declaration " + Messages.quote(b.label(0));
            case "output" -> "output value " + Messages.quote(b.label(0));
            case "module" -> "module call " + Messages.quote(b.label(0));
            case "provider" -> "provider configuration " + Messages.quote(b.label(0));
            default -> b.type() + " " + String.join(".", b.labelValues());
        };
    }

    private Module build(String dir, List<HclFile> files) {
        Declarations decl = new Declarations(path, diags);
        for (Block b : blocks) {
            switch (b.type()) {
                case "variable" -> decl.add(VariableDecoder.decode(path, b, diags, shared));
                case "output" -> decl.add(OutputDecoder.decode(path, b, diags));
                case "module" -> decl.add(ModuleCallDecoder.decode(path, b, diags));
                case "provider" -> decl.add(ProviderDecoder.decode(path, b, diags));
                case "resource" -> decl.add(ResourceDecoder.decode(path, Resource.Mode.MANAGED, b, diags));
                case "data" -> decl.add(ResourceDecoder.decode(path, Resource.Mode.DATA, b, diags));
                case "ephemeral" -> decl.add(ResourceDecoder.decode(path, Resource.Mode.EPHEMERAL, b, diags));
                case "terraform" -> {
                    TerraformBlockChecks.check(b, diags);
                    decl.other(b);
                }
                default -> {
                    BodySchema schema = OTHER_SCHEMAS.get(b.type());
                    if (schema != null) {
                        schema.check(b.body(), diags);
                    }
                    checkImportTarget(b);
                    decl.other(b);
                }
            }
        }
        for (Attribute a : localAttrs) {
            decl.add(new LocalValue(path, a.name(), a));
        }
        boolean loaded = diags.stream().noneMatch(Diagnostic::isError);
        ReferenceChecks.check(ReferenceChecks.declared(path, decl.variables, decl.locals, decl.moduleCalls,
            decl.resources, ReferenceChecks.scopedDataSources(blocks)), blocks, localAttrs, loaded, diags);
        return new Module(path, dir, files, decl.variables, decl.locals, decl.outputs, decl.resources,
            decl.moduleCalls, decl.providers, decl.others, diags);
    }

    /** An import block's {@code to} must name a managed resource, possibly inside a module. */
    private void checkImportTarget(Block b) {
        Expression to = b.type().equals("import") ? DecodeSupport.expr(b, "to") : null;
        if (to == null) {
            return;
        }
        Expression target = to;
        while (Literals.unwrap(target) instanceof Expression.Index i) {
            target = i.collection();
        }
        if (Literals.unwrap(target) instanceof Expression.ScopeTraversal t
                && t.rootName().equals("module") || ResourceChecks.isResourceReference(to)) {
            return;
        }
        diags.add(Diagnostic.error("Invalid import address", "The import block's \"to\" argument must be the"
            + " address of a managed resource, such as aws_instance.example or module.a.aws_instance.example.",
            to.range()));
    }

    /** Collects decoded declarations, reporting duplicates as Terraform does. */
    private static final class Declarations {
        final ModulePath path;
        final List<Diagnostic> diags;
        final Map<String, Variable> variables = new LinkedHashMap<>();
        final Map<String, LocalValue> locals = new LinkedHashMap<>();
        final Map<String, Output> outputs = new LinkedHashMap<>();
        final Map<String, Resource> resources = new LinkedHashMap<>();
        final Map<String, ModuleCall> moduleCalls = new LinkedHashMap<>();
        final List<ProviderConfig> providers = new ArrayList<>();
        final Map<String, ProviderConfig> providerKeys = new HashMap<>();
        final List<Block> others = new ArrayList<>();

        Declarations(ModulePath path, List<Diagnostic> diags) {
            this.path = path;
            this.diags = diags;
        }

        void other(Block b) {
            others.add(b);
        }

        void add(Declaration d) {
            if (d == null) {
                return;
            }
            if (d instanceof Variable v) {
                put(variables, v.name(), v, "Duplicate variable declaration",
                    "A variable named %s was already declared at %s. Variable names must be unique within a module.");
            } else if (d instanceof LocalValue l) {
                put(locals, l.name(), l, "Duplicate local value definition",
                    "A local value named %s was already defined at %s. Local value names must be unique within a"
                        + " module.");
            } else if (d instanceof Output o) {
                put(outputs, o.name(), o, "Duplicate output definition",
                    "An output named %s was already defined at %s. Output names must be unique within a module.");
            } else if (d instanceof ModuleCall m) {
                put(moduleCalls, m.name(), m, "Duplicate module call",
                    "A module call named %s was already defined at %s. Module calls must have unique names within"
                        + " a module.");
            } else if (d instanceof Resource r) {
                addResource(r);
            } else if (d instanceof ProviderConfig p) {
                addProvider(p);
            }
        }

        private <D extends Declaration> void put(Map<String, D> map, String name, D d, String summary,
                                                 String detail) {
            D first = map.putIfAbsent(name, d);
            if (first != null) {
                diags.add(Diagnostic.error(summary, String.format(detail, Messages.quote(name),
                    Messages.range(first.declRange())), d.declRange()));
            }
        }

        private void addResource(Resource r) {
            Resource first = resources.putIfAbsent(r.localAddress(), r);
            if (first == null) {
                return;
            }
            String kind = switch (r.mode()) {
                case MANAGED -> "resource";
                case DATA -> "data";
                case EPHEMERAL -> "ephemeral";
            };
            String noun = switch (r.mode()) {
                case MANAGED -> "resource";
                case DATA -> "data resource";
                case EPHEMERAL -> "ephemeral resource";
            };
            diags.add(Diagnostic.error("Duplicate " + kind + " " + Messages.quote(r.type()) + " configuration",
                "A " + r.type() + " " + noun + " named " + Messages.quote(r.name()) + " was already declared at "
                    + Messages.range(first.declRange()) + ". Resource names must be unique per type in each module.",
                r.declRange()));
        }

        private void addProvider(ProviderConfig p) {
            String key = p.name() + "\u0000" + (p.alias() == null ? "" : p.alias());
            ProviderConfig first = providerKeys.putIfAbsent(key, p);
            if (first == null) {
                providers.add(p);
                return;
            }
            String detail = p.alias() == null
                ? "A default (non-aliased) provider configuration for " + Messages.quote(p.name())
                    + " was already given at " + Messages.range(first.declRange()) + ". If multiple configurations"
                    + " are required, set the \"alias\" argument for alternative configurations."
                : "A provider configuration for " + Messages.quote(p.name()) + " with alias "
                    + Messages.quote(p.alias()) + " was already given at " + Messages.range(first.declRange())
                    + ". Each configuration for the same provider must have a distinct alias.";
            diags.add(Diagnostic.error("Duplicate provider configuration", detail, p.declRange()));
        }
    }
}
