package io.templint.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.ExpressionResult;
import io.templint.hcl.Hcl;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers for evaluator tests: parse an expression from text and evaluate it. */
public final class EvalTesting {

    private EvalTesting() { }

    /** Parses {@code text} as one expression, failing the test on syntax errors. */
    public static Expression parse(String text) {
        ExpressionResult r = Hcl.parseExpression(SourceFile.of("test.tf", text), ParseOptions.DEFAULTS);
        assertThat(r.diagnostics()).as("syntax of %s", text).noneMatch(Diagnostic::isError);
        return r.expression();
    }

    /** A scope with {@code var} bound to an object of the given variables. */
    public static Scope vars(Map<String, Value> vars) {
        return Scope.of(Map.of("var", Value.object(vars)));
    }

    /** The standard test scope: some variables of each type, a sensitive one, and unknown resources. */
    public static Scope standardScope() {
        Map<String, Value> vars = new LinkedHashMap<>();
        vars.put("name", str("dev"));
        vars.put("count", num(3));
        vars.put("enabled", Value.TRUE);
        vars.put("list", Value.list(Type.STRING, List.of(str("a"), str("b"), str("c"))));
        vars.put("map", Value.map(Type.STRING, Map.of("x", str("1"), "y", str("2"))));
        vars.put("nothing", Value.NULL);
        vars.put("token", str("s3cret").mark(Marks.sensitive("var.token")));
        vars.put("unknown", Value.unknown(Type.STRING, "variable var.unknown has no default"));
        Scope varScope = (root, rest, where) -> {
            if (!root.equals("var")) {
                return null;
            }
            return Scope.Resolution.of(Value.object(vars), 0);
        };
        Scope resources = (root, rest, where) -> {
            if (!root.equals("coder_agent")) {
                return null;
            }
            return Scope.Resolution.of(Value.unknown("resource attribute coder_agent." + rest.stream()
                .map(t -> t instanceof io.templint.hcl.Traverser.Attr a ? a.name() : "?")
                .reduce((a, b) -> a + "." + b).orElse("")), rest.size());
        };
        return varScope.orElse(resources);
    }

    /** Evaluates {@code text} in the standard scope. */
    public static EvalResult eval(String text) {
        return new Evaluator(standardScope()).evaluate(parse(text));
    }

    /** Evaluates {@code text} in the standard scope, failing on any error diagnostic. */
    public static Value ok(String text) {
        EvalResult r = eval(text);
        assertThat(r.diagnostics()).as("diagnostics of %s", text).noneMatch(Diagnostic::isError);
        return r.value();
    }

    /** Evaluates {@code text} and returns the summaries of its error diagnostics. */
    public static List<String> errors(String text) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : eval(text).diagnostics()) {
            if (d.isError()) {
                out.add(d.summary());
            }
        }
        return out;
    }

    public static Value str(String s) {
        return Value.string(s);
    }

    public static Value num(long n) {
        return Value.number(n);
    }

    public static Value num(String n) {
        return Value.number(new BigDecimal(n));
    }

    public static Value tuple(Value... vs) {
        return Value.tuple(Arrays.asList(vs));
    }

    public static Value strList(String... ss) {
        return Value.list(Type.STRING, Arrays.stream(ss).map(Value::string).toList());
    }

    /** An object from alternating keys and values. */
    public static Value obj(Object... kv) {
        Map<String, Value> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], (Value) kv[i + 1]);
        }
        return Value.object(m);
    }
}
