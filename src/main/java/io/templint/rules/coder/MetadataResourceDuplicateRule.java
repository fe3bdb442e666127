package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.Expression;
import io.templint.hcl.Traverser;
import io.templint.rules.RelatedLocation;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModulePath;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.ReferenceWalker;
import io.templint.terraform.Resource;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two planned {@code coder_metadata} instances attached to the same resource. Coder attaches each
 * {@code coder_metadata} to the nearest managed, non-Coder resource it depends on in Terraform's
 * graph (the lowest label among the nearest) and refuses a second one for the same resource.
 */
final class MetadataResourceDuplicateRule extends TreeRule {

    private static final RuleMetadata METADATA = new RuleMetadata("coder_metadata_resource_duplicate",
        Severity.ERROR, "Two coder_metadata are attached to the same resource",
        """
        Coder attaches a `coder_metadata` to the resource it depends on (usually the one its \
        `resource_id` names) and allows one per resource: a second one, or a `coder_metadata` with \
        `count = 2`, or one in a module called twice, makes the template import fail ("duplicate \
        metadata resource: docker_container.workspace"). Merge the `item` blocks into one \
        `coder_metadata`. Checked only when a `coder_metadata` refers directly to resources of its \
        own module (not through locals, module outputs or, in a child module, variables), where the \
        resource Coder picks is certain.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/metadata")
        .checkedBy(RuleMetadata.AT_IMPORT, null);

    private static final Set<String> PLAIN_ROOTS = Set.of("count", "each", "path", "terraform", "self", "data");

    MetadataResourceDuplicateRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        Map<String, StaticEval.Planned> first = new HashMap<>();
        for (Resource r : tree.resources(Resource.Mode.MANAGED, "coder_metadata")) {
            String target = target(tree, r);
            if (target == null) {
                continue;
            }
            for (StaticEval.Planned p : eval.planned(tree, r)) {
                StaticEval.Planned before = first.putIfAbsent(target, p);
                if (before != null) {
                    ctx.report(Visible.argument(ctx, tree, r, "resource_id"), p.address() + " and "
                        + before.address() + " are both attached to " + target + ": duplicate metadata resource: "
                        + target,
                        new RelatedLocation(Visible.argument(ctx, tree, before.resource(), "resource_id"),
                            "metadata " + before.address()));
                    break; // one finding per resource
                }
            }
        }
    }

    /** The graph label of the resource Coder attaches {@code metadata} to, or null when not certain. */
    private static String target(ModuleTree tree, Resource metadata) {
        TreeSet<String> labels = new TreeSet<>();
        if (!collect(tree, metadata, metadata.block().body(), labels)) {
            return null;
        }
        return labels.isEmpty() ? null : labels.first();
    }

    private static boolean collect(ModuleTree tree, Resource metadata, Body body, TreeSet<String> labels) {
        for (Attribute a : body.attributes()) {
            if (!collect(tree, metadata, a.expression(), labels)) {
                return false;
            }
        }
        for (Block b : body.blocks()) {
            if (!collect(tree, metadata, b.body(), labels)) {
                return false;
            }
        }
        return true;
    }

    private static boolean collect(ModuleTree tree, Resource metadata, Expression e, TreeSet<String> labels) {
        ModulePath module = metadata.module();
        for (Expression.ScopeTraversal t : ReferenceWalker.traversals(e)) {
            String root = t.rootName();
            if (PLAIN_ROOTS.contains(root) || root.equals("var") && module.isRoot()) {
                continue;
            }
            if (root.equals("local") || root.equals("module") || root.equals("var")) {
                return false; // may reach resources the graph puts as near
            }
            if (t.traversal().size() < 2 || !(t.traversal().get(1) instanceof Traverser.Attr name)) {
                return false;
            }
            Resource ref = resource(tree, module, root, name.name());
            if (ref == null) {
                if (root.equals("dynamic") || !root.contains("_")) {
                    continue; // an iterator of a dynamic block or a for expression
                }
                return false;
            }
            if (!ref.type().startsWith("coder_")) {
                StringBuilder label = new StringBuilder();
                for (String call : module.names()) {
                    label.append("module.").append(call).append('.');
                }
                labels.add(label + ref.type() + "." + ref.name());
            }
        }
        return true;
    }

    private static Resource resource(ModuleTree tree, ModulePath module, String type, String name) {
        for (Resource r : tree.resources(Resource.Mode.MANAGED, type)) {
            if (r.module().equals(module) && r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }
}
