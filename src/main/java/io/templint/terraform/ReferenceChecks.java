package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import io.templint.internal.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Terraform's checks of the references in the expressions it evaluates (when it validates or plans):
 * <ul>
 * <li>the fixed objects' attributes: {@code count.index}, {@code each.key}/{@code each.value},
 *     {@code path.module}/{@code root}/{@code cwd}, {@code terraform.workspace}/{@code applying}
 *     ({@code each.val} is an error);
 * <li>references to declarations the module does not have: {@code var.nope}, {@code local.nope},
 *     {@code module.nope}, a resource or data source not declared, with Terraform's summaries,
 *     details (did-you-mean suggestions included) and ranges.
 * </ul>
 * Only expressions Terraform evaluates are checked: resource, data source and provider bodies,
 * {@code count}, {@code for_each}, {@code depends_on} of resources, conditions, provisioners,
 * module call arguments, output values, local values, variable validations and {@code check}
 * blocks; not the {@code terraform}, {@code moved}, {@code import} or {@code removed} blocks nor
 * {@code lifecycle}'s {@code ignore_changes} and {@code replace_triggered_by}, which hold addresses.
 * References are found as Terraform finds them ({@link ReferenceWalker}): literal object keys are
 * no references, names bound by {@code for} expressions and {@code dynamic} block iterators neither.
 */
final class ReferenceChecks {

    /** Roots whose references Terraform checks by their attribute ({@code count.index}, ...). */
    private static final Set<String> FIXED_OBJECTS = Set.of("count", "each", "path", "terraform");

    /** Roots that name no resource type ({@code self}, reserved words, other kinds of objects). */
    private static final Set<String> NOT_RESOURCE_TYPES = Set.of("count", "each", "path", "terraform", "self",
        "var", "local", "module", "data", "ephemeral", "resource", "list", "action", "caller", "template", "lazy",
        "arg", "output", "check", "run", "plan", "state");

    /** What a module declares, by the names references use. */
    record Declared(ModulePath path, Set<String> variables, Set<String> locals, Set<String> moduleCalls,
                    Set<String> resources) { }

    private final Declared declared;
    private final boolean undeclared;
    private final List<Diagnostic> diags;

    /** The expressions of one evaluation: Terraform checks their references together. */
    private static final class Unit {
        final List<Expression> expressions = new ArrayList<>();
        final List<Set<String>> bound = new ArrayList<>();

        Unit add(Expression e, Set<String> names) {
            if (e != null) {
                expressions.add(e);
                bound.add(names);
            }
            return this;
        }
    }

    private ReferenceChecks(Declared declared, boolean undeclared, List<Diagnostic> diags) {
        this.declared = declared;
        this.undeclared = undeclared;
        this.diags = diags;
    }

    /**
     * Checks the references of a module's blocks and local values.
     *
     * @param undeclared whether to report references to undeclared objects: only when the module
     *                   loaded without errors (otherwise declarations may be missing, and Terraform
     *                   stops at the loading errors anyway)
     */
    static void check(Declared declared, List<Block> blocks, List<Attribute> locals, boolean undeclared,
                      List<Diagnostic> diags) {
        ReferenceChecks c = new ReferenceChecks(declared, undeclared, diags);
        for (Block b : blocks) {
            c.block(b);
        }
        for (Attribute a : locals) {
            c.unit(new Unit().add(a.expression(), Set.of()));
        }
    }

    /** The data sources declared inside {@code check} blocks, as {@code data.type.name}. */
    static Set<String> scopedDataSources(List<Block> blocks) {
        Set<String> out = new HashSet<>();
        for (Block b : blocks) {
            if (b.type().equals("check")) {
                for (Block d : b.body().blocks("data")) {
                    if (d.labels().size() == 2) {
                        out.add("data." + d.label(0) + "." + d.label(1));
                    }
                }
            }
        }
        return out;
    }

    private void block(Block b) {
        switch (b.type()) {
            case "resource", "data", "ephemeral" -> resource(b.body());
            case "module" -> {
                for (Attribute a : b.body().attributes()) {
                    if (!Set.of("source", "version", "providers", "depends_on").contains(a.name())) {
                        unit(new Unit().add(a.expression(), Set.of()));
                    }
                }
            }
            case "output" -> {
                unit(new Unit().add(DecodeSupport.expr(b, "value"), Set.of()));
                conditions(b.body().blocks("precondition"));
            }
            case "variable" -> {
                Unit u = new Unit();
                for (Block v : b.body().blocks("validation")) {
                    u.add(DecodeSupport.expr(v, "condition"), Set.of()).add(DecodeSupport.expr(v, "error_message"),
                        Set.of());
                }
                unit(u);
            }
            case "provider" -> {
                Unit u = new Unit();
                body(u, b.body(), Set.of("alias", "version"), Set.of());
                unit(u);
            }
            case "check" -> {
                for (Block d : b.body().blocks("data")) {
                    resource(d.body());
                }
                for (Block a : b.body().blocks("assert")) {
                    unit(new Unit().add(DecodeSupport.expr(a, "condition"), Set.of()));
                    unit(new Unit().add(DecodeSupport.expr(a, "error_message"), Set.of()));
                }
            }
            default -> { } // terraform, moved, import, removed, action: addresses and settings, not evaluated here
        }
    }

