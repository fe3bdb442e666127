package io.templint.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Traverser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Scopes as the module layer implements them: lazy, consuming, with origins. */
class ScopeTest {

    private static Value eval(Scope scope, String text) {
        EvalResult r = new Evaluator(scope).evaluate(EvalTesting.parse(text));
        assertThat(r.diagnostics()).as(text).isEmpty();
        return r.value();
    }

    @Test
    void lazyRootsAreOnlyComputedWhenReferenced() {
        AtomicInteger calls = new AtomicInteger();
        Supplier<Value> expensive = () -> {
            calls.incrementAndGet();
            return Value.object(Map.of("x", Value.string("y")));
        };
        Scope s = Scope.lazy(Map.of("local", expensive));
        assertThat(eval(s, "1 + 1")).isEqualTo(Value.number(2));
        assertThat(calls).hasValue(0);
        assertThat(eval(s, "local.x")).isEqualTo(Value.string("y"));
        assertThat(calls).hasValue(1);
    }

    @Test
    void aScopeMayConsumeStepsAndTheEvaluatorAppliesTheRest() {
        List<List<Traverser>> seen = new ArrayList<>();
        Scope vars = (root, rest, where) -> {
            seen.add(rest);
            if (!root.equals("var") || rest.isEmpty() || !(rest.get(0) instanceof Traverser.Attr a)) {
                return null;
            }
            Value v = Value.object(Map.of("list", Value.tuple(List.of(Value.string("p"), Value.string("q")))))
                .mark(Marks.origin("var." + a.name()));
            return Scope.Resolution.of(v, 1);
        };
        Value v = eval(vars, "var.cfg.list[1]");
        assertThat(v).isEqualTo(Value.string("q").mark(Marks.origin("var.cfg")));
        assertThat(seen.get(0)).hasSize(3);
    }

    @Test
    void originsFollowValuesThroughExpressions() {
        Scope s = Scope.of(Map.of("local", Value.object(Map.of(
            "a", Value.string("x").mark(Marks.origin("local.a")),
            "b", Value.string("y").mark(Marks.origin("local.b"))))));
        assertThat(eval(s, "\"${local.a}-${local.b}\"").marks().origins()).containsExactly("local.a", "local.b");
        assertThat(eval(s, "[for v in [local.a] : upper(v)][0]").marks().origins()).containsExactly("local.a");
        assertThat(eval(s, "{k = local.b}.k").marks().origins()).containsExactly("local.b");
        assertThat(eval(s, "true ? local.a : local.b").marks().origins()).containsExactly("local.a");
    }

    @Test
    void sensitiveUnknownsStaySensitive() {
        Value token = Value.unknown(Type.STRING, "data source data.coder_workspace_owner.me")
            .mark(Marks.sensitive("data.coder_workspace_owner.me.session_token"));
        Scope s = Scope.of(Map.of("data", Value.object(Map.of("t", token))));
        Value v = eval(s, "\"Bearer ${data.t}\"");
        assertThat(v.isUnknown()).isTrue();
        assertThat(v.marks().sensitiveSources()).containsExactly("data.coder_workspace_owner.me.session_token");
        assertThat(eval(s, "jsonencode({token = data.t})").isSensitive()).isTrue();
        assertThat(eval(s, "[for x in [data.t] : x][0]").isSensitive()).isTrue();
        assertThat(eval(s, "[data.t][*]").isDeepSensitive()).isTrue();
    }

    @Test
    void orElseFallsBack() {
        Scope a = Scope.of(Map.of("a", Value.TRUE));
        Scope b = Scope.of(Map.of("b", Value.FALSE));
        assertThat(eval(a.orElse(b), "a && !b")).isEqualTo(Value.TRUE);
        assertThat(Scope.EMPTY.resolve("x", List.of(), null)).isNull();
    }
}
