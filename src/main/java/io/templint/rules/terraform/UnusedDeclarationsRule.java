package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Expression;
import io.templint.hcl.Traverser;
import io.templint.rules.BlockSite;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Data sources and provider aliases that nothing in their module uses. */
public final class UnusedDeclarationsRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_unused_declarations", Severity.WARNING,
        "A data source or provider alias is declared but never used",
        """
        A `data` block that no expression of its module reads (as `data.type.name`) is still read \
        at every plan, with the credentials and time that takes; a `provider` block with an \
        `alias` that no resource, data source or module call selects configures a provider for \
        nothing. Remove them, or use them.

        Some data sources of the Coder provider are never reported, because Coder reads them \
        without any reference: `coder_parameter` (the parameters shown to whoever creates a \
        workspace), `coder_workspace_preset` (the presets), `coder_external_auth` and the legacy \
        `coder_git_auth` (the external auth a workspace requires) are read from the plan; \
        `coder_workspace_tags` (the provisioner tags) is read from the template's files; \
        `coder_secret` (a secret the workspace requires) is read when the template is imported. \
        `coder_workspace`, `coder_workspace_owner` and `coder_provisioner` are not reported \
        either: the provider fills them in locally, without credentials or a call to any service, \
        and Coder's templates declare them by convention. Other Coder data sources (such as \
        `coder_task`) are read only through references, and are reported like any other.

        Together with `unused_variable` and `unused_local` this is tflint's \
        `terraform_unused_declarations`, in every module folder of the template and in both \
        syntaxes; the finding points at the declaration (in JSON, at the brace that opens it, or \
        for an array of blocks at its bracket, as HCL places them). Like tflint, a provider alias \
        counts as used when a resource, data source (also in a `check` block) or module call selects \
        it, in native syntax or as a JSON string (`"provider": "aws.west"`).
        """,
        "https://developer.hashicorp.com/terraform/language/data-sources");

    /**
     * The data sources Coder reads without a reference from the template (the plan, the template's
     * files), and those its templates declare by convention that the provider fills in locally.
     */
    static final Set<String> READ_BY_CODER = Set.of("coder_parameter", "coder_workspace_preset",
        "coder_external_auth", "coder_git_auth", "coder_workspace_tags", "coder_secret",
        "coder_workspace", "coder_workspace_owner", "coder_provisioner");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        Set<String> used = new HashSet<>(); // module \0 data.type.name, module \0 provider.alias
        ctx.syntax().forEachReference((site, t) -> {
            List<Traverser> steps = t.traversal();
            if (t.rootName().equals("data") && steps.size() > 2 && steps.get(1) instanceof Traverser.Attr type
                    && steps.get(2) instanceof Traverser.Attr name) {
                used.add(ModuleFiles.moduleOf(site.file().name()) + "\u0000data." + type.name() + "." + name.name());
            }
        });
        List<BlockSite> data = new ArrayList<>(ctx.blocks("data"));
        for (BlockSite check : ctx.blocks("check")) {
            data.addAll(check.nested("data"));
        }
        for (BlockSite site : data) {
            String module = ModuleFiles.moduleOf(site.file().name());
            providerUse(site, "provider", module, used);
        }
        for (BlockSite site : ctx.blocks("resource")) {
            providerUse(site, "provider", module(site), used);
        }
        for (BlockSite site : ctx.blocks("module")) {
            site.attribute("providers").ifPresent(a -> {
                if (a.expression() instanceof Expression.ObjectCons o) {
                    for (Expression.ObjectItem item : o.items()) {
                        String alias = providerRef(item.value());
                        if (alias != null) {
                            used.add(module(site) + "\u0000" + alias);
                        }
                    }
                }
            });
        }
        Set<String> reported = new HashSet<>();
        for (BlockSite site : data) {
            if (site.block().labels().size() != 2 || !TflintRules.linted(site.file().name())
                    || ModuleFiles.isOverrideFile(site.file().name()) || READ_BY_CODER.contains(site.block().label(0))) {
                continue;
            }
            String address = "data." + site.block().label(0) + "." + site.block().label(1);
            String key = module(site) + "\u0000" + address;
            if (!used.contains(key) && reported.add(key)) {
                ctx.report(site.block().headerRange(), "data \"" + site.block().label(0) + "\" \"" + site.block().label(1)
                    + "\" is declared but never used: remove it, or read it as " + address);
            }
        }
        for (BlockSite site : ctx.blocks("provider")) {
            if (site.block().labels().size() != 1 || !TflintRules.linted(site.file().name())
                    || ModuleFiles.isOverrideFile(site.file().name())) {
                continue;
            }
            String alias = site.attribute("alias").map(a -> TflintRules.literalString(a.expression())).orElse(null);
            if (alias == null) {
                continue;
            }
            String ref = site.block().label(0) + "." + alias;
            String key = module(site) + "\u0000" + ref;
            if (!used.contains(key) && reported.add(key)) {
                ctx.report(site.block().headerRange(), "provider \"" + site.block().label(0) + "\" with alias \"" + alias
                    + "\" is declared but never used: remove it, or select it with provider = " + ref);
            }
        }
    }

    private static String module(BlockSite site) {
        return ModuleFiles.moduleOf(site.file().name());
    }

    private static void providerUse(BlockSite site, String attribute, String module, Set<String> used) {
        site.attribute(attribute).ifPresent(a -> {
            String ref = providerRef(a.expression());
            if (ref != null) {
                used.add(module + "\u0000" + ref);
            }
        });
    }

    /** {@code name.alias} for a provider reference written {@code aws.west} (or {@code "aws.west"} in JSON). */
    private static String providerRef(Expression e) {
        if (e instanceof Expression.ScopeTraversal t) {
            if (t.traversal().size() == 2 && t.traversal().get(1) instanceof Traverser.Attr a) {
                return t.rootName() + "." + a.name();
            }
            return null;
        }
        String s = TflintRules.literalString(e);
        return s != null && s.matches("[A-Za-z_][A-Za-z0-9_-]*\\.[A-Za-z_][A-Za-z0-9_-]*") ? s : null;
    }
}
