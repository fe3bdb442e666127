package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Traverser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Terraform's checks on the meta-arguments and nested meta-blocks of resources and outputs:
 * conditions, quoted references and keywords, {@code ignore_changes}, provisioners.
 */
final class ResourceChecks {

    private static final BodySchema CONDITION = new BodySchema(Set.of("condition", "error_message"), Set.of(),
        Set.of("condition", "error_message"));
    private static final Set<String> REMOVED_PROVISIONERS = Set.of("chef", "habitat", "puppet", "salt-masterless");
    private static final Set<String> DESTROY_ALLOWED_ROOTS = Set.of("self", "count", "each", "path", "terraform");

    private ResourceChecks() { }

    /**
     * Checks {@code precondition}/{@code postcondition} blocks.
     *
     * @param self the local address of the resource they belong to, or null for outputs
     */
    static void checkConditions(List<Block> conditions, String self, List<Diagnostic> diags) {
        for (Block c : conditions) {
            CONDITION.check(c.body(), diags);
            Expression condition = DecodeSupport.expr(c, "condition");
            if (condition != null && !ExpressionFacts.hasReferences(condition)) {
                diags.add(Diagnostic.error("Invalid " + c.type() + " expression", "The condition expression must"
                    + " refer to at least one object from elsewhere in the configuration, or else its result would"
                    + " not be checking anything.", condition.range()));
            }
            if (self == null) {
                continue;
            }
            for (String arg : List.of("condition", "error_message")) {
                Expression e = DecodeSupport.expr(c, arg);
                if (e == null) {
                    continue;
                }
                for (Expression.ScopeTraversal t : ReferenceWalker.traversals(e)) {
                    if (self.equals(resourceAddress(t))) {
                        diags.add(Diagnostic.error("Invalid reference in " + c.type(), "Configuration for " + self
                            + " may not refer to itself.", t.range()));
                    }
                }
            }
        }
    }

    /** The resource a traversal refers to ({@code type.name} or {@code data.type.name}), or null. */
    static String resourceAddress(Expression.ScopeTraversal t) {
        List<String> names = new ArrayList<>();
        for (Traverser s : t.traversal()) {
            if (s instanceof Traverser.Root r) {
                names.add(r.name());
            } else if (s instanceof Traverser.Attr a) {
                names.add(a.name());
            } else {
                break;
            }
        }
        boolean prefixed = !names.isEmpty() && (names.get(0).equals("data") || names.get(0).equals("ephemeral"));
        int need = prefixed ? 3 : 2;
        return names.size() >= need ? String.join(".", names.subList(0, need)) : null;
    }

    /** Whether an expression is a reference to a managed resource ({@code type.name}, maybe indexed and deeper). */
    static boolean isResourceReference(Expression e) {
        Expression x = Literals.unwrap(e);
        while (x instanceof Expression.RelativeTraversal r) {
            x = r.source();
        }
        while (x instanceof Expression.Index i) {
            x = i.collection();
        }
        if (!(x instanceof Expression.ScopeTraversal t) || t.traversal().size() < 2) {
            return false;
        }
        return !Set.of("var", "local", "module", "data", "path", "terraform", "count", "each", "self")
            .contains(t.rootName()) && t.traversal().get(1) instanceof Traverser.Attr;
    }

    /** Warns about {@code depends_on = ["x.y"]}-style quoted references. */
    static void checkQuotedReferences(List<Expression> refs, List<Diagnostic> diags) {
        for (Expression e : refs) {
            if (Literals.string(e) != null) {
                diags.add(quotedReference(e));
            }
        }
    }

    static Diagnostic quotedReference(Expression e) {
        return Diagnostic.warning("Quoted references are deprecated", "In this context, references are expected"
            + " literally rather than in quotes. Terraform 0.11 and earlier required quotes, but quoted references"
            + " are now deprecated and will be removed in a future version of Terraform. Remove the quotes"
            + " surrounding this reference to silence this warning.", e.range());
    }

    private static Diagnostic quotedKeyword(Expression e) {
        return Diagnostic.warning("Quoted keywords are deprecated", "In this context, keywords are expected"
            + " literally rather than in quotes. Terraform 0.11 and earlier required quotes, but quoted keywords are"
            + " now deprecated and will be removed in a future version of Terraform. Remove the quotes surrounding"
            + " this keyword to silence this warning.", e.range());
    }

    /** Checks a resource's {@code lifecycle} blocks. */
    static void checkLifecycle(Block lifecycle, String self, List<Diagnostic> diags) {
        Attribute ignore = lifecycle.body().attribute("ignore_changes");
        if (ignore != null) {
            for (Expression item : DecodeSupport.items(ignore.expression())) {
                if ("*".equals(Literals.string(item))) {
                    diags.add(Diagnostic.error("Invalid ignore_changes wildcard", "The [\"*\"] form of"
                        + " ignore_changes wildcard is was deprecated and is now invalid. Use \"ignore_changes = all\""
                        + " to ignore changes to all attributes.", ignore.expression().range()));
                }
            }
        }
        Attribute triggers = lifecycle.body().attribute("replace_triggered_by");
        if (triggers != null) {
            for (Expression item : DecodeSupport.items(triggers.expression())) {
                checkTrigger(item, diags);
            }
        }
        List<Block> conditions = new ArrayList<>(lifecycle.body().blocks("precondition"));
        conditions.addAll(lifecycle.body().blocks("postcondition"));
        conditions.sort((a, b) -> Integer.compare(a.range().startByte(), b.range().startByte()));
        checkConditions(conditions, self, diags);
    }

