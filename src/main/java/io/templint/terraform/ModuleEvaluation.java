package io.templint.terraform;

import io.templint.eval.ConversionException;
import io.templint.eval.EvalResult;
import io.templint.eval.Evaluator;
import io.templint.eval.Marks;
import io.templint.eval.Scope;
import io.templint.eval.Type;
import io.templint.eval.Value;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Hcl;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;
import io.templint.hcl.Traverser;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Static evaluation in one module: the scope that gives {@code var.*}, {@code local.*},
 * {@code module.*}, resources and data sources, {@code count.*}, {@code each.*}, {@code path.*}
 * and {@code terraform.workspace} their values.
 *
 * <ul>
 * <li>{@code var.x}: in the root, the value given in {@link LoadOptions#variables()}, else in a
 *     variable definitions file ({@link ModuleTree#variableValues()}), else the default;
 *     in a child module, the calling module block's argument evaluated in the caller, or the
 *     default; converted to the declared type, marked sensitive when declared so.
 * <li>{@code local.x}: computed on first use, cycles reported as diagnostics.
 * <li>{@code module.m.out}: the child's output; unknown, saying why, when the child is not in the
 *     template.
 * <li>resource and data attributes: Coder's import-time values
 *     ({@code data.coder_workspace.*.start_count} = 1, {@code transition} = "start",
 *     {@code data.coder_task.*.enabled} = false, {@code data.coder_parameter.*.value} = its
 *     default); otherwise the configured argument of that name when there is one and it is not
 *     null (an unset argument may be computed by the provider), and the resource has instances;
 *     otherwise unknown with a reason. Secrets such as {@code coder_agent.*.token} are marked sensitive.
 * <li>instances: {@code count} and {@code for_each} evaluated once per block and expanded as
 *     Terraform does ({@link InstanceExpansion}); what Terraform rejects, and a count over
 *     {@link LoadOptions#maxInstances()}, is a {@link TemplateEvaluation#problems() problem}.
 * <li>{@code path.module} is the module's folder ({@code "."} for the root), {@code path.root}
 *     and {@code path.cwd} are {@code "."}, {@code terraform.workspace} is {@code "default"}.
 * </ul>
 *
 * <p>Every value carries {@link Marks} naming the variables, locals, outputs and resources it
 * derives from (full addresses). Obtain instances from {@link TemplateEvaluation}; not thread-safe.
 */
public final class ModuleEvaluation {

    private final TemplateEvaluation template;
    private final Module module;
    private final Map<String, Value> cache = new HashMap<>();
    private final Map<String, InstanceCount> counts = new HashMap<>();

    ModuleEvaluation(TemplateEvaluation template, Module module) {
        this.template = template;
        this.module = module;
    }

    /** The module evaluated. */
    public Module module() {
        return module;
    }

    /** Evaluates an expression of this module outside any resource instance. */
    public EvalResult evaluate(Expression expression) {
        return evaluate(expression, Instance.NONE);
    }

    /** Evaluates an expression of this module for one instance of a counted or for_each block. */
    public EvalResult evaluate(Expression expression, Instance instance) {
        List<Diagnostic> diags = new ArrayList<>();
        Value v = evaluator(instance).evaluate(expression, diags);
        return new EvalResult(v, diags);
    }

    private Evaluator evaluator(Instance instance) {
        return new Evaluator(new ModuleScope(instance), template.files(), template.limits(), template.functions())
            .withBudget(template.budget());
    }

    /** Evaluates an expression for a cached named value, its problems going to the template's diagnostics. */
    private Value evaluateInto(Expression e, Instance instance) {
        return evaluator(instance).evaluate(e, template.sink());
    }

    private Value memo(String localAddress, Range where, Supplier<Value> compute) {
        Value v = cache.get(localAddress);
        if (v != null) {
            return v;
        }
        String address = module.path().qualify(localAddress);
        if (!template.enter(address, where)) {
            return Value.unknown("the value of " + address + " depends on itself");
        }
        try {
            v = compute.get();
        } finally {
            template.exit(address);
        }
        cache.put(localAddress, v);
        return v;
    }

    /** This module's part of {@link TemplateEvaluation#evaluateAll()}. */
    void evaluateAll() {
        module.variables().keySet().forEach(this::variable);
        module.locals().keySet().forEach(this::local);
        module.outputs().keySet().forEach(this::output);
        module.moduleCalls().values().forEach(this::instanceCount);
        for (Resource r : module.resources().values()) {
            InstanceCount instances = instanceCount(r);
            if (instances.isKnown() && instances.count() == 0) {
                continue; // Terraform never evaluates the arguments of a resource without instances
            }
            for (Attribute a : r.body().attributes()) {
                attributeValue(r, a.name());
            }
            for (Block b : r.body().blocks()) {
                if (!b.type().equals("lifecycle")) {
                    evaluateNested(b);
                }
            }
        }
    }

    /** Evaluates the arguments of a block nested in a resource, at any depth, for their problems. */
    private void evaluateNested(Block block) {
        Deque<Block> blocks = new ArrayDeque<>(List.of(block));
        while (!blocks.isEmpty()) {
            Block b = blocks.pop();
            for (Attribute a : b.body().attributes()) {
                evaluateInto(a.expression(), Instance.NONE);
            }
            b.body().blocks().forEach(blocks::push);
        }
    }

    // ------------------------------------------------------------------ named values

    /** The value of {@code var.name}, or null when the module declares no such variable. */
    public Value variable(String name) {
        Variable v = module.variables().get(name);
        if (v == null) {
            return null;
        }
        Value cached = cache.get("var." + name);
        if (cached != null) {
            return cached;
        }
        // a cycle through a module argument is reported at the argument, where it can be broken
        Value value = memo("var." + name, valueRange(v), () -> computeVariable(v));
        if (cache.containsKey("var." + name)) {
            checkValidations(v, value);
        }
        return value;
    }

    /**
     * Runs a variable's {@code validation} blocks against its value, as Terraform does when it
     * plans: a condition that is known to be false is an error on where the value comes from.
     */
    private void checkValidations(Variable v, Value value) {
        if (!value.isWhollyKnown()) {
            return;
        }
        for (Variable.Validation rule : v.validations()) {
            if (rule.condition() == null) {
                continue;
            }
            Value ok = evaluateInto(rule.condition(), Instance.NONE);
            if (!ok.isKnown() || !(ok.content() instanceof Boolean b) || b) {
                continue;
            }
            Value message = rule.errorMessage() == null ? null : evaluateInto(rule.errorMessage(), Instance.NONE);
            String text = message != null && message.isKnown() && message.content() instanceof String m
                && !message.isSensitive() ? m : "(the error message is not known statically)";
            template.sink().add(Diagnostic.error("Invalid value for variable", text + "\n\nThis was checked by the"
                + " validation rule at " + Messages.range(rule.condition().range()) + ".", valueRange(v)));
        }
    }

    /** Where a variable's value is written: the caller's argument, else the default, else the declaration. */
    private Range valueRange(Variable v) {
        if (!module.path().isRoot()) {
            ModuleCall call = template.tree().callOf(module.path());
            Attribute arg = call == null ? null : call.arguments().get(v.name());
            if (arg != null) {
                return arg.expression().range();
            }
        } else if (template.tree().variableValues().containsKey(v.name())) {
            return template.tree().variableValues().get(v.name()).expression().range();
        }
        return v.defaultValue() != null ? v.defaultValue().range() : v.declRange();
    }

    private Value computeVariable(Variable v) {
        String address = v.address();
        Value raw = callerValue(v);
        if (raw == null || raw.isNull() && !v.nullable()) {
            raw = v.defaultValue() != null ? evaluateInto(v.defaultValue(), Instance.NONE) : raw;
        }
        if (raw == null) {
            raw = Value.unknown("no value is given for " + address + " and it has no default");
        }
        Type type = v.constraint().type();
        Value value = raw;
        if (!raw.isNull()) {
            try {
                value = v.constraint().apply(raw);
            } catch (ConversionException e) {
                template.sink().add(Diagnostic.error("Invalid value for input variable", "The value given for "
                    + address + " is not compatible with its type constraint: " + e.getMessage() + ".",
                    v.declRange()));
                value = Value.unknown(type, "the value given for " + address + " has the wrong type");
            }
        }
        Marks marks = v.sensitive() ? Marks.sensitive(address) : Marks.origin(address);
        return value.mark(marks);
    }

    /** The value the caller gives a variable: a module argument, or a root {@code -var} value; null when none. */
    private Value callerValue(Variable v) {
        if (module.path().isRoot()) {
            String given = template.tree().options().variables().get(v.name());
            if (given != null) {
                return rootValue(v, given);
            }
            Attribute defined = template.tree().variableValues().get(v.name());
            return defined == null ? null : new Evaluator(Scope.EMPTY, template.files(), template.limits(),
                template.functions()).withBudget(template.budget()).evaluate(defined.expression(), template.sink());
        }
        ModuleCall call = template.tree().callOf(module.path());
        Attribute arg = call == null ? null : call.arguments().get(v.name());
        if (arg == null) {
            return null;
        }
        ModuleEvaluation caller = template.module(module.path().parent());
        return caller.evaluateInto(arg.expression(), Instance.NONE);
    }

    /** A {@code -var} value: the raw string for primitive types, HCL syntax otherwise (as Terraform does). */
    private Value rootValue(Variable v, String given) {
        if (v.constraint().type().isPrimitive() || v.constraint().type() == Type.DYNAMIC) {
            return Value.string(given);
        }
        SourceFile src = SourceFile.of("<value for var." + v.name() + ">", given);
        var parsed = Hcl.parseExpression(src, template.tree().options().parseOptions());
        template.sink().addAll(parsed.diagnostics());
        if (parsed.hasErrors()) {
            return Value.unknown("the value given for var." + v.name() + " is not valid HCL");
        }
        return new Evaluator(Scope.EMPTY, template.files(), template.limits(), template.functions())
            .withBudget(template.budget()).evaluate(parsed.expression(), template.sink());
    }

    /** The value of {@code local.name}, or null when the module declares no such local value. */
    public Value local(String name) {
        LocalValue l = module.locals().get(name);
        if (l == null) {
            return null;
        }
        return memo("local." + name, l.declRange(),
            () -> evaluateInto(l.expression(), Instance.NONE).mark(Marks.origin(l.address())));
    }

    /** The value of output {@code name} of this module, or null when it declares no such output. */
    public Value output(String name) {
        Output o = module.outputs().get(name);
        if (o == null) {
            return null;
        }
        return memo("output." + name, o.declRange(), () -> {
            if (o.value() == null) {
                return Value.unknown("output " + o.address() + " has no value");
            }
            Value v = evaluateInto(o.value(), Instance.NONE);
            return v.mark(o.sensitive() ? Marks.sensitive(o.address()) : Marks.origin(o.address()));
        });
    }

    /** Every output of this module as an object, the way a caller sees {@code module.m}. */
    public Value outputs() {
        Map<String, Value> out = new LinkedHashMap<>();
        for (String name : module.outputs().keySet()) {
            out.put(name, output(name));
        }
        return Value.object(out);
    }

    /**
     * The statically known value of attribute {@code name} of a resource or data source of this
     * module (see the class comment for what is known).
     */
    public Value attributeValue(Resource r, String name) {
        return attributeValue(r, name, Instance.NONE, "");
    }

    /**
     * Like {@link #attributeValue(Resource, String)} for one instance of a counted or for_each
     * resource; {@code key} is the instance key as written ({@code [0]}, {@code ["a"]}) for caching.
     */
    private Value attributeValue(Resource r, String name, Instance instance, String key) {
        Value coder = name.equals("default") ? null : CoderImportValues.value(r, name, this);
        Marks origin = Marks.origin(r.address());
        if (coder != null) {
            return coder.mark(origin);
        }
        Attribute a = r.attribute(name);
        if (a != null && !ModuleCallDecoder.META.contains(name) && !name.equals("provider")) {
            if (r.isMultiInstance() && Integer.valueOf(0).equals(instanceCount(r).count())) {
                // Terraform never evaluates the arguments of a resource without instances
                return Value.unknown(r.address() + " has no instances").mark(origin);
            }
            return memo(r.localAddress() + key + "." + name, a.range(), () -> {
                Value v = evaluateInto(a.expression(), instance);
                // an argument left null is unset: the provider may compute the attribute
                return (v.isNull() ? Value.unknown(r.address() + "." + name + " is null in the configuration,"
                    + " so the provider may compute it") : v).mark(origin);
            });
        }
        String when = r.isData() ? "when Terraform reads the data source" : "after apply";
        return Value.unknown(r.address() + "." + name + " is known only " + when).mark(origin);
    }

    // ------------------------------------------------------------------ instances

    /** How many instances a resource of this module has, from its {@code count} or {@code for_each}. */
    public InstanceCount instanceCount(Resource r) {
        return instanceCount(r.count(), r.forEach(), r.address());
    }

    /** How many instances a module call of this module has. */
    public InstanceCount instanceCount(ModuleCall c) {
        return instanceCount(c.count(), c.forEach(), c.address());
    }

    /** Computed once per block: its problems are reported once. */
    private InstanceCount instanceCount(Expression count, Expression forEach, String address) {
        if (count == null && forEach == null) {
            return InstanceCount.SINGLE;
        }
        InstanceCount known = counts.get(address);
        if (known != null) {
            return known;
        }
        String key = address + " (instances)";
        Expression e = count != null ? count : forEach;
        if (!template.enter(key, e.range())) {
            return InstanceCount.unknown("the instances of " + address + " depend on themselves");
        }
        InstanceCount c;
        try {
            c = new InstanceExpansion(address, template.tree().options().maxInstances(), template::problem)
                .expand(count != null ? evaluateInto(count, Instance.NONE) : null, count,
                    forEach != null ? evaluateInto(forEach, Instance.NONE) : null, forEach);
        } finally {
            template.exit(key);
        }
        counts.put(address, c);
        return c;
    }

    // ------------------------------------------------------------------ the scope

    /** Resolves references for one instance context. */
    private final class ModuleScope implements Scope {
        private final Instance instance;

        ModuleScope(Instance instance) {
            this.instance = instance;
        }

        @Override
        public Resolution resolve(String root, List<Traverser> rest, Range where) {
            return switch (root) {
                case "var" -> named(rest, where, "var", ModuleEvaluation.this::variable,
                    n -> undeclared("Reference to undeclared input variable", "An input variable with the name "
                        + Messages.quote(n) + " has not been declared. This variable can be declared with a"
                        + " variable " + Messages.quote(n) + " {} block.", where, rest));
                case "local" -> named(rest, where, "local", ModuleEvaluation.this::local,
                    n -> undeclared("Reference to undeclared local value", "A local value with the name "
                        + Messages.quote(n) + " has not been declared.", where, rest));
                case "module" -> moduleReference(rest, where);
                case "count" -> instanceValue(rest, "index", instance.countIndex(), "count.index", where);
                case "each" -> eachValue(rest, where);
                case "path" -> pathValue(rest, where);
                case "terraform" -> attrIs(rest, "workspace")
                    ? Resolution.of(Value.string("default"), 1) : invalidAttribute("terraform", rest, where);
                case "self" -> Resolution.of(Value.unknown("self is known only when the resource is created"),
                    rest.size());
                case "data" -> resourceReference(Resource.Mode.DATA, stepName(rest, 0), rest, 1, where);
                case "ephemeral" -> resourceReference(Resource.Mode.EPHEMERAL, stepName(rest, 0), rest, 1, where);
                default -> resourceReference(Resource.Mode.MANAGED, root, rest, 0, where);
            };
        }

        private Resolution named(List<Traverser> rest, Range where, String root,
                                 java.util.function.Function<String, Value> lookup,
                                 java.util.function.Function<String, Resolution> missing) {
            String name = stepName(rest, 0);
            if (name == null) {
                return Resolution.invalid(Diagnostic.error("Invalid reference", "The " + Messages.quote(root)
                    + " object cannot be accessed directly. Instead, access one of its attributes.", where),
                    rest.size());
            }
            Value v = lookup.apply(name);
            return v == null ? missing.apply(name) : Resolution.of(v, 1);
        }

        private Resolution undeclared(String summary, String detail, Range where, List<Traverser> rest) {
            return Resolution.invalid(Diagnostic.error(summary, detail, where), rest.size());
        }

        private Resolution instanceValue(List<Traverser> rest, String attr, Value v, String name, Range where) {
            if (!attrIs(rest, attr)) {
                return invalidAttribute(name.substring(0, name.indexOf('.')), rest, where);
            }
            return Resolution.of(v != null ? v : Value.unknown(name + " differs between instances"), 1);
        }

        private Resolution eachValue(List<Traverser> rest, Range where) {
            if (attrIs(rest, "key")) {
                return instanceValue(rest, "key", instance.eachKey(), "each.key", where);
            }
            return instanceValue(rest, "value", instance.eachValue(), "each.value", where);
        }

        private Resolution pathValue(List<Traverser> rest, Range where) {
            String n = stepName(rest, 0);
            if ("module".equals(n)) {
                return Resolution.of(Value.string(module.dir().isEmpty() ? "." : module.dir()), 1);
            }
            if ("root".equals(n) || "cwd".equals(n)) {
                return Resolution.of(Value.string("."), 1);
            }
            return invalidAttribute("path", rest, where);
        }

        private Resolution invalidAttribute(String root, List<Traverser> rest, Range where) {
            String n = stepName(rest, 0);
            return Resolution.invalid(Diagnostic.error("Invalid " + Messages.quote(root) + " attribute",
                n == null ? "The " + Messages.quote(root) + " object cannot be accessed directly."
                    : "The " + Messages.quote(root) + " object does not have an attribute named "
                    + Messages.quote(n) + ".", where), rest.size());
        }

        private Resolution moduleReference(List<Traverser> rest, Range where) {
            String name = stepName(rest, 0);
            ModuleCall call = name == null ? null : module.moduleCalls().get(name);
            if (call == null) {
                return Resolution.invalid(Diagnostic.error("Reference to undeclared module", "No module call named "
                    + Messages.quote(String.valueOf(name)) + " is declared in "
                    + (module.path().isRoot() ? "the root module" : module.path().toString()) + ".", where),
                    rest.size());
            }
            int i = 1;
            boolean indexed = false;
            if (rest.size() > i && rest.get(i) instanceof Traverser.Index) {
                i++;
                indexed = true;
            }
            Marks origin = Marks.origin(call.childPath().toString());
            ModuleEvaluation child = template.module(call.childPath());
            if (child == null) {
                UnresolvedModuleCall u = template.tree().unresolved(call.childPath());
                String why = u != null ? u.reason() : "it is not loaded";
                return Resolution.of(Value.unknown(call.childPath() + " is not in the template: " + why)
                    .mark(origin), rest.size());
            }
            String out = rest.size() > i && rest.get(i) instanceof Traverser.Attr a ? a.name() : null;
            if (out != null) {
                Value v = child.output(out);
                if (v == null) {
                    return Resolution.invalid(Diagnostic.error("Unsupported attribute", "This object does not have an"
                        + " attribute named " + Messages.quote(out) + ": " + call.childPath()
                        + " declares no such output.", where), rest.size());
                }
                return Resolution.of(v, i + 1);
            }
            if ((call.count() != null || call.forEach() != null) && !indexed) {
                return Resolution.of(Value.unknown("the instances of " + call.childPath() + " are not known"
                    + " statically").mark(origin), i);
            }
            return Resolution.of(child.outputs(), i);
        }

        private Resolution resourceReference(Resource.Mode mode, String type, List<Traverser> rest, int start,
                                             Range where) {
            String name = stepName(rest, start);
            Resource r = type == null || name == null ? null
                : module.resources().get(mode.addressPrefix() + type + "." + name);
            if (r == null) {
                String what = mode == Resource.Mode.DATA ? "data resource" : mode == Resource.Mode.EPHEMERAL
                    ? "ephemeral resource" : "managed resource";
                return Resolution.invalid(Diagnostic.error("Reference to undeclared resource", "A " + what + " "
                    + Messages.quote(String.valueOf(type)) + " " + Messages.quote(String.valueOf(name))
                    + " has not been declared in " + (module.path().isRoot() ? "the root module"
                    : module.path().toString()) + ".", where), rest.size());
            }
            int i = start + 1;
            Instance inst = Instance.NONE;
            String key = "";
            if (r.isMultiInstance() && rest.size() > i && rest.get(i) instanceof Traverser.Index x) {
                inst = instanceFor(r, x.key());
                key = "[" + x.key() + "]";
                i++;
            }
            if (rest.size() > i && rest.get(i) instanceof Traverser.Attr a) {
                return Resolution.of(attributeValue(r, a.name(), inst, key), i + 1);
            }
            return Resolution.of(Value.unknown(r.address() + " as a whole is known only after apply")
                .mark(Marks.origin(r.address())), i);
        }
    }

    /** The instance of {@code r} an index key selects; {@link Instance#NONE} when it cannot be told. */
    private Instance instanceFor(Resource r, Object key) {
        if (r.count() != null && key instanceof BigDecimal n) {
            return n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0 ? Instance.count(n.intValue())
                : Instance.NONE;
        }
        if (r.forEach() != null && key instanceof String k) {
            for (Instance i : instanceCount(r).instances()) {
                if (i.eachKey() != null && i.eachKey().isKnown() && k.equals(i.eachKey().asString())) {
                    return i;
                }
            }
        }
        return Instance.NONE;
    }

    /** The name step {@code i} of {@code rest} selects (an attribute or a string key), or null. */
    private static String stepName(List<Traverser> rest, int i) {
        return rest.size() > i ? rest.get(i).selectedName() : null;
    }

    private static boolean attrIs(List<Traverser> rest, String name) {
        return !rest.isEmpty() && rest.get(0) instanceof Traverser.Attr a && a.name().equals(name);
    }
}
