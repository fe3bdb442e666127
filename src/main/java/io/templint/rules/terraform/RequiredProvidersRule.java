package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Attribute;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import io.templint.rules.BlockSite;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A provider used without a {@code required_providers} entry with a source and a version. */
public final class RequiredProvidersRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_required_providers", Severity.WARNING,
        "A provider has no source or version constraint in required_providers",
        """
        Every provider a module uses (by a resource, data source or ephemeral resource type, a \
        `provider` block, a `provider` argument, a module's `providers` or a `provider::name::fn` \
        call) should have an entry in `terraform { required_providers { ... } }` with a `source` \
        and a `version` constraint. Without one, Terraform guesses `hashicorp/<name>` (wrong for \
        `coder`, which is `coder/coder`) and installs the newest release, so a new provider \
        release can change how the template plans. A `version` argument in a `provider` block is \
        deprecated, and so is an entry written as a bare version string.

        Matches tflint's `terraform_required_providers` with its defaults, in every module folder \
        of the template and in both syntaxes; the builtin `terraform` provider (and any \
        `terraform.io/builtin/...` source) is never reported. tflint's `source` and `version` \
        options, which turn off either check, have no counterpart: disable the rule or suppress \
        the finding.

        **Off by default** (enable it with `rule "terraform_required_providers" { enabled = true }`), \
        although tflint's `recommended` preset turns it on: Coder's own starter templates \
        (`docker`, `kubernetes`, `aws-linux`, ...) declare `coder = { source = "coder/coder" }` and \
        their other providers without a version, and so do the provider's examples, so on by default \
        it would report two to four findings on nearly every template copied from them (35 findings \
        in 20 of the 60 Coder templates templint is tried on) while Coder's releases keep those \
        templates working. Turn it on for templates that must plan the same way for a long time.
        """,
        "https://developer.hashicorp.com/terraform/language/providers/requirements").offByDefault();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, List<BlockSite>> byModule = new HashMap<>();
        for (String type : List.of("resource", "ephemeral", "data", "provider", "module", "check", "terraform")) {
            for (BlockSite site : ctx.blocks(type)) {
                if (TflintRules.linted(site.file().name())) {
                    byModule.computeIfAbsent(ModuleFiles.moduleOf(site.file().name()), k -> new ArrayList<>()).add(site);
                }
            }
        }
        Map<String, Map<String, Range>> calls = new HashMap<>();
        ctx.forEachExpression((site, e) -> {
            if (e instanceof Expression.FunctionCall call && TflintRules.linted(site.file().name())) {
                String[] parts = call.name().split("::", -1);
                if (parts.length >= 2 && parts[0].equals("provider") && !parts[1].isEmpty()) {
                    calls.computeIfAbsent(ModuleFiles.moduleOf(site.file().name()), k -> new LinkedHashMap<>())
                        .put(parts[1], call.range());
                }
            }
        });
        java.util.Set<String> modules = new java.util.TreeSet<>(byModule.keySet());
        modules.addAll(calls.keySet()); // a module may use a provider only through its functions
        for (String module : modules) {
            List<BlockSite> blocks = byModule.getOrDefault(module, new ArrayList<>());
            blocks.sort(Comparator.comparing((BlockSite b) -> b.file().name())
                .thenComparingInt(b -> b.block().range().startByte()));
            check(ctx, blocks, calls.getOrDefault(module, Map.of()));
        }
    }

    private static void check(RuleContext ctx, List<BlockSite> blocks, Map<String, Range> calls) {
        Map<String, Range> refs = new LinkedHashMap<>();
        Map<String, Attribute> required = new HashMap<>();
        for (BlockSite b : blocks) {
            switch (b.block().type()) {
                case "resource", "ephemeral", "data" -> typed(b, refs);
                case "check" -> b.nested("data").forEach(d -> typed(d, refs));
                case "provider" -> {
                    if (b.block().labels().size() == 1) {
                        refs.put(b.block().label(0), b.block().headerRange());
                        b.attribute("version").ifPresent(v -> ctx.report(b.block().headerRange(),
                            "provider version constraint should be specified via `required_providers`"));
                    }
                }
                case "module" -> b.attribute("providers").ifPresent(a -> {
                    if (a.expression() instanceof Expression.ObjectCons o) {
                        for (Expression.ObjectItem item : o.items()) {
                            String name = providerName(item.value());
                            if (name != null) {
                                refs.put(name, b.block().headerRange());
                            }
                        }
                    }
                });
                case "terraform" -> {
                    for (BlockSite rp : b.nested("required_providers")) {
                        for (Attribute a : rp.block().body().attributes()) {
                            required.put(a.name(), a);
                        }
                    }
                }
                default -> { }
            }
        }
        calls.forEach(refs::put);
        for (Map.Entry<String, Range> ref : refs.entrySet()) {
            String name = ref.getKey();
            if (name.equals("terraform")) {
                continue;
            }
            Attribute entry = required.get(name);
            if (entry == null) {
                ctx.report(ref.getValue(), "Missing version constraint for provider \"" + name + "\" in `required_providers`");
                continue;
            }
            Expression value = entry.expression();
            if (TflintRules.literalString(value) != null) {
                ctx.report(value, "Legacy version constraint for provider \"" + name + "\" in `required_providers`");
                continue;
            }
            if (!(value instanceof Expression.ObjectCons o)) {
                continue;
            }
            String source = null;
            boolean hasSource = false;
            boolean hasVersion = false;
            for (Expression.ObjectItem item : o.items()) {
                String key = item.key() instanceof Expression.ObjectConsKey k && k.bareName() != null ? k.bareName()
                    : TflintRules.literalString(item.key() instanceof Expression.ObjectConsKey k ? k.wrapped() : item.key());
                if ("source".equals(key)) {
                    hasSource = true;
                    source = TflintRules.literalString(item.value());
                } else if ("version".equals(key)) {
                    hasVersion = true;
                }
            }
            if (hasSource && source != null && isBuiltin(source)) {
                continue;
            }
            if (!hasSource) {
                ctx.report(value, "Missing `source` for provider \"" + name + "\" in `required_providers`");
            }
            if (!hasVersion) {
                ctx.report(value, "Missing version constraint for provider \"" + name + "\" in `required_providers`");
            }
        }
    }

    /** The provider of a resource, data source or ephemeral resource: its argument, or its type's prefix. */
    private static void typed(BlockSite b, Map<String, Range> refs) {
        if (b.block().labels().size() != 2) {
            return;
        }
        Attribute provider = b.attribute("provider").orElse(null);
        if (provider != null) {
            String name = providerName(provider.expression());
            if (name != null) {
                refs.put(name, b.block().headerRange());
            }
            return;
        }
        String type = b.block().label(0);
        int under = type.indexOf('_');
        refs.put(under < 0 ? type : type.substring(0, under), b.block().headerRange());
    }

    /** The local name of a provider reference {@code aws} or {@code aws.west} (a string in JSON). */
    private static String providerName(Expression e) {
        if (e instanceof Expression.ScopeTraversal t) {
            return t.traversal().size() <= 2 && (t.traversal().size() == 1 || t.traversal().get(1) instanceof Traverser.Attr)
                ? t.rootName() : null;
        }
        String s = TflintRules.literalString(e);
        if (s == null || !s.matches("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)?")) {
            return null;
        }
        int dot = s.indexOf('.');
        return dot < 0 ? s : s.substring(0, dot);
    }

    /**
     * A provider built into Terraform: a source {@code terraform.io/builtin/<name>} (hostname and
     * namespace compare without regard to case, as Terraform's provider addresses do).
     */
    private static boolean isBuiltin(String source) {
        String[] parts = source.toLowerCase(java.util.Locale.ROOT).split("/", -1);
        return parts.length == 3 && parts[0].equals("terraform.io") && parts[1].equals("builtin") && !parts[2].isEmpty();
    }
}