    /** A resource's or data source's body: its configuration, meta-arguments, conditions and provisioners. */
    private void resource(Body body) {
        for (String meta : List.of("count", "for_each", "depends_on")) {
            Attribute a = body.attribute(meta);
            if (a != null) {
                unit(new Unit().add(a.expression(), Set.of()));
            }
        }
        Unit config = new Unit();
        for (Attribute a : body.attributes()) {
            // provider holds an address; providers is no resource argument (Terraform rejects it
            // against the provider's schema instead of evaluating it)
            if (!Set.of("count", "for_each", "depends_on", "provider", "providers").contains(a.name())) {
                config.add(a.expression(), Set.of());
            }
        }
        List<Block> provisioners = new ArrayList<>();
        List<Block> connections = new ArrayList<>();
        for (Block nested : body.blocks()) {
            switch (nested.type()) {
                case "lifecycle" -> {
                    conditions(nested.body().blocks("precondition"));
                    conditions(nested.body().blocks("postcondition"));
                }
                case "provisioner" -> provisioners.add(nested);
                case "connection" -> connections.add(nested);
                default -> nestedBlock(config, nested, Set.of());
            }
        }
        unit(config);
        for (Block p : provisioners) {
            Unit u = new Unit();
            body(u, p.body(), Set.of("when", "on_failure"), Set.of());
            unit(u);
        }
        if (!provisioners.isEmpty()) {
            for (Block c : connections) {
                Unit u = new Unit();
                body(u, c.body(), Set.of(), Set.of());
                unit(u);
            }
        }
    }

    private void conditions(List<Block> conditions) {
        for (Block c : conditions) {
            unit(new Unit().add(DecodeSupport.expr(c, "condition"), Set.of()));
            unit(new Unit().add(DecodeSupport.expr(c, "error_message"), Set.of()));
        }
    }

    /** Adds a body's attributes (but {@code skip}) and nested blocks to a unit. */
    private static void body(Unit u, Body body, Set<String> skip, Set<String> bound) {
        for (Attribute a : body.attributes()) {
            if (!skip.contains(a.name())) {
                u.add(a.expression(), bound);
            }
        }
        for (Block nested : body.blocks()) {
            nestedBlock(u, nested, bound);
        }
    }

    /** A nested block; a {@code dynamic} block binds its iterator in {@code labels} and {@code content}. */
    private static void nestedBlock(Unit u, Block b, Set<String> bound) {
        if (!b.type().equals("dynamic") || b.labels().size() != 1) {
            body(u, b.body(), Set.of(), bound);
            return;
        }
        Attribute iterator = b.body().attribute("iterator");
        String it = iterator != null ? Literals.keyword(iterator.expression()) : null;
        Set<String> inner = new HashSet<>(bound);
        inner.add(it != null ? it : b.label(0));
        Attribute forEach = b.body().attribute("for_each");
        if (forEach != null) {
            u.add(forEach.expression(), bound);
        }
        Attribute labels = b.body().attribute("labels");
        if (labels != null) {
            u.add(labels.expression(), inner);
        }
        for (Block content : b.body().blocks("content")) {
            body(u, content.body(), Set.of(), inner);
        }
    }

    /** Checks one unit: fixed objects; undeclared resources and modules; then, if none, variables and locals. */
    private void unit(Unit u) {
        List<Expression.ScopeTraversal> refs = new ArrayList<>();
        for (int i = 0; i < u.expressions.size(); i++) {
            Expression e = u.expressions.get(i);
            refs.addAll(ReferenceWalker.traversals(e, jsonIterators(e, u.bound.get(i))));
        }
        for (Expression.ScopeTraversal t : refs) {
            fixedObject(t);
        }
        if (!undeclared) {
            return;
        }
        // Terraform validates resource and module references statically first; when that fails it
        // does not evaluate the expressions, so undeclared variables and locals go unreported.
        int before = diags.size();
        for (Expression.ScopeTraversal t : refs) {
            staticReference(t);
        }
        if (diags.size() > before) {
            return;
        }
        for (Expression.ScopeTraversal t : refs) {
            namedValue(t);
        }
    }

