package io.templint.eval.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.eval.EvalLimits;
import io.templint.eval.EvalResult;
import io.templint.eval.Evaluator;
import io.templint.eval.FileAccess;
import io.templint.eval.Marks;
import io.templint.eval.Scope;
import io.templint.eval.Type;
import io.templint.eval.Value;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import io.templint.testkit.Crashes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Calls every built-in function with awkward arguments (nulls, unknowns, empty and nested
 * collections, extreme numbers, odd strings, sensitive values): whatever the arguments, a call
 * ends in a value and diagnostics, never an internal error.
 */
class FunctionFuzzTest {

    private static final Range R = Range.at("fuzz.tf", Pos.START);

    private static List<Value> pool() {
        Value secret = Value.string("s3cret").mark(Marks.sensitive("var.secret"));
        return List.of(
            Value.NULL, Value.nullOf(Type.STRING), Value.unknown("u"), Value.unknown(Type.STRING, "us"),
            Value.EMPTY_STRING, Value.string("a,b"), Value.string("10.0.0.0/8"), Value.string("2018-01-02T23:12:01Z"),
            Value.string("[a-z]+(\\d)?"), Value.string("%s %d %v %q"), Value.string("{\"a\": [1, {}]}"),
            Value.string("héllo 🤔\n\t\"x\""), secret,
            Value.number(0), Value.number(-1), Value.number(3), Value.number(new BigDecimal("2.5")),
            Value.number(new BigDecimal("1e400")), Value.number(new BigDecimal("-1e-400")),
            Value.TRUE, Value.FALSE,
            Value.EMPTY_TUPLE, Value.EMPTY_OBJECT,
            Value.tuple(List.of(Value.string("a"), Value.number(1), Value.NULL)),
            Value.list(Type.STRING, List.of(Value.string("b"), Value.string("a"), Value.string("b"))),
            Value.set(Type.NUMBER, List.of(Value.number(2), Value.number(1))),
            Value.map(Type.STRING, Map.of("k", Value.string("v"), "s", secret)),
            Value.object(Map.of("a", Value.tuple(List.of(Value.EMPTY_OBJECT)), "b", Value.unknown("deep"))),
            Value.list(Type.list(Type.STRING), List.of(Value.list(Type.STRING, List.of(Value.string("x"))))),
            Value.map(Type.list(Type.STRING), Map.of("m", Value.list(Type.STRING, List.of(Value.string("n"))))));
    }

    @Test
    void noArgumentsCrashAnyFunction() {
        List<Value> pool = pool();
        Map<String, Value> roots = new TreeMap<>();
        for (int i = 0; i < pool.size(); i++) {
            roots.put("a" + i, pool.get(i));
        }
        Scope scope = Scope.of(roots);
        Evaluator ev = new Evaluator(scope, FileAccess.inMemory(Map.of("f.txt", "${a}".getBytes())),
            EvalLimits.DEFAULTS.withMaxSteps(200_000), Functions.standard());
        Random random = new Random(42);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (String name : Functions.standard().names()) {
            List<int[]> argLists = new ArrayList<>();
            argLists.add(new int[0]);
            for (int i = 0; i < pool.size(); i++) {
                argLists.add(new int[] {i});
                for (int j = 0; j < pool.size(); j++) {
                    argLists.add(new int[] {i, j});
                }
            }
            for (int k = 0; k < 150; k++) {
                argLists.add(new int[] {random.nextInt(pool.size()), random.nextInt(pool.size()),
                    random.nextInt(pool.size())});
            }
            for (int[] args : argLists) {
                List<Expression> exprs = new ArrayList<>();
                for (int a : args) {
                    exprs.add(new Expression.ScopeTraversal(List.of(new Traverser.Root("a" + a, R)), R));
                }
                for (boolean expand : new boolean[] {false, true}) {
                    if (expand && exprs.isEmpty()) {
                        continue;
                    }
                    calls++;
                    EvalResult r = ev.evaluate(new Expression.FunctionCall(name, R, exprs, expand, R, R, R));
                    for (Diagnostic d : r.diagnostics()) {
                        if (Crashes.isInternalError(d)) {
                            failures.add(name + java.util.Arrays.toString(args) + (expand ? "..." : "") + ": " + d);
                        }
                    }
                    assertThat(r.value()).isNotNull();
                }
            }
        }
        assertThat(calls).isGreaterThan(100_000);
        assertThat(failures).isEmpty();
    }
}
