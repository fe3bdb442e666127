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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * tflint's own test cases for the rules templint shares with it (the {@code *_test.go} files of
 * tflint-ruleset-terraform), each rewritten as a templint fixture of the same layout:
 * {@code testdata/tflint/<rule>/} holds one template per case, a file (a one-file template) or a
 * folder (a template of every file under it, named by its path in the folder), and
 * {@code expected.txt}, one {@code file line:column} per finding tflint expects for that layout.
 * templint must report exactly those starts, and nothing else, running the rule alone (for
 * {@code terraform_unused_declarations}, together with {@code unused_variable} and
 * {@code unused_local}, which hold its variable and local value cases). A line starting with
 * {@code !} is a finding tflint reports and templint deliberately does not (the comment above it
 * says why); {@code #} lines are comments. Columns count characters: where a JSON file indents
 * with tabs, HCL's JSON scanner (and so tflint) counts each tab as two columns and templint as one.
 */
class TflintCasesTest {

    private static final Path ROOT = Path.of("testdata", "tflint");

    /** The templint rules that together make one tflint rule, when it is more than the rule of the same id. */
    private static final Map<String, List<String>> PARTS = Map.of(
        "terraform_unused_declarations", List.of("terraform_unused_declarations", "unused_variable", "unused_local"));

    @TestFactory
    Stream<DynamicTest> everyRuleFolderAgreesWithTflint() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
            }
        }
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void everySharedRuleHasAFolder() throws IOException {
        List<String> folders;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            folders = dirs.map(d -> d.getFileName().toString()).toList();
        }
        assertThat(folders).containsExactlyInAnyOrder(
            "terraform_deprecated_index", "terraform_deprecated_interpolation", "terraform_deprecated_lookup",
            "terraform_empty_list_equality", "terraform_map_duplicate_keys", "terraform_module_pinned_source",
            "terraform_module_version", "terraform_required_providers", "terraform_required_version",
            "terraform_typed_variables", "terraform_unused_declarations", "terraform_workspace_remote");
    }

    private static void check(Path dir) throws IOException {
        String id = dir.getFileName().toString();
        List<String> ids = PARTS.getOrDefault(id, List.of(id));
        Rule[] rules = ids.stream().map(i -> BuiltinRules.all().stream().filter(r -> r.id().equals(i)).findFirst()
            .orElseThrow(() -> new AssertionError("no built-in rule " + i))).toArray(Rule[]::new);
        List<String> expected = new ArrayList<>();
        List<String> divergent = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            (line.startsWith("!") ? divergent : expected).add(line.replaceFirst("^!", "").strip());
        }
        List<String> actual = new ArrayList<>();
        int cases = 0;
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.equals("expected.txt")) {
                    continue;
                }
                cases++;
                Map<String, String> sources = new LinkedHashMap<>();
                if (Files.isDirectory(entry)) {
                    try (Stream<Path> files = Files.walk(entry)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            sources.put(entry.relativize(f).toString().replace('\\', '/'),
                                Files.readString(f, StandardCharsets.UTF_8));
                        }
                    }
                } else {
                    sources.put(name, Files.readString(entry, StandardCharsets.UTF_8));
                }
                AnalysedTemplate t = FixtureAnalysis.analyse("tpl", sources);
                for (RuleFinding finding : RuleEngine.of(rules).run(t).findings()) {
                    String file = finding.range().filename();
                    actual.add((Files.isDirectory(entry) ? name + "/" : "") + file + " "
                        + finding.range().startLine() + ":" + finding.range().startColumn());
                }
            }
        }
        assertThat(cases).as(id + ": cases").isGreaterThan(0);
        assertThat(actual).as(id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(actual).as(id + ", known differences").noneMatch(divergent::contains);
    }
}
