package io.templint.terraform;

import io.templint.eval.Convert;
import io.templint.eval.Evaluator;
import io.templint.eval.Scope;
import io.templint.eval.Value;
import io.templint.hcl.Attribute;
import io.templint.hcl.Expression;
import io.templint.hcl.Traverser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code terraform init} can evaluate while it installs modules: a module {@code source}
 * built from constant input variables ({@code const = true}), local values and {@code path.*}
 * (Terraform 1.15 and later). A constant variable's value is its {@code -var} value, else its
 * variable definition file value (root module), else what the calling module block passes (a
 * child), else its default. Anything else is unknown. Used by the loader only, on the modules
 * loaded so far; not thread-safe.
 */
final class InitValues {

    /** How deep locals and variables may chain through each other. */
    private static final int MAX_DEPTH = 64;

    private final Map<ModulePath, Module> modules;
    private final Map<String, String> rootVariables;
    private final Map<String, Attribute> variableFiles;
    private final Set<String> visiting = new HashSet<>();
    private final List<String> nonConstant = new ArrayList<>();

    /**
     * @param modules       the modules loaded so far (a module's caller is always among them)
     * @param rootVariables {@code -var} values of the root module
     * @param variableFiles the root module's variable definition file values
     */
    InitValues(Map<ModulePath, Module> modules, Map<String, String> rootVariables,
               Map<String, Attribute> variableFiles) {
        this.modules = modules;
        this.rootVariables = rootVariables;
        this.variableFiles = variableFiles;
    }

    /** The outcome: the string, or null; and the variables referred to that are not constant. */
    record Result(String value, List<String> nonConstant) { }

    /** Evaluates {@code e}, written in module {@code m}, as {@code terraform init} would. */
    Result string(Module m, Expression e) {
        nonConstant.clear();
        visiting.clear();
        Value v = evaluate(m, e, 0);
        return new Result(v.isWhollyKnown() && !v.isNull() ? Convert.toText(v) : null, List.copyOf(nonConstant));
    }

    private Value evaluate(Module m, Expression e, int depth) {
        if (depth > MAX_DEPTH) {
            return Value.unknown("too deep");
        }
        return new Evaluator(scope(m, depth)).evaluate(e, new ArrayList<>());
    }

    private Scope scope(Module m, int depth) {
        return (root, rest, where) -> {
            String name = !rest.isEmpty() && rest.get(0) instanceof Traverser.Attr a ? a.name() : null;
            Value v = switch (root) {
                case "var" -> name == null ? null : variable(m, name, depth);
                case "local" -> name == null ? null : local(m, name, depth);
                case "path" -> "module".equals(name) ? Value.string(m.dir().isEmpty() ? "." : m.dir())
                    : "root".equals(name) || "cwd".equals(name) ? Value.string(".") : null;
                default -> null;
            };
            return Scope.Resolution.of(v == null ? Value.unknown("not known at init") : v, v == null ? rest.size()
                : Math.min(1, rest.size()));
        };
    }

    private Value variable(Module m, String name, int depth) {
        Variable v = m.variables().get(name);
        if (v == null) {
            return null;
        }
        Attribute constant = v.block().body().attribute("const");
        if (constant == null || !Boolean.TRUE.equals(Literals.bool(constant.expression()))) {
            nonConstant.add(m.path().qualify("var." + name));
            return null;
        }
        if (!enter(m, "var." + name)) {
            return null;
        }
        try {
            if (m.path().isRoot()) {
                if (rootVariables.containsKey(name)) {
                    return Value.string(rootVariables.get(name));
                }
                Attribute a = variableFiles.get(name);
                if (a != null) {
                    return evaluate(m, a.expression(), depth + 1);
                }
            } else {
                Module parent = modules.get(m.path().parent());
                ModuleCall call = parent == null ? null : parent.moduleCalls().get(m.path().callName());
                Attribute arg = call == null ? null : call.arguments().get(name);
                if (arg != null) {
                    return evaluate(parent, arg.expression(), depth + 1);
                }
            }
            return v.defaultValue() == null ? null : evaluate(m, v.defaultValue(), depth + 1);
        } finally {
            leave(m, "var." + name);
        }
    }

    private Value local(Module m, String name, int depth) {
        LocalValue l = m.locals().get(name);
        if (l == null || !enter(m, "local." + name)) {
            return null;
        }
        try {
            return evaluate(m, l.expression(), depth + 1);
        } finally {
            leave(m, "local." + name);
        }
    }

    private boolean enter(Module m, String what) {
        return visiting.add(m.path() + "|" + what);
    }

    private void leave(Module m, String what) {
        visiting.remove(m.path() + "|" + what);
    }
}
