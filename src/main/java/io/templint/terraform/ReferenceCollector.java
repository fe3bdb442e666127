package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.Expression;
import io.templint.hcl.Expressions;
import io.templint.hcl.Traverser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the references in one declaration, remembering where each one is written (the attribute
 * path) and leaving out names bound by {@code for} expressions and {@code dynamic} block iterators.
 * Walks without recursion over expressions, so deep trees are safe.
 */
final class ReferenceCollector {

    /** Roots that name no declaration. */
    private static final Set<String> NOT_DECLARATIONS = Set.of("count", "each", "path", "terraform", "self");

    private final Declaration from;
    private final List<Reference> out;

    private ReferenceCollector(Declaration from, List<Reference> out) {
        this.from = from;
        this.out = out;
    }

    /** The references of a declaration, in source order. */
    static List<Reference> collect(Declaration d) {
        List<Reference> out = new ArrayList<>();
        ReferenceCollector c = new ReferenceCollector(d, out);
        if (d instanceof LocalValue l) {
            c.expression(l.expression(), "", Set.of());
        } else if (d instanceof Variable v) {
            c.body(v.block().body(), "", Set.of());
        } else if (d instanceof Output o) {
            c.body(o.block().body(), "", Set.of());
        } else if (d instanceof Resource r) {
            c.body(r.block().body(), "", Set.of());
        } else if (d instanceof ModuleCall m) {
            c.body(m.block().body(), "", Set.of());
        } else if (d instanceof ProviderConfig p) {
            c.body(p.block().body(), "", Set.of());
        }
        return out;
    }

    private void body(Body body, String prefix, Set<String> bound) {
        for (Attribute a : body.attributes()) {
            String path = join(prefix, a.name());
            if (path.equals("lifecycle.ignore_changes")) {
                continue; // attribute names of the resource itself, not references
            }
            if (prefix.isEmpty() && (a.name().equals("provider") || a.name().equals("providers"))) {
                providers(a.expression(), path);
                continue;
            }
            expression(a.expression(), path, bound);
        }
        for (Block b : body.blocks()) {
            if (b.type().equals("dynamic") && b.labels().size() == 1) {
                String type = b.label(0);
                Set<String> inner = new HashSet<>(bound);
                Attribute iterator = b.body().attribute("iterator");
                String it = iterator != null ? Literals.keyword(iterator.expression()) : null;
                inner.add(it != null ? it : type);
                for (Attribute a : b.body().attributes()) {
                    if (!a.name().equals("iterator")) { // a name, not a reference
                        expression(a.expression(), join(join(prefix, type), a.name()),
                            a.name().equals("labels") ? inner : bound);
                    }
                }
                for (Block content : b.body().blocks("content")) {
                    body(content.body(), join(prefix, type), inner);
                }
            } else {
                body(b.body(), join(prefix, b.type()), bound);
            }
        }
    }

    /** {@code provider = aws.west} and {@code providers = { aws = aws.west }}: references to provider configurations. */
    private void providers(Expression e, String path) {
        for (Expression.ScopeTraversal t : ReferenceWalker.traversals(e)) {
            String alias = name(t.traversal(), 1);
            String target = "provider." + t.rootName() + (alias == null ? "" : "." + alias);
            out.add(new Reference(from, path, from.module().qualify(target), null, t));
        }
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    private void expression(Expression root, String path, Set<String> bound) {
        // three stacks in step: a pending piece of the expression, where its value ends up, and
        // which names are bound there
        ArrayDeque<Expression> nodes = new ArrayDeque<>();
        ArrayDeque<String> paths = new ArrayDeque<>();
        ArrayDeque<Set<String>> names = new ArrayDeque<>();
        nodes.push(root);
        paths.push(path);
        names.push(bound);
        while (!nodes.isEmpty()) {
            Expression e = nodes.pop();
            String at = paths.pop();
            Set<String> outer = names.pop();
            if (e instanceof Expression.ScopeTraversal t) {
                if (!outer.contains(t.rootName())) {
                    add(t, at);
                }
                continue;
            }
            if (e instanceof Expression.ObjectCons o) {
                List<Expression.ObjectItem> items = o.items();
                for (int i = items.size() - 1; i >= 0; i--) {   // pushed last first: popped in source order
                    Expression.ObjectItem it = items.get(i);
                    String key = Literals.objectKey(it.key());
                    nodes.push(it.value());
                    paths.push(key == null ? at : join(at, key));
                    names.push(outer);
                    if (!ReferenceWalker.isLiteralKey(it.key())) {
                        nodes.push(it.key());
                        paths.push(at);
                        names.push(outer);
                    }
                }
            } else if (e instanceof Expression.For x) {
                Set<String> inner = ReferenceWalker.boundInside(x, outer);
                for (Expression part : new Expression[] {x.condition(), x.valueExpr(), x.keyExpr()}) {
                    if (part != null) {
                        nodes.push(part);
                        paths.push(at);
                        names.push(inner);
                    }
                }
                nodes.push(x.collection());
                paths.push(at);
                names.push(outer);
            } else {
                for (int i = Expressions.pushChildren(e, nodes); i > 0; i--) {
                    paths.push(at);
                    names.push(outer);
                }
            }
        }
    }

    private void add(Expression.ScopeTraversal t, String path) {
        String root = t.rootName();
        if (NOT_DECLARATIONS.contains(root)) {
            return;
        }
        List<Traverser> steps = t.traversal();
        ModulePath module = from.module();
        String target;
        int next;
        switch (root) {
            case "var", "local" -> {
                String name = name(steps, 1);
                if (name == null) {
                    return;
                }
                target = module.qualify(root + "." + name);
                next = 2;
            }
            case "module" -> {
                String call = name(steps, 1);
                if (call == null) {
                    return;
                }
                next = skipIndex(steps, 2);
                String output = steps.size() > next && steps.get(next) instanceof Traverser.Attr a ? a.name() : null;
                if (output != null) {
                    out.add(new Reference(from, path, module.child(call).qualify("output." + output),
                        attributeAt(steps, next + 1), t));
                } else {
                    out.add(new Reference(from, path, module.qualify("module." + call), null, t));
                }
                return;
            }
            case "data", "ephemeral" -> {
                String type = name(steps, 1);
                String name = name(steps, 2);
                if (type == null || name == null) {
                    return;
                }
                target = module.qualify(root + "." + type + "." + name);
                next = skipIndex(steps, 3);
            }
            default -> {
                String name = name(steps, 1);
                if (name == null) {
                    return;
                }
                target = module.qualify(root + "." + name);
                next = skipIndex(steps, 2);
            }
        }
        out.add(new Reference(from, path, target, attributeAt(steps, next), t));
    }

    private static String name(List<Traverser> steps, int i) {
        if (steps.size() <= i) {
            return null;
        }
        Traverser s = steps.get(i);
        if (s instanceof Traverser.Attr a) {
            return a.name();
        }
        return s instanceof Traverser.Index x && x.key() instanceof String k ? k : null;
    }

    private static int skipIndex(List<Traverser> steps, int i) {
        return steps.size() > i && steps.get(i) instanceof Traverser.Index ? i + 1 : i;
    }

    private static String attributeAt(List<Traverser> steps, int i) {
        return steps.size() > i && steps.get(i) instanceof Traverser.Attr a ? a.name() : null;
    }
}
