package io.templint.eval.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.eval.EvalResult;
import io.templint.eval.EvalTesting;
import io.templint.eval.Renderer;
import io.templint.hcl.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every built-in function is called by at least one test that checks its result: a test that fails
 * when a function is registered without one, and the results of the functions no other test called.
 * Where templint gives a known value it is the one Terraform's documentation gives; where the result
 * depends on the machine, the time or a secret (a home directory, the plan's time, a private key) or
 * is deliberately not computed (gzip, YAML), templint gives an unknown value of the type Terraform's
 * documentation gives, never a wrong known one.
 */
class FunctionCoverageTest {

    private static void check(String expression, String expected) {
        EvalResult r = EvalTesting.eval(expression);
        assertThat(r.diagnostics()).as("diagnostics of %s", expression).noneMatch(Diagnostic::isError);
        assertThat(Renderer.render(r.value(), 10_000)).as(expression).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        ephemeralasnull("hello")                               | "hello"
        ephemeralasnull({a = 1, b = ["x"]})                    | { a = 1, b = ["x"] }
        ephemeralasnull(null)                                  | null
        pathexpand("/etc/resolv.conf")                         | "/etc/resolv.conf"
        pathexpand("~/.ssh/id_rsa")                            | (unknown string)
        plantimestamp()                                        | (unknown string)
        base64gzip("hello world")                              | (unknown string)
        rsadecrypt("eczGaDhXDbOFRZ...", "-----BEGIN RSA PRIVATE KEY-----") | (unknown string)
        yamldecode("hello: world")                             | (unknown dynamic)
        yamldecode("- a\\n- b")                                | (unknown dynamic)
        """)
    void functionsNoOtherTestCalls(String expression, String expected) {
        check(expression, expected);
    }

    /** A call {@code name(} in test code; {@code core::name(} counts too. */
    private static Pattern call(String name) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "\\(");
    }

    @Test
    void everyRegisteredFunctionIsCalledByATest() throws IOException {
        String tests;
        try (Stream<Path> s = Files.walk(Path.of("src/test/java"))) {
            List<Path> sources = s.filter(p -> p.toString().endsWith(".java")).toList();
            StringBuilder sb = new StringBuilder();
            for (Path p : sources) {
                try {
                    sb.append(Files.readString(p)).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            tests = sb.toString();
        }
        List<String> untested = Functions.standard().names().stream()
            .filter(name -> !call(name).matcher(tests).find())
            .toList();
        assertThat(untested).as("built-in functions that no test calls (add a row with Terraform's documented result)")
            .isEmpty();
    }
}
