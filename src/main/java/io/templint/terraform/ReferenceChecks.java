package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Expressions;
import io.templint.hcl.Traverser;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Terraform's checks of the fixed objects' attributes in references: {@code count.index},
 * {@code each.key}/{@code each.value}, {@code path.module}/{@code root}/{@code cwd},
 * {@code terraform.workspace}. A misspelt one ({@code each.val}) is an error wherever it is written.
 */
final class ReferenceChecks {

    private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
        "count", Set.of("index"),
        "each", Set.of("key", "value"),
        "path", Set.of("module", "root", "cwd"),
        "terraform", Set.of("workspace"));

    private ReferenceChecks() { }

    /** Checks every expression of a body and its nested blocks. */
    static void check(Body root, List<Diagnostic> diags) {
        Deque<Body> bodies = new ArrayDeque<>();
        bodies.push(root);
        while (!bodies.isEmpty()) {
            Body body = bodies.pop();
            for (Attribute a : body.attributes()) {
                check(a.expression(), diags);
            }
            for (Block b : body.blocks()) {
                bodies.push(b.body());
            }
        }
    }

    /** Checks the references of one expression. */
    static void check(Expression e, List<Diagnostic> diags) {
        Set<String> forVariables = new java.util.HashSet<>();
        Expressions.walk(e, x -> {
            if (x instanceof Expression.For f) {
                forVariables.add(f.valueVar());
                if (f.keyVar() != null) {
                    forVariables.add(f.keyVar());
                }
            }
        });
        for (Expression.ScopeTraversal t : Expressions.traversals(e)) {
            Set<String> allowed = ATTRIBUTES.get(t.rootName());
            if (allowed == null || forVariables.contains(t.rootName())) {
                continue; // not a fixed object, or a for expression's own variable of that name
            }
            List<Traverser> steps = t.traversal();
            String attr = steps.size() > 1 && steps.get(1) instanceof Traverser.Attr a ? a.name() : null;
            if (attr == null || !allowed.contains(attr)) {
                diags.add(Diagnostic.error("Invalid " + Messages.quote(t.rootName()) + " attribute", "The "
                    + Messages.quote(t.rootName()) + " object does not have an attribute named "
                    + Messages.quote(String.valueOf(attr)) + ". The supported attributes are "
                    + String.join(", ", allowed.stream().sorted().map(x -> t.rootName() + "." + x).toList()) + ".",
                    t.range()));
            }
        }
    }
}
