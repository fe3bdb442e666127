package io.templint.eval;

import static io.templint.eval.EvalTesting.num;
import static io.templint.eval.EvalTesting.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TypeConstraintTest {

    private static TypeConstraint parse(String text, List<Diagnostic> diags) {
        return TypeConstraint.parse(EvalTesting.parse(text), diags);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        string                                  | string
        number                                  | number
        bool                                    | bool
        any                                     | any
        list(string)                            | list(string)
        set(number)                             | set(number)
        map(list(bool))                         | map(list(bool))
        object({name = string, size = number})  | object({name=string, size=number})
        object({a = optional(string, "x")})     | object({a=optional(string)})
        tuple([string, number])                 | tuple([string, number])
        list(object({a = optional(map(any))}))  | list(object({a=optional(map(any))}))
        """)
    void parsesTypes(String text, String expected) {
        List<Diagnostic> diags = new ArrayList<>();
        assertThat(parse(text, diags).type().typeExpression()).isEqualTo(expected);
        assertThat(diags).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        list                                    | Invalid type specification
        list(string, number)                    | Incorrect type specification
        strin                                   | Invalid type specification
        optional(string)                        | Invalid type specification
        object(string)                          | Invalid type specification
        "string"                                | Invalid quoted type constraints
        1 + 2                                   | Invalid type specification
        foo(string)                             | Invalid type specification
        object({a = optional(number, "x")})     | Invalid default value for optional attribute
        """)
    void reportsInvalidTypes(String text, String summary) {
        List<Diagnostic> diags = new ArrayList<>();
        parse(text, diags);
        assertThat(diags).extracting(Diagnostic::summary).contains(summary);
    }

    @Test
    void appliesConversionAndOptionalDefaults() throws Exception {
        List<Diagnostic> diags = new ArrayList<>();
        TypeConstraint tc = parse("list(object({name = string, port = optional(number, 8080),"
            + " tags = optional(map(string), {})}))", diags);
        assertThat(diags).isEmpty();
        Value in = Value.tuple(List.of(Value.object(Map.of("name", str("a"))),
            Value.object(Map.of("name", str("b"), "port", str("81")))));
        Value out = tc.apply(in);
        assertThat(out.type()).isEqualTo(tc.type());
        assertThat(out.elements().get(0).attributes().get("port")).isEqualTo(num(8080));
        assertThat(out.elements().get(0).attributes().get("tags").length()).isZero();
        assertThat(out.elements().get(1).attributes().get("port")).isEqualTo(num(81));
    }

    @Test
    void nestedDefaults() throws Exception {
        List<Diagnostic> diags = new ArrayList<>();
        TypeConstraint tc = parse("object({inner = optional(object({x = optional(string, \"dx\")}), {})})", diags);
        assertThat(diags).isEmpty();
        Value out = tc.apply(Value.EMPTY_OBJECT);
        assertThat(out.attributes().get("inner").attributes().get("x")).isEqualTo(str("dx"));
    }
}
