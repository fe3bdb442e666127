package io.templint.eval;

import static io.templint.eval.EvalTesting.eval;
import static io.templint.eval.EvalTesting.ok;
import static io.templint.eval.EvalTesting.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Conditional expressions as HCL evaluates them: both result types unified, HCL's own messages. */
class ConditionalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        var.enabled ? toset(var.list) : []            | set(string)
        !var.enabled ? toset(var.list) : []           | set(string)
        var.enabled ? [] : toset(var.list)            | set(string)
        var.enabled ? tolist(var.list) : []           | list(string)
        var.enabled ? [] : ["a", "b"]                 | list(string)
        var.enabled ? ["a"] : ["b", "c"]              | list(string)
        var.enabled ? ["a", 1] : ["b", 2]             | tuple([string, number])
        var.enabled ? {a = 1} : {b = "x"}             | map(string)
        var.enabled ? {a = 1} : {a = "x"}             | object({a=string})
        var.enabled ? var.map : {}                    | map(string)
        var.enabled ? {} : var.map                    | map(string)
        var.enabled ? 1 : "two"                       | string
        var.enabled ? true : "x"                      | string
        var.enabled ? null : ["a"]                    | tuple([string])
        var.enabled ? ["a"] : null                    | tuple([string])
        var.enabled ? var.list : null                 | list(string)
        var.unknown == "" ? toset(var.list) : []      | set(string)
        """)
    void resultsConvertToTheUnifiedType(String expression, String type) {
        assertThat(ok(expression).type().typeExpression()).as(expression).isEqualTo(type);
    }

    @Test
    void anEmptyTupleBecomesAnEmptySetOfTheOtherResultsType() {
        Value v = ok("!var.enabled ? toset(var.list) : []");
        assertThat(v).isEqualTo(Value.set(Type.STRING, List.of()));
        assertThat(ok("var.enabled ? toset(var.list) : []").elements()).hasSize(3);
    }

    @Test
    void anUnknownConditionGivesAnUnknownOfTheUnifiedType() {
        Value v = ok("var.unknown == \"\" ? toset(var.list) : []");
        assertThat(v.isUnknown()).isTrue();
        assertThat(v.type()).isEqualTo(Type.set(Type.STRING));
        // both results agree, so the value is known whatever the condition
        assertThat(ok("var.unknown == \"\" ? \"a\" : \"a\"")).isEqualTo(str("a"));
        Value nulls = ok("var.unknown == \"\" ? null : null");
        assertThat(nulls.isNull()).isTrue();
    }

    @Test
    void aDynamicResultLeavesTheTypeDynamic() {
        // coder_agent.main.x is unknown of unknown type: no unification is tried
        Value v = ok("var.enabled ? coder_agent.main.x : \"a\"");
        assertThat(v.isUnknown()).isTrue();
        assertThat(ok("var.enabled ? \"a\" : coder_agent.main.x")).isEqualTo(str("a"));
    }

    @Test
    void incompatibleTypesAreHclsErrorWithHclsWords() {
        EvalResult r = eval("var.enabled ? \"a\" : {}");
        assertThat(r.diagnostics()).hasSize(1);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.summary()).isEqualTo("Inconsistent conditional result types");
        assertThat(d.detail()).isEqualTo("The true and false result expressions must have consistent types."
            + " The 'true' value is string, but the 'false' value is object.");
        // the subject spans both results, from "a" to {}
        assertThat(d.subject().startColumn()).isEqualTo(15);
        assertThat(d.subject().endColumn()).isEqualTo(23);
        assertThat(r.value().isUnknown()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        var.enabled ? 1 : true                        | The 'true' value is number, but the 'false' value is bool
        var.enabled ? {a = 1} : {a = true}            | Type mismatch for object attribute "a": The 'true' value is number, but the 'false' value is bool
        var.enabled ? [1] : [{}]                      | Type mismatch for tuple element 0: The 'true' value is number, but the 'false' value is object
        var.enabled ? {} : []                         | The 'true' value is object, but the 'false' value is tuple
        var.enabled ? tolist([1]) : tolist([true])    | The 'true' value is list of number, but the 'false' value is list of bool
        """)
    void mismatchesAreDescribedAsHclDescribesThem(String expression, String why) {
        EvalResult r = eval(expression);
        assertThat(r.diagnostics()).extracting(Diagnostic::detail).containsExactly(
            "The true and false result expressions must have consistent types. " + why + ".");
    }

    @Test
    void theErrorDoesNotDependOnTheCondition() {
        // HCL unifies the types before it looks at the condition
        assertThat(eval("false ? \"a\" : {}").diagnostics()).extracting(Diagnostic::summary)
            .containsExactly("Inconsistent conditional result types");
        assertThat(eval("var.unknown == \"\" ? \"a\" : {}").diagnostics()).extracting(Diagnostic::summary)
            .containsExactly("Inconsistent conditional result types");
    }

    @Test
    void theChosenResultIsConvertedToTheUnifiedType() {
        // [null] is a tuple of one dynamic element; with a list of numbers it unifies to list(number)
        Value v = ok("var.enabled ? [var.nothing] : tolist([1])");
        assertThat(v).isEqualTo(Value.list(Type.NUMBER, List.of(Value.nullOf(Type.NUMBER))));
        assertThat(ok("var.enabled ? 1 : \"two\"")).isEqualTo(str("1"));
    }

    @Test
    void anUnknownConditionReportsNeitherResultsProblems() {
        // HCL appends a result's diagnostics only when the condition chooses that result
        assertThat(eval("var.unknown == \"\" ? var.nothing.x : \"d\"").diagnostics()).isEmpty();
    }

    @Test
    void theResultIsSensitiveWhenEitherResultIs() {
        // Terraform treats var.c ? "a" : var.secret as sensitive whichever result is chosen
        Value v = ok("var.enabled ? \"a\" : var.token");
        assertThat(v).isEqualTo(str("a").mark(Marks.sensitive("var.token")));
        assertThat(v.isSensitive()).isTrue();
        // but the value's origins are the chosen result's
        Value o = ok("var.enabled ? \"a\" : var.name");
        assertThat(o.marks()).isEqualTo(Marks.NONE);
    }
}
