package io.templint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.rules.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every fixture folder under {@code testdata/rules} and checks that every rule has one. */
class BuiltinRuleFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureFolder() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : fixtureFolders()) {
            String id = dir.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(id, () -> testerFor(id).checkFixtures(dir)));
        }
        return tests.stream();
    }

    @Test
    void everyBuiltinRuleHasFixtures() throws IOException {
        List<String> folders = fixtureFolders().stream().map(p -> p.getFileName().toString()).toList();
        for (Rule r : BuiltinRules.all()) {
            assertThat(folders).as("fixture folder for " + r.id()).contains(r.id());
        }
    }

    @Test
    void everyFixtureFolderIsNamedAfterAKnownId() throws IOException {
        RuleRegistry registry = RuleRegistry.builtin();
        for (Path dir : fixtureFolders()) {
            assertThat(registry.isKnown(dir.getFileName().toString())).as(dir.toString()).isTrue();
        }
    }

    /** A rule's folder runs that rule alone; an engine id's folder runs the built-in rules that are on by default. */
    private static RuleTester testerFor(String id) {
        return RuleRegistry.builtin().rule(id).map(RuleTester::of).orElseGet(() -> RuleTester.of(
            BuiltinRules.all().stream().filter(r -> r.metadata().enabledByDefault()).toList()));
    }

    private static List<Path> fixtureFolders() throws IOException {
        try (Stream<Path> s = Files.list(RuleTester.FIXTURE_ROOT)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }
}
