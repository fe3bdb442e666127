package io.templint.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Adversarial input: every limit ends in a diagnostic and an unknown value, quickly. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LimitsTest {

    private static EvalResult eval(String text, EvalLimits limits) {
        return new Evaluator(EvalTesting.standardScope()).withLimits(limits).evaluate(EvalTesting.parse(text));
    }

    private static List<String> summaries(EvalResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::summary).toList();
    }

    @Test
    void hugeRangeIsAnErrorNotAnOutOfMemory() {
        EvalResult r = eval("range(1e9)", EvalLimits.DEFAULTS);
        assertThat(summaries(r)).containsExactly("Error in function call");
        assertThat(r.value().isUnknown()).isTrue();
    }

    @Test
    void stringGrowthStopsAtTheStringLimit() {
        EvalLimits small = new EvalLimits(1000, 1000, 100, 1_000_000, 1000);
        assertThat(summaries(eval("join(\"\", [for i in range(500) : \"abc\"])", small)))
            .containsExactly("Error in function call");
        assertThat(summaries(eval("\"%{for i in range(500)}abc%{endfor}\"", small)))
            .containsExactly("Evaluation limit reached");
        assertThat(summaries(eval("format(\"%2000s\", \"x\")", small))).isNotEmpty();
        assertThat(summaries(eval("indent(5000, \"a\\nb\")", small))).isNotEmpty();
        assertThat(summaries(eval("replace(\"aaaaaaaaaa\", \"a\", \"" + "b".repeat(200) + "\")", small)))
            .isNotEmpty();
    }

    @Test
    void manyLargeStringsStopAtTheTotalLimit() {
        EvalResult r = eval("[for i in range(1000000) : format(\"%16000000s\", i)]", EvalLimits.DEFAULTS);
        assertThat(summaries(r)).containsExactly("Evaluation limit reached");
        // the strings' total or the values' memory, whichever comes first (two strings of 16 Mi reach both)
        assertThat(r.diagnostics().get(0).detail()).containsAnyOf("in total", "bytes (estimated)");
        r = eval("[for i in range(100) : \"x${format(\"%10000000s\", i)}\"]", EvalLimits.DEFAULTS);
        assertThat(summaries(r)).containsExactly("Evaluation limit reached");
        r = eval("formatlist(\"%1000000s\", range(1000))", EvalLimits.DEFAULTS);
        assertThat(summaries(r)).containsExactly("Evaluation limit reached");
    }

    @Test
    void errorsPerEvaluationAreBounded() {
        EvalResult r = eval("[for i in range(100000) : i + \"x\"]", EvalLimits.DEFAULTS);
        assertThat(summaries(r)).hasSize(Interpreter.MAX_ERRORS + 1).endsWith("Too many errors");
        r = eval("[for i in range(5000) : try(i + \"x\", 0)]", EvalLimits.DEFAULTS);
        assertThat(summaries(r)).isEmpty();
        assertThat(r.value().length()).isEqualTo(5000);
        r = eval("[for i in range(5000) : true ? 1 : i + \"x\"]", EvalLimits.DEFAULTS);
        assertThat(summaries(r)).isEmpty();
        r = eval("try([for i in range(60000) : i + \"x\"], 0)", EvalLimits.DEFAULTS);
        assertThat(summaries(r)).containsExactly("Too many errors");
    }

    @Test
    void collectionsStopAtTheCollectionLimit() {
        EvalLimits small = new EvalLimits(1 << 20, 100, 100, 1_000_000, 1000);
        assertThat(summaries(eval("range(101)", small))).containsExactly("Error in function call");
        assertThat(summaries(eval("[for i in range(100) : [for j in range(100) : j]]", small))).isEmpty();
        assertThat(summaries(eval("setproduct(range(50), range(50))", small))).isNotEmpty();
        assertThat(summaries(eval("split(\",\", \"" + ",".repeat(200) + "\")", small))).isNotEmpty();
    }

    @Test
    void workIsBoundedBySteps() {
        EvalLimits few = EvalLimits.DEFAULTS.withMaxSteps(10_000);
        EvalResult r = eval("[for i in range(1000) : [for j in range(1000) : i * j]]", few);
        assertThat(summaries(r)).containsExactly("Evaluation limit reached");
        assertThat(r.value().isUnknown()).isTrue();
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        Range r = Range.at("deep.tf", Pos.START);
        Expression e = new Expression.LiteralValue(java.math.BigDecimal.ONE, r);
        for (int i = 0; i < EvalLimits.DEFAULTS.maxDepth() + 10; i++) {
            e = new Expression.Parentheses(e, r);
        }
        EvalResult res = new Evaluator(Scope.EMPTY).evaluate(e);
        assertThat(summaries(res)).containsExactly("Expression too complex");
        assertThat(res.value().isUnknown()).isTrue();
    }

    @Test
    void defaultDepthEvaluatesEvenOnASmallThreadStack() throws Exception {
        Range r = Range.at("deep.tf", Pos.START);
        Expression e = new Expression.LiteralValue(java.math.BigDecimal.ONE, r);
        for (int i = 0; i < EvalLimits.DEFAULTS.maxDepth() - 10; i++) {
            e = new Expression.BinaryOp(io.templint.hcl.Operator.ADD,
                new Expression.FunctionCall("max", r, List.of(e), false, r, r, r),
                new Expression.LiteralValue(java.math.BigDecimal.ONE, r), r);
            i += 1;
        }
        Expression deep = e;
        EvalResult[] out = new EvalResult[1];
        Thread t = new Thread(null, () -> out[0] = new Evaluator(Scope.EMPTY).evaluate(deep), "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertThat(out[0].diagnostics()).isEmpty();
        assertThat(out[0].value().isKnown()).isTrue();
    }

    @Test
    void valuesNestBoundedSoThatTheirWalksAreSafe() {
        Range r = Range.at("deep.tf", Pos.START);
        Expression e = new Expression.LiteralValue(java.math.BigDecimal.ONE, r);
        for (int i = 0; i < Value.MAX_DEPTH + 5; i++) {
            e = new Expression.TupleCons(List.of(e), r, r);
        }
        EvalResult res = new Evaluator(Scope.EMPTY).evaluate(e);
        assertThat(summaries(res)).containsExactly("Value too complex");
        assertThat(Value.tuple(List.of(Value.tuple(List.of(Value.TRUE)))).depth()).isEqualTo(2);
        assertThat(Value.EMPTY_TUPLE.depth()).isEqualTo(1);
    }

    @Test
    void setOperationsOnLargeCollectionsStayLinear() {
        EvalResult r = eval("length(setintersection(range(50000), range(25000, 75000)))", EvalLimits.DEFAULTS);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.value()).isEqualTo(Value.number(25000));
        r = eval("length(distinct(concat(range(50000), range(50000))))", EvalLimits.DEFAULTS);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.value()).isEqualTo(Value.number(50000));
    }

    @Test
    void catastrophicRegexBacktrackingEndsWithAnError() {
        String evil = "a".repeat(40) + "!";
        EvalResult r = eval("regex(\"(a+)+$\", \"" + evil + "\")", EvalLimits.DEFAULTS);
        assertThat(summaries(r)).containsExactly("Invalid function argument");
    }

    @Test
    void hugeNumbersDoNotExplode() {
        assertThat(eval("1e999999999 + 1", EvalLimits.DEFAULTS).diagnostics()).isEmpty();
        assertThat(eval("\"${1e999999999}\"", EvalLimits.DEFAULTS).diagnostics()).isEmpty();
        assertThat(summaries(eval("pow(10, 1e9)", EvalLimits.DEFAULTS))).isNotEmpty();
        assertThat(eval("floor(1e-999999999)", EvalLimits.DEFAULTS).diagnostics()).isEmpty();
        assertThat(eval("format(\"%f\", 1e999999999)", EvalLimits.DEFAULTS).diagnostics()).isEmpty();
        assertThat(summaries(eval("1e999999999 * 1e999999999 * 1e999999999", EvalLimits.DEFAULTS))).isNotEmpty();
    }

    @Test
    void functionThatThrowsBecomesADiagnostic() {
        io.templint.eval.functions.Function broken = new io.templint.eval.functions.Function("broken", List.of(), null,
            (a, c) -> {
                throw new IllegalStateException("boom");
            });
        Evaluator ev = new Evaluator(Scope.EMPTY, FileAccess.NONE, EvalLimits.DEFAULTS,
            io.templint.eval.functions.Functions.standard().with(broken));
        EvalResult r = ev.evaluate(EvalTesting.parse("broken()"));
        assertThat(summaries(r)).containsExactly("Error in function call");
        assertThat(r.diagnostics().get(0).detail()).contains("internal error");
    }

    @Test
    void scopeThatThrowsBecomesADiagnostic() {
        Scope bad = (root, rest, where) -> {
            throw new IllegalStateException("scope bug");
        };
        EvalResult r = new Evaluator(bad).evaluate(EvalTesting.parse("var.x"));
        assertThat(summaries(r)).containsExactly("Internal error");
        assertThat(r.value().isUnknown()).isTrue();
    }
}
