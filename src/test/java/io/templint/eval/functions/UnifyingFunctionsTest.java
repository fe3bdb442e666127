package io.templint.eval.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.eval.EvalResult;
import io.templint.eval.EvalTesting;
import io.templint.eval.Renderer;
import io.templint.hcl.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The functions whose result type Terraform computes from several arguments: {@code coalesce}
 * (arguments unified), {@code concat} (lists unified, else a tuple), {@code coalescelist} and
 * {@code merge} (no unification), and the {@code to*} conversions (a tuple's elements unified).
 * Each row: the expression, the type of its value, its rendering.
 */
class UnifyingFunctionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        coalesce(null, "a")                            | string                  | "a"
        coalesce("", 1)                                | string                  | "1"
        coalesce(1, "a")                               | string                  | "1"
        coalesce([], ["a"])                            | list(string)            | []
        coalesce(null, ["a"])                          | tuple([string])         | ["a"]
        coalesce(toset([]), ["a"])                     | set(any)                | []
        concat(tolist(["a"]), tolist([1]))             | list(string)            | ["a", "1"]
        concat(tolist(["a"]), ["b", 1])                | tuple([string, string, number]) | ["a", "b", 1]
        concat([], ["a"])                              | tuple([string])         | ["a"]
        concat(tolist([true]), tolist([1]))            | tuple([bool, number])   | [true, 1]
        coalescelist([], tolist(["a"]))                | list(string)            | ["a"]
        merge(tomap({a = "x"}), tomap({b = "y"}))      | map(string)             | { a = "x", b = "y" }
        merge(tomap({a = "x"}), tomap({b = 1}))        | object({a=string, b=number}) | { a = "x", b = 1 }
        merge(tomap({a = "x"}), null)                  | object({a=string})      | { a = "x" }
        merge({a = 1}, {b = 2})                        | object({a=number, b=number}) | { a = 1, b = 2 }
        tolist(["a", 1, true])                         | list(string)            | ["a", "1", "true"]
        toset(["b", "a", "b"])                         | set(string)             | ["a", "b"]
        toset([])                                      | set(any)                | []
        tomap({a = 1, b = "x"})                        | map(string)             | { a = "1", b = "x" }
        tolist([null, "a"])                            | list(string)            | [null, "a"]
        tolist(null)                                   | list(any)               | null
        tolist(toset(["a"]))                           | list(string)            | ["a"]
        """)
    void resultTypes(String expression, String type, String rendered) {
        EvalResult r = EvalTesting.eval(expression);
        assertThat(r.diagnostics()).as("diagnostics of %s", expression).noneMatch(Diagnostic::isError);
        assertThat(r.value().type().typeExpression()).as("type of %s", expression).isEqualTo(type);
        assertThat(Renderer.render(r.value(), 10_000)).as(expression).isEqualTo(rendered);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        coalesce(1, true)                         | all arguments must have the same type.
        coalescelist(null, ["a"])                 | coalescelist arguments must be lists or tuples.
        coalescelist(["a"], "b")                  | coalescelist arguments must be lists or tuples.
        concat(["a"], "b")                        | all arguments must be lists or tuples; got string.
        merge({a = 1}, ["b"])                     | arguments must be maps or objects, got "tuple".
        tolist(["a", {}])                         | cannot convert tuple to list of any single type.
        tolist([null, ["a"]])                     | cannot convert tuple to list of any single type.
        toset({a = 1})                            | cannot convert object to set of any single type.
        tolist(coder_agent.main.id == "")         | cannot convert bool to list of any single type.
        """)
    void errors(String expression, String detail) {
        EvalResult r = EvalTesting.eval(expression);
        assertThat(r.diagnostics()).as("diagnostics of %s", expression).filteredOn(Diagnostic::isError)
            .extracting(Diagnostic::detail).anySatisfy(d -> assertThat(d).endsWith(detail));
        assertThat(r.value().isUnknown()).isTrue();
    }
}
