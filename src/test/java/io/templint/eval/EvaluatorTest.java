package io.templint.eval;

import static io.templint.eval.EvalTesting.errors;
import static io.templint.eval.EvalTesting.eval;
import static io.templint.eval.EvalTesting.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expression evaluator: operators, templates, conditionals, for, splat, traversals, errors. */
class EvaluatorTest {

    private static String render(String expression) {
        return Renderer.render(ok(expression), 10_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        1 + 2 * 3                               | 7
        (1 + 2) * 3                             | 9
        10 / 4                                  | 2.5
        1 / 3 * 3                               | 1
        7 % 3                                   | 1
        -7 % 3                                  | -1
        5.5 % 2                                 | 1.5
        -(2 - 5)                                | 3
        "2" + 3                                 | 5
        0.1 + 0.2                               | 0.3
        1 < 2                                   | true
        2 <= 2                                  | true
        3 > 4                                   | false
        "10" >= 9                               | true
        1 == 1.0                                | true
        1 == "1"                                | false
        "a" != "b"                              | true
        [1, 2] == [1, 2]                        | true
        {a = 1} == {a = 1}                      | true
        {a = 1} == {a = 2}                      | false
        null == null                            | true
        var.nothing == null                     | true
        var.name == null                        | false
        true && false                           | false
        true ## false                           | true
        !true                                   | false
        "true" && true                          | true
        var.enabled ? "on" : "off"              | "on"
        false ? 1 : "two"                       | "two"
        true ? 1 : "two"                        | "1"
        true ? [] : ["a"]                       | []
        var.list[0]                             | "a"
        var.list.1                              | "b"
        var.map["x"]                            | "1"
        var.map.y                               | "2"
        var.list[var.count - 1]                 | "c"
        "${var.name}-${var.count}"              | "dev-3"
        "${var.count}"                          | 3
        "x%{if var.enabled}y%{else}n%{endif}z"  | "xyz"
        "%{for s in var.list}${s};%{endfor}"    | "a;b;c;"
        [for s in var.list : upper(s)]          | ["A", "B", "C"]
        [for i, s in var.list : "${i}=${s}"]    | ["0=a", "1=b", "2=c"]
        [for s in var.list : s if s != "b"]     | ["a", "c"]
        {for s in var.list : s => upper(s)}     | { a = "A", b = "B", c = "C" }
        {for k, v in var.map : v => k}          | { "1" = "x", "2" = "y" }
        {for s in ["a", "b", "a"] : s => s...}  | { a = ["a", "a"], b = ["b"] }
        [for x in toset(["b", "a"]) : x]        | ["a", "b"]
        [{a = 1}, {a = 2}][*].a                 | [1, 2]
        [{a = 1}, {a = 2}].*.a                  | [1, 2]
        var.list[*]                             | ["a", "b", "c"]
        {a = 1}[*].a                            | [1]
        var.nothing[*]                          | []
        [[1, 2], [3]][*][0]                     | [1, 3]
        [{l = [{v = 1}, {v = 2}]}, {l = [{v = 3}]}][*].l[*].v | [[1, 2], [3]]
        [for o in [{l = [1, 2]}] : o.l[*]]     | [[1, 2]]
        {a = 1, "b c" = 2}                      | { a = 1, "b c" = 2 }
        {(var.name) = 1}                        | { dev = 1 }
        {a = 1, a = 2}                          | { a = 2 }
        {null = 1, true = 2}                    | { "null" = 1, "true" = 2 }
        {1 = "x"}                               | { "1" = "x" }
        upper(["a"]...)                         | "A"
        try(var.map.nope, "fallback")           | "fallback"
        try(var.map.x, "fallback")              | "1"
        can(var.map.nope)                       | false
        can(var.map.x)                          | true
        length(var.list) + length(var.map)      | 5
        """)
    void evaluates(String expression, String expected) {
        assertThat(render(expression.replace("##", "||"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        1 + "a"                                 | Invalid operand
        1 + null                                | Invalid operand
        1 / 0                                   | Operation failed
        1 % 0                                   | Operation failed
        !"x"                                    | Invalid operand
        var.nope                                | Unsupported attribute
        nope.x                                  | Unknown variable
        var.list[5]                             | Invalid index
        var.list[-1]                            | Invalid index
        var.list["x"]                           | Invalid index
        var.map["nope"]                         | Invalid index
        var.map.nope                            | Missing map element
        var.name.x                              | Unsupported attribute
        var.list.x                              | Unsupported attribute
        var.nothing.x                           | Attempt to get attribute from null value
        var.nothing[0]                          | Attempt to index null value
        toset(["a"])[0]                         | Invalid index
        var.name[0]                             | Invalid index
        null ? 1 : 2                            | Null condition
        "x" ? 1 : 2                             | Incorrect condition type
        true ? {a = "x"} : [1]                  | Inconsistent conditional result types
        [for s in null : s]                     | Iteration over null value
        [for s in "abc" : s]                    | Iteration over non-iterable value
        {for s in ["a", "a"] : s => s}          | Duplicate object key
        {for s in ["a", "b"] : s => s if s}     | Invalid 'for' condition
        {for s in ["a"] : null => s}            | Invalid object key
        "x${var.nothing}"                       | Invalid template interpolation value
        "x${var.list}"                          | Invalid template interpolation value
        {(null) = 1}                            | Null value as key
        {var.name = 1}                          | Ambiguous attribute key
        try(var.nope, var.nada)                 | Error in function call
        tolist(null...)                         | Invalid expanding argument value
        """)
    void reportsErrors(String expression, String summary) {
        assertThat(errors(expression)).as(expression).contains(summary);
        assertThat(eval(expression).value().isUnknown()).as("value of %s", expression).isTrue();
    }

    @Test
    void errorsCarryTheRangeOfTheFaultyPart() {
        EvalResult r = eval("var.list[5]");
        assertThat(r.diagnostics()).hasSize(1);
        assertThat(r.diagnostics().get(0).subject().startColumn()).isEqualTo(9);
        assertThat(r.diagnostics().get(0).subject().endColumn()).isEqualTo(12);
        r = eval("1 + \"a\"");
        assertThat(r.diagnostics().get(0).subject().startColumn()).isEqualTo(5);
    }

    @Test
    void conditionalOnlyReportsTheChosenBranch() {
        assertThat(errors("var.nothing != null ? var.nothing.x : \"d\"")).isEmpty();
        assertThat(ok("var.nothing != null ? var.nothing.x : \"d\"")).isEqualTo(Value.string("d"));
        assertThat(errors("var.nothing == null ? var.nothing.x : \"d\"")).containsExactly(
            "Attempt to get attribute from null value");
    }

    @Test
    void logicalOperatorsShortCircuitErrors() {
        assertThat(ok("var.nothing == null || var.nothing.x == 1")).isEqualTo(Value.TRUE);
        assertThat(ok("var.nothing != null && var.nothing.x == 1")).isEqualTo(Value.FALSE);
        assertThat(errors("var.nothing == null && var.nothing.x == 1")).isNotEmpty();
    }

    @Test
    void unknownsPropagateWithTheirReason() {
        Value v = ok("\"id=${coder_agent.main.id}\"");
        assertThat(v.isUnknown()).isTrue();
        assertThat(v.type()).isEqualTo(Type.STRING);
        assertThat(v.unknownReason()).isEqualTo("resource attribute coder_agent.main.id");
        assertThat(ok("upper(var.unknown)").unknownReason()).isEqualTo("variable var.unknown has no default");
        assertThat(ok("upper(var.unknown)").type()).isEqualTo(Type.STRING);
        assertThat(ok("length(coder_agent.main.list)").type()).isEqualTo(Type.NUMBER);
        assertThat(ok("split(\",\", var.unknown)").type()).isEqualTo(Type.list(Type.STRING));
        assertThat(ok("tobool(var.unknown)").type()).isEqualTo(Type.BOOL);
        assertThat(ok("timestamp()").type()).isEqualTo(Type.STRING);
        assertThat(ok("var.unknown == \"x\"").isUnknown()).isTrue();
        assertThat(ok("coder_agent.main.id + 1").type()).isEqualTo(Type.NUMBER);
        assertThat(ok("[for s in coder_agent.main.list : s]").isUnknown()).isTrue();
        assertThat(ok("coder_agent.main.x[*].id").isUnknown()).isTrue();
    }

    @Test
    void functionsAnswerWhatTheyCanDespiteUnknowns() {
        assertThat(ok("length([coder_agent.main.id, \"x\"])")).isEqualTo(Value.number(2));
        assertThat(ok("coalesce(\"a\", coder_agent.main.id)")).isEqualTo(Value.string("a"));
        assertThat(ok("coalesce(coder_agent.main.id, \"a\")").isUnknown()).isTrue();
        assertThat(ok("element([coder_agent.main.id, \"x\"], 1)")).isEqualTo(Value.string("x"));
        assertThat(ok("contains([coder_agent.main.id, \"x\"], \"x\")")).isEqualTo(Value.TRUE);
        assertThat(ok("contains([coder_agent.main.id, \"x\"], \"y\")").isUnknown()).isTrue();
        assertThat(ok("merge({a = coder_agent.main.id}, {b = 1}).b")).isEqualTo(Value.number(1));
        assertThat(ok("false && coder_agent.main.ok")).isEqualTo(Value.FALSE);
        assertThat(ok("coder_agent.main.ok || true")).isEqualTo(Value.TRUE);
        assertThat(ok("coder_agent.main.ok ? \"x\" : \"x\"")).isEqualTo(Value.string("x"));
        assertThat(ok("coder_agent.main.ok ? \"x\" : \"y\"").isUnknown()).isTrue();
        assertThat(ok("try(coder_agent.main.id, \"x\")").isUnknown()).isTrue();
        assertThat(ok("can(coder_agent.main.id)").isUnknown()).isTrue();
        assertThat(ok("jsonencode({a = coder_agent.main.id})").isUnknown()).isTrue();
    }

    @Test
    void impureAndUnknownFunctionsAreUnknownNotErrors() {
        EvalResult r = eval("timestamp()");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.value().unknownReason()).isEqualTo("function timestamp() is not static");
        assertThat(ok("uuid()").isUnknown()).isTrue();
        assertThat(ok("provider::aws::arn_parse(\"x\")").unknownReason()).contains("provider function");
        assertThat(ok("frobnicate(1)").unknownReason()).contains("frobnicate");
        assertThat(ok("bcrypt(\"x\")").isUnknown()).isTrue();
        assertThat(ok("file(\"x.txt\")").isUnknown()).isTrue();
    }

