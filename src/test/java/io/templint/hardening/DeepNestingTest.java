package io.templint.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.TemplateReport;

import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bracket kind nested to the default {@code ParseOptions.maxNestingDepth} of 10,000 levels
 * is analysed end to end without a syntax error; 100,000 levels give one syntax diagnostic. Both
 * within {@link Bounded#TIME} and without a stack overflow anywhere after the parser (evaluation,
 * Coder facts, rules). A level is one open delimiter: a quoted string or heredoc holding an
 * interpolation is two ({@code "${}), a directive inside a string one more than the string.
 */
class DeepNestingTest {

    static Stream<Arguments> kinds() {
        return Stream.of(
            Arguments.of("parentheses", 1, (IntFunction<String>) n -> "a = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n"),
            Arguments.of("brackets", 1, (IntFunction<String>) n -> "a = " + "[".repeat(n) + "1" + "]".repeat(n) + "\n"),
            Arguments.of("braces", 1, (IntFunction<String>) n -> "a = " + "{x = ".repeat(n) + "1" + "}".repeat(n) + "\n"),
            Arguments.of("blocks", 1, (IntFunction<String>) n -> "b {\n".repeat(n) + "}\n".repeat(n)),
            Arguments.of("interpolations", 2, (IntFunction<String>) n -> "a = " + "\"${".repeat(n) + "1" + "}\"".repeat(n) + "\n"),
            Arguments.of("if directives", 1, (IntFunction<String>) n ->
                "a = \"" + "%{if true}".repeat(n) + "x" + "%{endif}".repeat(n) + "\"\n"),
            Arguments.of("for directives", 1, (IntFunction<String>) n ->
                "a = \"" + "%{for v in var.xs}".repeat(n) + "x" + "%{endfor}".repeat(n) + "\"\n"),
            Arguments.of("heredocs in templates", 2, (IntFunction<String>) DeepNestingTest::nestedHeredocs));
    }

    /** {@code a = <<E0 / ${<<E1 / ... / E1 / } / E0}: a heredoc inside the interpolation of another. */
    private static String nestedHeredocs(int n) {
        StringBuilder s = new StringBuilder("a = ");
        for (int i = 0; i < n; i++) {
            s.append("<<E").append(i).append("\n${");
        }
        s.append("1");
        for (int i = n - 1; i >= 0; i--) {
            s.append("}\nE").append(i).append("\n");
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void tenThousandLevelsAreAnalysed(String kind, int levelsPerStep, IntFunction<String> nest) {
        String tf = nest.apply((10_000 - 2) / levelsPerStep); // room for the enclosing string and an open directive
        TemplateReport r = Bounded.run(Bounded.mib(2048), () -> Analyses.analyze(tf));
        assertThat(Analyses.messages(r, "syntax")).as(kind).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void hundredThousandLevelsGiveOneDiagnostic(String kind, int levelsPerStep, IntFunction<String> nest) {
        String tf = nest.apply(100_000 / levelsPerStep);
        TemplateReport r = Bounded.run(Bounded.mib(1024), () -> Analyses.analyze(tf));
        assertThat(Analyses.messages(r, "syntax")).as(kind).hasSize(1).first().asString().containsIgnoringCase("nest");
    }
}
