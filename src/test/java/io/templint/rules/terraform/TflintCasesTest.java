package io.templint.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.rules.AnalysedTemplate;
import io.templint.rules.BuiltinRules;
import io.templint.rules.Rule;
import io.templint.rules.RuleEngine;
import io.templint.rules.RuleFinding;
import io.templint.rules.testing.FixtureAnalysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * tflint's own test cases for the rules templint shares with it, rewritten as templint fixtures
 * with the same layout: {@code testdata/tflint/<rule>/} holds one-file templates and
 * {@code expected.txt}, one {@code file line:column} per finding tflint expects. templint must
 * report exactly those starts. A line starting with {@code !} is a finding tflint reports and
 * templint deliberately does not (the comment above it says why); {@code #} lines are comments.
 */
class TflintCasesTest {

    private static final Path ROOT = Path.of("testdata", "tflint");

    @TestFactory
    Stream<DynamicTest> everyRuleFolderAgreesWithTflint() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(6);
        return tests.stream();
    }

    private static void check(Path dir) throws IOException {
        String id = dir.getFileName().toString();
        Rule rule = BuiltinRules.all().stream().filter(r -> r.metadata().id().equals(id)).findFirst().orElseThrow();
        List<String> expected = new ArrayList<>();
        List<String> divergent = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            (line.startsWith("!") ? divergent : expected).add(line.replaceFirst("^!", "").strip());
        }
        List<String> actual = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("expected.txt")) {
                    continue;
                }
                AnalysedTemplate t = FixtureAnalysis.analyse("tpl", Map.of(name, Files.readString(f, StandardCharsets.UTF_8)));
                for (RuleFinding finding : RuleEngine.of(rule).run(t).findings()) {
                    actual.add(name + " " + finding.range().startLine() + ":" + finding.range().startColumn());
                }
            }
        }
        assertThat(actual).as(id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(actual).as(id + ", known differences").noneMatch(divergent::contains);
    }
}