    @Test
    void sensitiveMarksFlowThroughEverything() {
        String[] flows = {
            "var.token", "\"Bearer ${var.token}\"", "upper(var.token)", "join(\",\", [\"a\", var.token])",
            "format(\"%s\", var.token)", "jsonencode({t = var.token})", "base64encode(var.token)",
            "var.token == \"x\"", "var.enabled ? var.token : \"x\"", "{t = var.token}.t", "[var.token][0]",
            "merge({a = var.token}).a", "lookup({a = var.token}, \"a\")", "sha256(var.token)",
            "[for s in [var.token] : s][0]", "sensitive(\"x\")", "coalesce(var.token, \"x\")",
            "try(var.token, \"x\")", "tostring(var.token)", "replace(var.token, \"s\", \"z\")",
            "\"%{if true}${var.token}%{endif}\"", "templatefile_missing(var.token)"
        };
        for (String f : flows) {
            Value v = ok(f);
            assertThat(v.isSensitive()).as("%s is sensitive", f).isTrue();
        }
        assertThat(ok("\"Bearer ${var.token}\"").marks().sensitiveSources()).containsExactly("var.token");
        assertThat(ok("nonsensitive(var.token)").isSensitive()).isFalse();
        assertThat(ok("{a = var.token, b = \"x\"}.b").isSensitive()).isFalse();
        assertThat(ok("{a = var.token, b = \"x\"}").isSensitive()).isFalse();
        assertThat(ok("{a = var.token, b = \"x\"}").isDeepSensitive()).isTrue();
        assertThat(ok("lookup({a = var.token, b = \"x\"}, \"b\")").isSensitive()).isFalse();
        assertThat(ok("length(var.token)").isSensitive()).isTrue();
    }