    /**
     * In JSON syntax templint cannot tell a nested block from an object argument without the
     * provider's schema, so a {@code "dynamic"} block nested in another block reads as an object:
     * the names its blocks bind (their labels and {@code "iterator"}s) are taken as bound in the
     * whole expression, so that their iterators are not mistaken for resources.
     */
    private static Set<String> jsonIterators(Expression e, Set<String> bound) {
        if (e.range() == null || !e.range().filename().endsWith(".json")) {
            return bound;
        }
        Set<String> out = new HashSet<>(bound);
        ReferenceWalker.nodes(e, x -> {
            if (x instanceof Expression.ObjectCons o) {
                for (Expression.ObjectItem it : o.items()) {
                    if ("dynamic".equals(Literals.objectKey(it.key()))) {
                        dynamicNames(it.value(), out);
                    }
                }
            }
        });
        return out;
    }

    /** The labels and iterator names of a JSON {@code "dynamic"} object (or array of objects). */
    private static void dynamicNames(Expression value, Set<String> out) {
        List<Expression> objects = value instanceof Expression.TupleCons t ? t.items() : List.of(value);
        for (Expression v : objects) {
            if (!(v instanceof Expression.ObjectCons o)) {
                continue;
            }
            for (Expression.ObjectItem label : o.items()) {
                String name = Literals.objectKey(label.key());
                if (name != null) {
                    out.add(name);
                }
                List<Expression> bodies = label.value() instanceof Expression.TupleCons t ? t.items()
                    : List.of(label.value());
                for (Expression b : bodies) {
                    if (b instanceof Expression.ObjectCons body) {
                        for (Expression.ObjectItem it : body.items()) {
                            String iterator = "iterator".equals(Literals.objectKey(it.key()))
                                ? Literals.string(it.value()) : null;
                            if (iterator != null) {
                                out.add(iterator);
                            }
                        }
                    }
                }
            }
        }
    }

    private void fixedObject(Expression.ScopeTraversal t) {
        String root = t.rootName();
        if (!FIXED_OBJECTS.contains(root)) {
            return;
        }
        List<Traverser> steps = t.traversal();
        if (steps.size() < 2) {
            diags.add(Diagnostic.error("Invalid reference", "The " + Messages.quote(root) + " object cannot be"
                + " accessed directly. Instead, access one of its attributes.", steps.get(0).range()));
            return;
        }
        if (!(steps.get(1) instanceof Traverser.Attr a)) {
            diags.add(Diagnostic.error("Invalid reference", "The " + Messages.quote(root) + " object does not"
                + " support this operation.", steps.get(1).range()));
            return;
        }
        String name = a.name();
        Range where = Range.between(steps.get(0).range(), a.range());
        String summary = "Invalid " + Messages.quote(root) + " attribute";
        String detail = switch (root) {
            case "count" -> name.equals("index") ? null : "The \"count\" object does not have an attribute named "
                + Messages.quote(name) + ". The only supported attribute is count.index, which is the index of each"
                + " instance of a resource block that has the \"count\" argument set.";
            case "each" -> name.equals("key") || name.equals("value") ? null : "The \"each\" object does not have"
                + " an attribute named " + Messages.quote(name) + ". The supported attributes are each.key and"
                + " each.value, the current key and value pair of the \"for_each\" attribute set.";
            case "path" -> Set.of("module", "root", "cwd").contains(name) ? null : "The \"path\" object does not"
                + " have an attribute named " + Messages.quote(name) + "."
                + Suggestions.firstWithin(name, List.of("cwd", "module", "root"), 2)
                    .map(s -> " Did you mean " + Messages.quote(s) + "?").orElse("");
            default -> name.equals("workspace") || name.equals("applying") ? null : name.equals("env")
                ? "The terraform.env attribute was deprecated in v0.10 and removed in v0.12. The \"state"
                    + " environment\" concept was renamed to \"workspace\" in v0.12, and so the workspace name can"
                    + " now be accessed using the terraform.workspace attribute."
                : "The \"terraform\" object does not have an attribute named " + Messages.quote(name) + ". The only"
                    + " supported attributes are terraform.workspace, the name of the currently-selected workspace,"
                    + " and terraform.applying, a boolean which is true only during apply.";
        };
        if (detail != null) {
            diags.add(Diagnostic.error(summary, detail, where));
        }
    }

