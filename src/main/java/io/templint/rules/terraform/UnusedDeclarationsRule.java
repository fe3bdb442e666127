package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Expression;
import io.templint.hcl.Traverser;
import io.templint.rules.AttributeSite;
import io.templint.rules.BlockSite;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ReferenceWalker;
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

        Data sources of the Coder provider (`coder_parameter`, `coder_workspace`, \
        `coder_workspace_owner`, `coder_provisioner`, `coder_external_auth`, \
        `coder_workspace_tags`, `coder_workspace_preset`, ...) are never reported: Coder reads \
        several of them from the template without any reference (a parameter is shown to the user, \
        an external auth is required, tags route the build), and the others are harmless.

        Together with `unused_variable` and `unused_local` this is tflint's \
        `terraform_unused_declarations`, in every module folder of the template and in both \
        syntaxes; the finding points at the declaration (in JSON, at the brace that opens it).
        """,
        "https://developer.hashicorp.com/terraform/language/data-sources");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        Set<String> used = new HashSet<>(); // module \0 data.type.name, module \0 provider.alias
        for (AttributeSite site : ctx.syntax().attributes()) {
            String module = ModuleFiles.moduleOf(site.file().name());
            for (Expression.ScopeTraversal t : ReferenceWalker.traversals(site.attribute().expression())) {
                List<Traverser> steps = t.traversal();
                if (t.rootName().equals("data") && steps.size() > 2 && steps.get(1) instanceof Traverser.Attr type
                        && steps.get(2) instanceof Traverser.Attr name) {
                    used.add(module + "\u0000data." + type.name() + "." + name.name());
                }
            }
        }
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
                    || ModuleFiles.isOverrideFile(site.file().name()) || site.block().label(0).startsWith("coder_")) {
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
