package io.templint.eval;

import static io.templint.eval.EvalTesting.num;
import static io.templint.eval.EvalTesting.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConvertTest {

    @Test
    void primitives() throws Exception {
        assertThat(Convert.convert(num(5), Type.STRING)).isEqualTo(str("5"));
        assertThat(Convert.convert(Value.TRUE, Type.STRING)).isEqualTo(str("true"));
        assertThat(Convert.convert(str("5.5"), Type.NUMBER)).isEqualTo(num("5.5"));
        assertThat(Convert.convert(str("false"), Type.BOOL)).isEqualTo(Value.FALSE);
        assertThat(Convert.convert(str("1"), Type.BOOL)).isEqualTo(Value.TRUE);
        assertThatThrownBy(() -> Convert.convert(str("x"), Type.NUMBER)).hasMessage("a number is required");
        assertThatThrownBy(() -> Convert.convert(str("True"), Type.BOOL)).hasMessageContaining("lowercase");
        assertThatThrownBy(() -> Convert.convert(num(1), Type.BOOL)).isInstanceOf(ConversionException.class);
        assertThatThrownBy(() -> Convert.convert(Value.TRUE, Type.NUMBER)).isInstanceOf(ConversionException.class);
    }

    @Test
    void structuralToCollections() throws Exception {
        Value t = Value.tuple(List.of(str("a"), num(1)));
        assertThat(Convert.convert(t, Type.list(Type.STRING))).isEqualTo(Value.list(Type.STRING,
            List.of(str("a"), str("1"))));
        assertThat(Convert.convert(t, Type.list(Type.DYNAMIC)).type()).isEqualTo(Type.list(Type.STRING));
        assertThat(Convert.convert(Value.tuple(List.of(str("b"), str("a"), str("b"))), Type.set(Type.STRING))
            .elements()).extracting(Value::asString).containsExactly("a", "b");
        Value o = Value.object(Map.of("a", num(1), "b", str("x")));
        assertThat(Convert.convert(o, Type.map(Type.STRING)).type()).isEqualTo(Type.map(Type.STRING));
        assertThatThrownBy(() -> Convert.convert(Value.tuple(List.of(str("a"), Value.EMPTY_TUPLE)),
            Type.list(Type.DYNAMIC))).hasMessageContaining("same type");
    }

    @Test
    void objectsNeedTheirAttributesUnlessOptional() throws Exception {
        Type want = new Type.ObjectType(Map.of("name", Type.STRING, "size", Type.NUMBER), java.util.Set.of("size"));
        Value v = Convert.convert(Value.object(Map.of("name", str("x"), "extra", Value.TRUE)), want);
        assertThat(v.attributes()).containsOnlyKeys("name", "size");
        assertThat(v.attributes().get("size")).isEqualTo(Value.nullOf(Type.NUMBER));
        assertThatThrownBy(() -> Convert.convert(Value.object(Map.of("size", num(1))), want))
            .hasMessage("attribute \"name\" is required");
    }

    @Test
    void anErrorNamesWhereInTheValueItIs() {
        // {a = {k = [1, "x"]}, b = [{c = true}]} against object({a = map(list(number)), b = tuple([object({c = number})])})
        Value v = Value.object(Map.of("a", Value.object(Map.of("k", Value.tuple(List.of(num(1), str("x"))))),
            "b", Value.tuple(List.of(Value.object(Map.of("c", num(2)))))));
        Type want = new Type.ObjectType(Map.of("a", Type.map(Type.list(Type.NUMBER)),
            "b", Type.tuple(List.of(new Type.ObjectType(Map.of("c", Type.BOOL), java.util.Set.of())))), java.util.Set.of());
        assertThatThrownBy(() -> Convert.convert(v, want)).hasMessage("a[\"k\"][1]: a number is required");
        Value ok = Value.object(Map.of("a", Value.object(Map.of("k", Value.tuple(List.of(num(1))))),
            "b", Value.tuple(List.of(Value.object(Map.of("c", num(2)))))));
        assertThatThrownBy(() -> Convert.convert(ok, want)).hasMessage("b[0].c: bool required, but have number");
    }

    @Test
    void nullsUnknownsAndMarksConvert() throws Exception {
        assertThat(Convert.convert(Value.NULL, Type.STRING)).isEqualTo(Value.nullOf(Type.STRING));
        Value u = Convert.convert(Value.unknown("r"), Type.NUMBER);
        assertThat(u.type()).isEqualTo(Type.NUMBER);
        assertThat(u.unknownReason()).isEqualTo("r");
        Value marked = Convert.convert(num(1).mark(Marks.sensitive("var.x")), Type.STRING);
        assertThat(marked.isSensitive()).isTrue();
        assertThat(marked.asString()).isEqualTo("1");
    }

    @Test
    void unify() {
        assertThat(Convert.unify(List.of(Type.STRING, Type.NUMBER))).isEqualTo(Type.STRING);
        assertThat(Convert.unify(List.of(Type.NUMBER, Type.BOOL))).isNull();
        assertThat(Convert.unify(List.of(Type.TupleType.EMPTY, Type.tuple(List.of(Type.STRING)))))
            .isEqualTo(Type.list(Type.STRING));
        assertThat(Convert.unify(List.of(Type.object("a", Type.NUMBER), Type.object("b", Type.NUMBER))))
            .isEqualTo(Type.map(Type.NUMBER));
        assertThat(Convert.unify(List.of(Type.object("a", Type.NUMBER), Type.object("a", Type.STRING))))
            .isEqualTo(Type.object("a", Type.STRING));
        assertThat(Convert.unify(List.of(Type.STRING, Type.DYNAMIC))).isEqualTo(Type.STRING);
        assertThat(Convert.unify(List.of(Type.list(Type.STRING), Type.DYNAMIC))).isEqualTo(Type.DYNAMIC);
    }

    @Test
    void conversionsFollowCtyRules() throws Exception {
        // a list or a set never converts to a tuple type
        assertThatThrownBy(() -> Convert.convert(Value.list(Type.STRING, List.of(str("a"))),
            Type.tuple(List.of(Type.STRING)))).hasMessage("tuple required, but have list of string");
        // list(any) from a tuple: its elements' unified type; dynamic only when all are dynamic
        assertThat(Convert.convert(Value.tuple(List.of(Value.NULL, str("a"))), Type.list(Type.DYNAMIC)).type())
            .isEqualTo(Type.list(Type.STRING));
        assertThatThrownBy(() -> Convert.convert(Value.tuple(List.of(Value.NULL, Value.tuple(List.of(str("a"))))),
            Type.list(Type.DYNAMIC))).hasMessage("all list elements must have the same type");
        assertThatThrownBy(() -> Convert.convert(Value.tuple(List.of(num(1), Value.TRUE)), Type.set(Type.DYNAMIC)))
            .hasMessage("all set elements must have the same type");
        assertThatThrownBy(() -> Convert.convert(Value.object(Map.of("a", num(1), "b", Value.TRUE)),
            Type.map(Type.DYNAMIC))).hasMessage("all map elements must have the same type");
        // a collection converted to a collection of any keeps its element type, even when empty
        assertThat(Convert.convert(Value.set(Type.NUMBER, List.of()), Type.list(Type.DYNAMIC)).type())
            .isEqualTo(Type.list(Type.NUMBER));
        // an empty tuple converts to an empty collection of the wanted element type
        assertThat(Convert.convert(Value.EMPTY_TUPLE, Type.set(Type.STRING))).isEqualTo(Value.set(Type.STRING, List.of()));
    }

    @Test
    void unknownsAndNullsTakeTheTypeTheyWouldConvertTo() throws Exception {
        // cty's dynamicReplace: the wanted type with its dynamic parts filled in from the given type
        Value u = Value.unknown(Type.tuple(List.of(Type.STRING, Type.NUMBER)), "r");
        assertThat(Convert.convert(u, Type.list(Type.DYNAMIC)).type()).isEqualTo(Type.list(Type.STRING));
        assertThat(Convert.convert(Value.unknown(Type.object("a", Type.BOOL), "r"), Type.map(Type.DYNAMIC)).type())
            .isEqualTo(Type.map(Type.BOOL));
        assertThat(Convert.convert(Value.nullOf(Type.list(Type.NUMBER)), Type.set(Type.DYNAMIC)).type())
            .isEqualTo(Type.set(Type.NUMBER));
        assertThat(Convert.convert(Value.NULL, Type.list(Type.DYNAMIC)).type()).isEqualTo(Type.list(Type.DYNAMIC));
        assertThatThrownBy(() -> Convert.convert(Value.unknown(Type.STRING, "r"), Type.list(Type.STRING)))
            .isInstanceOf(ConversionException.class);
    }

    @Test
    void toTextIsTheStringConversionOfKnownPrimitives() throws ConversionException {
        assertThat(Convert.toText(str("x"))).isEqualTo("x");
        assertThat(Convert.toText(num("1.50"))).isEqualTo("1.5");
        assertThat(Convert.toText(num("100"))).isEqualTo("100");
        assertThat(Convert.toText(num("0.000"))).isEqualTo("0");
        assertThat(Convert.toText(Value.FALSE)).isEqualTo("false");
        assertThat(Convert.toText(num("2.50"))).isEqualTo(Convert.convert(num("2.50"), Type.STRING).asString());
        assertThat(Convert.toText(null)).isNull();
        assertThat(Convert.toText(Value.NULL)).isNull();
        assertThat(Convert.toText(Value.unknown("not known"))).isNull();
        assertThat(Convert.toText(Value.tuple(List.of(str("a"))))).isNull();
    }
}