    /** {@code module.nope...} and undeclared resources, as Terraform's static validation reports them. */
    private void staticReference(Expression.ScopeTraversal t) {
        List<Traverser> steps = t.traversal();
        String root = t.rootName();
        if (root.equals("module")) {
            if (steps.size() < 2 || !(steps.get(1) instanceof Traverser.Attr call)
                    || declared.moduleCalls().contains(call.name())) {
                return;
            }
            Range where = Range.between(steps.get(0).range(), moduleReferenceEnd(steps));
            String suggestion = Suggestions.firstWithin(call.name(), new TreeSet<>(declared.moduleCalls()), 2)
                .map(s -> " Did you mean " + Messages.quote(s) + "?").orElse("");
            diags.add(Diagnostic.error("Reference to undeclared module", "No module call named "
                + Messages.quote(call.name()) + " is declared in " + where() + "." + suggestion, where));
            return;
        }
        Resource.Mode mode;
        int typeAt;
        switch (root) {
            case "data" -> {
                mode = Resource.Mode.DATA;
                typeAt = 1;
            }
            case "ephemeral" -> {
                mode = Resource.Mode.EPHEMERAL;
                typeAt = 1;
            }
            case "resource" -> {
                mode = Resource.Mode.MANAGED;
                typeAt = 1;
            }
            default -> {
                if (NOT_RESOURCE_TYPES.contains(root)) {
                    return;
                }
                mode = Resource.Mode.MANAGED;
                typeAt = 0;
            }
        }
        if (steps.size() < typeAt + 2 || !(steps.get(typeAt + 1) instanceof Traverser.Attr name)) {
            return; // not a reference Terraform can parse: it reports that differently
        }
        String type = steps.get(typeAt).selectedName();
        if (typeAt > 0 && !(steps.get(typeAt) instanceof Traverser.Attr)) {
            return;
        }
        String local = mode.addressPrefix() + type + "." + name.name();
        if (declared.resources().contains(local)) {
            return;
        }
        Range where = Range.between(steps.get(0).range(), name.range());
        if (steps.size() > typeAt + 2 && steps.get(typeAt + 2) instanceof Traverser.Index x
                && (x.key() instanceof BigDecimal || x.key() instanceof String)) {
            where = Range.between(where, x.range());
        }
        String suggestion = "";
        if (mode == Resource.Mode.MANAGED && declared.resources().contains("data." + type + "." + name.name())) {
            suggestion = "\n\nDid you mean the data resource data." + type + "." + name.name() + "?";
        }
        String adjective = switch (mode) {
            case MANAGED -> "A managed";
            case DATA -> "A data";
            case EPHEMERAL -> "An ephemeral";
        };
        diags.add(Diagnostic.error("Reference to undeclared resource", adjective + " resource "
            + Messages.quote(type) + " " + Messages.quote(name.name()) + " has not been declared in " + where() + "."
            + suggestion, where));
    }

    /** The last step of a module reference's address: {@code module.m}, {@code module.m[0]}, {@code module.m[0].out}. */
    private static Range moduleReferenceEnd(List<Traverser> steps) {
        int i = 1;
        if (steps.size() > i + 1 && steps.get(i + 1) instanceof Traverser.Index) {
            i++;
        }
        if (steps.size() > i + 1 && steps.get(i + 1) instanceof Traverser.Attr) {
            i++;
        }
        return steps.get(i).range();
    }

    /** {@code var.nope} and {@code local.nope}, as Terraform reports them when it evaluates. */
    private void namedValue(Expression.ScopeTraversal t) {
        String root = t.rootName();
        boolean variable = root.equals("var");
        if (!variable && !root.equals("local")) {
            return;
        }
        List<Traverser> steps = t.traversal();
        if (steps.size() < 2 || !(steps.get(1) instanceof Traverser.Attr a)) {
            return;
        }
        Set<String> names = variable ? declared.variables() : declared.locals();
        if (names.contains(a.name())) {
            return;
        }
        Range where = Range.between(steps.get(0).range(), a.range());
        // Terraform offers the first name within two edits in its map's (random) order: the nearest
        // such name is always one it may offer, and the most helpful one
        String suggestion = Suggestions.nearestWithin(a.name(), new TreeSet<>(names), 2)
            .map(s -> " Did you mean " + Messages.quote(s) + "?").orElse("");
        if (variable) {
            if (suggestion.isEmpty()) {
                suggestion = " This variable can be declared with a variable " + Messages.quote(a.name()) + " {} block.";
            }
            diags.add(Diagnostic.error("Reference to undeclared input variable", "An input variable with the name "
                + Messages.quote(a.name()) + " has not been declared." + suggestion, where));
        } else {
            diags.add(Diagnostic.error("Reference to undeclared local value", "A local value with the name "
                + Messages.quote(a.name()) + " has not been declared." + suggestion, where));
        }
    }

    /** How Terraform names the module in messages. */
    private String where() {
        return declared.path().isRoot() ? "the root module" : declared.path().toString();
    }

    /** For tests: the declared names of a module. */
    static Declared declared(ModulePath path, Map<String, Variable> variables, Map<String, LocalValue> locals,
                             Map<String, ModuleCall> calls, Map<String, Resource> resources, Set<String> scopedData) {
        Set<String> res = new HashSet<>(resources.keySet());
        res.addAll(scopedData);
        return new Declared(path, Set.copyOf(variables.keySet()), Set.copyOf(locals.keySet()),
            Set.copyOf(calls.keySet()), Set.copyOf(res));
    }
}
