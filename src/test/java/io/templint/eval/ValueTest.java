package io.templint.eval;

import static io.templint.eval.EvalTesting.num;
import static io.templint.eval.EvalTesting.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void equalityIsByContentAndNumbersIgnoreScale() {
        assertThat(Value.number(new BigDecimal("1.50"))).isEqualTo(Value.number(new BigDecimal("1.5")));
        assertThat(Value.number(new BigDecimal("1.50")).hashCode())
            .isEqualTo(Value.number(new BigDecimal("1.5")).hashCode());
        assertThat(Value.tuple(List.of(str("a")))).isEqualTo(Value.tuple(List.of(str("a"))));
        assertThat(Value.tuple(List.of(str("a")))).isNotEqualTo(Value.list(Type.STRING, List.of(str("a"))));
        assertThat(Value.nullOf(Type.STRING)).isNotEqualTo(Value.NULL);
        assertThat(str("x").mark(Marks.sensitive("var.x"))).isNotEqualTo(str("x"));
        assertThat(str("x").mark(Marks.sensitive("var.x")).sameContent(str("x"))).isTrue();
    }

    @Test
    void setsAreSortedAndDeduplicatedAndMergeMarks() {
        Value s = Value.set(Type.STRING, List.of(str("b"), str("a"), str("b").mark(Marks.sensitive("var.s"))));
        assertThat(s.elements()).extracting(Value::asString).containsExactly("a", "b");
        assertThat(s.elements().get(1).isSensitive()).isTrue();
        Value n = Value.set(Type.NUMBER, List.of(num(10), num(9), num("9.0")));
        assertThat(n.elements()).extracting(v -> v.asNumber().intValue()).containsExactly(9, 10);
    }

    @Test
    void objectsAndMapsAreSortedByKey() {
        Value o = Value.object(Map.of("b", num(1), "a", num(2)));
        assertThat(o.attributes().keySet()).containsExactly("a", "b");
        assertThat(o.type()).isEqualTo(Type.object("a", Type.NUMBER, "b", Type.NUMBER));
    }

    @Test
    void marksAreKeptPerElementAndSeenDeeply() {
        Value secret = str("s").mark(Marks.sensitive("var.pat"));
        Value list = Value.tuple(List.of(str("a"), secret));
        assertThat(list.isSensitive()).isFalse();
        assertThat(list.isDeepSensitive()).isTrue();
        assertThat(list.deepMarks().sensitiveSources()).containsExactly("var.pat");
        assertThat(list.unmarkDeep().isDeepSensitive()).isFalse();
        assertThat(secret.unmark().isSensitive()).isFalse();
        assertThat(Marks.sensitive("a").union(Marks.origin("b")).origins()).containsExactly("a", "b");
        assertThat(Marks.sensitive("a").withoutSensitive().isSensitive()).isFalse();
    }

    @Test
    void unknownValuesKeepTheirReasonAndType() {
        Value u = Value.unknown(Type.STRING, "resource attribute coder_agent.main.token");
        assertThat(u.isKnown()).isFalse();
        assertThat(u.unknownReason()).isEqualTo("resource attribute coder_agent.main.token");
        assertThat(Value.tuple(List.of(str("a"), u)).isWhollyKnown()).isFalse();
        assertThat(Value.tuple(List.of(str("a"), u)).firstUnknown()).isSameAs(u);
        assertThatThrownBy(u::asString).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rendersLikeHclAndRedactsSecrets() {
        Value v = Value.object(Map.of("a", Value.tuple(List.of(num(1), str("x\"y"))), "b c", Value.NULL,
            "t", str("pw").mark(Marks.sensitive("var.t"))));
        assertThat(v.toString()).isEqualTo("{ a = [1, \"x\\\"y\"], \"b c\" = null, t = \"pw\" }");
        assertThat(Renderer.redacted(v, 100)).isEqualTo("{ a = [1, \"x\\\"y\"], \"b c\" = null, t = (sensitive value) }");
        assertThat(Value.unknown(Type.list(Type.STRING), "r").toString()).isEqualTo("(unknown list of string)");
        assertThat(Renderer.render(Value.string("x".repeat(100)), 10)).hasSize(13);
    }

    @Test
    void numbersFormatLikeTerraform() {
        assertThat(Numbers.format(new BigDecimal("10"))).isEqualTo("10");
        assertThat(Numbers.format(new BigDecimal("1e3"))).isEqualTo("1000");
        assertThat(Numbers.format(new BigDecimal("1.50"))).isEqualTo("1.5");
        assertThat(Numbers.format(new BigDecimal("-0.001"))).isEqualTo("-0.001");
        assertThat(Numbers.format(new BigDecimal("1e5000"))).isEqualTo("1E+5000");
        assertThat(Numbers.parse("12.5e1")).isEqualByComparingTo("125");
        assertThat(Numbers.parse("0x10")).isNull();
        assertThat(Numbers.parse("")).isNull();
    }
}