    @Test
    void literalForms() {
        assertThat(ok("<<EOT\nhello ${var.name}\nEOT\n")).isEqualTo(Value.string("hello dev\n"));
        assertThat(ok("<<-EOT\n    indented\n      more\n  EOT\n")).isEqualTo(Value.string("indented\n  more\n"));
        assertThat(ok("\"$${literal}\"")).isEqualTo(Value.string("${literal}"));
        assertThat(ok("1e3")).isEqualTo(Value.number(1000));
        assertThat(ok("null")).isEqualTo(Value.NULL);
    }

    @Test
    void syntaxErrorsEvaluateToUnknownWithoutNewDiagnostics() {
        EvalResult r = new Evaluator(Scope.EMPTY).evaluate(new io.templint.hcl.Expression.SyntaxError(
            io.templint.hcl.Range.at("x.tf", io.templint.hcl.Pos.START)));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.value().isUnknown()).isTrue();
    }

    @Test
    void forBindingsShadowTheScopeAndDoNotLeak() {
        assertThat(render("[for var in [1, 2] : var]")).isEqualTo("[1, 2]");
        assertThat(render("[[for s in [\"x\"] : s], var.name]")).isEqualTo("[[\"x\"], \"dev\"]");
        assertThat(render("[for a in [1, 2] : [for b in [10, 20] : a + b]]")).isEqualTo("[[11, 21], [12, 22]]");
        assertThat(errors("[[for s in [1] : s], s]")).contains("Unknown variable");
    }

    @Test
    void oneEvaluatorServesManyThreads() throws Exception {
        Evaluator shared = new Evaluator(EvalTesting.standardScope());
        io.templint.hcl.Expression e = EvalTesting.parse(
            "jsonencode({for i, s in var.list : s => [for j in range(i + 1) : format(\"%s%d\", upper(s), j)]})");
        Value expected = shared.evaluate(e).value();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Value>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> shared.evaluate(e).value()));
            }
            for (java.util.concurrent.Future<Value> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.asString()).isEqualTo("{\"a\":[\"A0\"],\"b\":[\"B0\",\"B1\"],\"c\":[\"C0\",\"C1\",\"C2\"]}");
    }

    @Test
    void scopeThatConsumesStepsAndReportsProblems() {
        Scope s = (root, rest, where) -> root.equals("var")
            ? Scope.Resolution.invalid(io.templint.hcl.Diagnostic.error("Reference to undeclared input variable",
                "An input variable with the name \"x\" has not been declared.", where), rest.size())
            : null;
        EvalResult r = new Evaluator(s).evaluate(EvalTesting.parse("var.x.y[0]"));
        assertThat(r.diagnostics()).extracting(io.templint.hcl.Diagnostic::summary)
            .containsExactly("Reference to undeclared input variable");
        assertThat(r.value().isUnknown()).isTrue();
    }
}
