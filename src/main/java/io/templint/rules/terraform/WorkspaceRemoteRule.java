package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Expression;
import io.templint.hcl.Hcl;
import io.templint.hcl.Traverser;
import io.templint.rules.BlockSite;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ReferenceWalker;
import io.templint.terraform.VersionConstraints;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code terraform.workspace} in a module with a {@code remote} backend that Terraform 1.0 may plan. */
public final class WorkspaceRemoteRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_workspace_remote", Severity.WARNING,
        "terraform.workspace is used with a remote backend",
        """
        With the `remote` backend, Terraform 1.0 and earlier evaluate `terraform.workspace` as \
        `default` in remote runs, whatever the workspace is called, so names and counts derived \
        from it are wrong. Use a variable instead, or require Terraform 1.1 or later.

        Matches tflint's `terraform_workspace_remote`: only modules with a `backend "remote"` whose \
        `required_version` constraints (those of all its `terraform` blocks together) admit a 1.0.x \
        release are checked, in every module folder of the \
        template. Coder plans templates itself and ignores backends, so this rarely applies to a \
        Coder template; it is kept for the modules a template shares with other projects. In a \
        `.tf.json` file the finding points at the argument whose value holds the reference; tflint \
        points at the whole top-level property that holds it (`"resource"`).
        """,
        "https://developer.hashicorp.com/terraform/language/state/workspaces#current-workspace-interpolation");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        Set<String> remote = new HashSet<>();
        java.util.Map<String, List<String>> constraints = new java.util.HashMap<>(); // every block's, all apply
        for (BlockSite t : ctx.blocks("terraform")) {
            String module = ModuleFiles.moduleOf(t.file().name());
            if (t.nested("backend").stream().anyMatch(b -> "remote".equals(b.block().label(0)))) {
                remote.add(module);
            }
            t.attribute("required_version").map(a -> TflintRules.literalString(a.expression()))
                .ifPresent(v -> constraints.computeIfAbsent(module, k -> new java.util.ArrayList<>()).add(v));
        }
        remote.removeIf(m -> !constraints.containsKey(m)
            || !VersionConstraints.admitsTerraform10(String.join(", ", constraints.get(m))));
        if (remote.isEmpty()) {
            return;
        }
        ctx.forEachExpression((site, e) -> {
            String name = site.file().name();
            if (!TflintRules.linted(name) || !remote.contains(ModuleFiles.moduleOf(name))) {
                return;
            }
            boolean json = Hcl.isJson(name);
            if (json ? e != site.attribute().expression() : !(e instanceof Expression.ScopeTraversal)) {
                return; // tflint looks at native traversals, and at whole JSON expressions
            }
            for (Expression.ScopeTraversal t : ReferenceWalker.traversals(e)) {
                if (t.rootName().equals("terraform") && t.traversal().size() > 1
                        && t.traversal().get(1) instanceof Traverser.Attr a && a.name().equals("workspace")) {
                    ctx.report(e, "terraform.workspace should not be used with a 'remote' backend");
                    return;
                }
            }
        });
    }
}