    /**
     * One item of {@code replace_triggered_by}: its references (found as Terraform finds them) may be
     * resources, {@code count.index} and {@code each.key} only, with exactly one resource.
     */
    private static void checkTrigger(Expression item, List<Diagnostic> diags) {
        if (item.range() != null && item.range().filename().endsWith(".json") && Literals.string(item) != null) {
            return; // a reference written as a JSON string, which templint does not parse as one
        }
        List<Expression.ScopeTraversal> refs = ReferenceWalker.traversals(item);
        for (Expression.ScopeTraversal t : refs) {
            String detail = unparsableReference(t);
            if (detail != null) {
                diags.add(Diagnostic.error("Invalid reference", detail, item.range()));
                return;
            }
        }
        int resources = 0;
        for (Expression.ScopeTraversal t : refs) {
            List<Traverser> steps = t.traversal();
            String attr = steps.size() > 1 && steps.get(1) instanceof Traverser.Attr a ? a.name() : null;
            switch (t.rootName()) {
                case "each" -> {
                    if (attr != null && !attr.equals("key")) {
                        diags.add(Diagnostic.error("Invalid each reference in replace_triggered_by expression",
                            "Only each.key may be used in replace_triggered_by.", item.range()));
                    }
                }
                case "count" -> {
                    if (attr != null && !attr.equals("index")) {
                        diags.add(Diagnostic.error("Invalid count reference in replace_triggered_by expression",
                            "Only count.index may be used in replace_triggered_by.", item.range()));
                    }
                }
                case "var", "local", "module", "path", "terraform", "self" -> diags.add(Diagnostic.error(
                    "Invalid reference in replace_triggered_by expression", "Only resources, count.index, and"
                        + " each.key may be used in replace_triggered_by.", item.range()));
                default -> resources++;
            }
        }
        if (resources == 0) {
            diags.add(Diagnostic.error("Invalid replace_triggered_by expression", "Missing resource reference"
                + " in replace_triggered_by expression.", item.range()));
        } else if (resources > 1) {
            diags.add(Diagnostic.error("Invalid replace_triggered_by expression", "Multiple resource references"
                + " in replace_triggered_by expression.", item.range()));
        }
    }

    /** Why Terraform cannot read a one-name traversal as a reference ({@code count}, {@code foo}), or null. */
    private static String unparsableReference(Expression.ScopeTraversal t) {
        if (t.traversal().size() > 1) {
            return null;
        }
        return switch (t.rootName()) {
            case "self", "caller", "string", "number", "bool", "any" -> null;
            case "count", "each", "path", "terraform", "var", "local", "module" -> "The "
                + Messages.quote(t.rootName()) + " object cannot be accessed directly. Instead, access one of its"
                + " attributes.";
            case "data", "resource", "ephemeral", "list", "action", "template", "lazy", "arg" -> null;
            default -> "A reference to a resource type must be followed by at least one attribute access,"
                + " specifying the resource name.";
        };
    }

    /** Checks the provisioners of a managed resource, and its connection when a destroy provisioner exists. */
    static void checkProvisioners(Body resource, List<Diagnostic> diags) {
        boolean anyDestroy = false;
        for (Block p : resource.blocks("provisioner")) {
            String type = p.label(0);
            if (type != null && REMOVED_PROVISIONERS.contains(type)) {
                diags.add(Diagnostic.error("The " + Messages.quote(type) + " provisioner has been removed",
                    "The " + Messages.quote(type) + " provisioner was deprecated in Terraform 0.13.4 and has been"
                        + " removed from Terraform. Visit https://learn.hashicorp.com/collections/terraform/provision"
                        + " for alternatives to using provisioners that are a better fit for the Terraform workflow.",
                    p.labels().get(0).range()));
            }
            boolean destroy = false;
            for (String kw : List.of("when", "on_failure")) {
                Expression e = DecodeSupport.expr(p, kw);
                if (e == null) {
                    continue;
                }
                String quoted = Literals.string(e);
                if (quoted != null) {
                    diags.add(quotedKeyword(e));
                }
                String value = quoted != null ? quoted : Literals.keyword(e);
                if (kw.equals("when") && "destroy".equals(value)) {
                    destroy = true;
                }
            }
            if (destroy) {
                anyDestroy = true;
                checkDestroyReferences(p.body(), Set.of("when", "on_failure"), diags);
            }
        }
        if (anyDestroy) {
            for (Block c : resource.blocks("connection")) {
                checkDestroyReferences(c.body(), Set.of(), diags);
            }
        }
    }

    private static void checkDestroyReferences(Body body, Set<String> skip, List<Diagnostic> diags) {
        for (Attribute a : body.attributes()) {
            if (skip.contains(a.name())) {
                continue;
            }
            for (Expression.ScopeTraversal t : ReferenceWalker.traversals(a.expression())) {
                if (!DESTROY_ALLOWED_ROOTS.contains(t.rootName())) {
                    diags.add(Diagnostic.error("Invalid reference from destroy provisioner", "Destroy-time"
                        + " provisioners and their connection configurations may only reference attributes of the"
                        + " related resource, via 'self', 'count.index', or 'each.key'.\n\nReferences to other"
                        + " resources during the destroy phase can cause dependency cycles and interact poorly with"
                        + " create_before_destroy.", t.range()));
                }
            }
        }
        for (Block nested : body.blocks()) {
            checkDestroyReferences(nested.body(), Set.of(), diags);
        }
    }
}
