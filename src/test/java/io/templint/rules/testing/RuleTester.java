package io.templint.rules.testing;

import io.templint.coder.CoderRelease;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.SourceFile;
import io.templint.rules.AnalysedTemplate;
import io.templint.rules.ConfigException;
import io.templint.rules.ConfigLoader;
import io.templint.rules.LintResult;
import io.templint.rules.Rule;
import io.templint.rules.RuleEngine;
import io.templint.rules.RuleFinding;
import io.templint.rules.RuleRegistry;
import io.templint.rules.TemplintConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Runs rules over fixtures whose expected findings are marked inline, and fails listing every
 * missing and every unexpected finding (like Error Prone's {@code CompilationTestHelper}).
 *
 * <pre>{@code
 * RuleTester.of(new MyRule()).checkFixtures(RuleTester.fixtureDir("my_rule"));
 * RuleTester.of(new MyRule()).check("main.tf", """
 *     # expect: my_rule "bad thing"
 *     resource "x" "y" { }
 *     """);
 * }</pre>
 *
 * The whole engine runs, so {@code templint-ignore} comments work in fixtures, and an
 * {@code unused_suppression} finding must be expected like any other. Suppressed findings are not
 * compared. See {@code testdata/rules/README.md} for the marker syntax.
 */
public final class RuleTester {

    /** Where rule fixtures live, relative to the project directory (the tests' working directory). */
    public static final Path FIXTURE_ROOT = Paths.get("testdata", "rules");

    private final List<Rule> rules;
    private TemplintConfig config = TemplintConfig.EMPTY;
    /** Null: {@link FixtureAnalysis} with the configured Coder release. */
    private BiFunction<String, Map<String, String>, AnalysedTemplate> analyser;
    private boolean allowSyntaxErrors;

    private RuleTester(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A tester running {@code rules}, those off by default too (unless its configuration turns them off). */
    public static RuleTester of(Rule... rules) {
        return new RuleTester(List.of(rules));
    }

    /** A tester running {@code rules}, those off by default too (unless its configuration turns them off). */
    public static RuleTester of(List<? extends Rule> rules) {
        return new RuleTester(new ArrayList<>(rules));
    }

    /** The fixture folder of a rule: {@code testdata/rules/<ruleId>}. */
    public static Path fixtureDir(String ruleId) {
        return FIXTURE_ROOT.resolve(ruleId);
    }

    /** Runs with a configuration (e.g. to check severities or a disabled rule). */
    public RuleTester withConfig(TemplintConfig c) {
        this.config = c;
        return this;
    }

    /**
     * Builds the analysed template from the fixture's files (name inside the template to text). The
     * default, {@link FixtureAnalysis#analyse}, loads them as the CLI does; a test may instead
     * build the template itself, e.g. {@code (path, sources) -> AnalysedTemplate.of(path, parsed)}.
     */
    public RuleTester withAnalyser(BiFunction<String, Map<String, String>, AnalysedTemplate> a) {
        this.analyser = a;
        return this;
    }

    /** Accepts fixtures with syntax errors (by default they fail the test, since a typo would hide findings). */
    public RuleTester allowSyntaxErrors() {
        this.allowSyntaxErrors = true;
        return this;
    }

    /**
     * Checks every fixture in {@code dir}: each {@code .tf} / {@code .tf.json} file directly in it is
     * a one-file template, each subdirectory a template of all the files under it (child modules in
     * folders, {@code .terraform/modules/modules.json}, ...; names relative to the subdirectory,
     * with {@code /}). Every {@code .tf} and {@code .tf.json} file may hold markers. A
     * {@code .templint.hcl} at the root of a fixture directory configures that fixture's run (e.g.
     * {@code config { coder_version = "2.28" }}). Fails when the
     * folder holds no fixture or no expectation at all (a fixture set that expects nothing tests
     * nothing).
     */
    public void checkFixtures(Path dir) {
        List<Path> templates = fixturesIn(dir);
        if (templates.isEmpty()) {
            throw new AssertionError("no fixtures in " + dir);
        }
        List<String> failures = new ArrayList<>();
        int expectations = 0;
        for (Path t : templates) {
            try {
                expectations += checkFixture(t).expectations;
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n\n", failures));
        }
        if (expectations == 0) {
            throw new AssertionError("the fixtures in " + dir + " expect no finding at all; add # expect: markers");
        }
    }

    /** Checks one fixture: a file, or a directory of files forming one template. */
    public Outcome checkFixture(Path fixture) {
        Map<String, String> sources = new LinkedHashMap<>();
        try {
            if (Files.isDirectory(fixture)) {
                try (Stream<Path> s = Files.walk(fixture)) {
                    for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                        String name = fixture.relativize(p).toString().replace('\\', '/');
                        sources.put(name, Files.readString(p));
                    }
                }
            } else {
                sources.put(fixture.getFileName().toString(), Files.readString(fixture));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String configText = sources.get(ConfigLoader.FILE_NAME);
        if (configText == null) {
            return checkSources(fixture.toString(), sources);
        }
        TemplintConfig saved = config;
        try {
            config = ConfigLoader.parse(SourceFile.of(fixture + "/" + ConfigLoader.FILE_NAME, configText),
                RuleRegistry.builtin());
            return checkSources(fixture.toString(), sources);
        } catch (ConfigException e) {
            throw new AssertionError(fixture + ": bad " + ConfigLoader.FILE_NAME + ": " + e.getMessage(), e);
        } finally {
            config = saved;
        }
    }

    /** Checks a one-file template given inline. */
    public Outcome check(String fileName, String source) {
        return checkSources(fileName, Map.of(fileName, source));
    }

    /** Checks a template of several files given inline (file name to text, in order). */
    public Outcome checkSources(String templatePath, Map<String, String> sources) {
        List<HclFile> files = new ArrayList<>();
        List<Expectation> expected = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            if (!isSourceName(e.getKey())) {
                continue;
            }
            HclFile f = Hcl.parse(SourceFile.of(e.getKey(), e.getValue()));
            if (!allowSyntaxErrors && f.hasErrors()) {
                throw new AssertionError(templatePath + ": fixture " + e.getKey() + " has syntax errors:\n  "
                    + String.join("\n  ", f.diagnostics().stream().map(Diagnostic::toString).toList()));
            }
            files.add(f);
            try {
                expected.addAll(ExpectationParser.parse(f));
            } catch (IllegalArgumentException bad) {
                throw new AssertionError(templatePath + ": " + bad.getMessage());
            }
        }
        RuleEngine engine = RuleEngine.create(RuleRegistry.of(rules), config.enabling(rules));
        AnalysedTemplate template = analyser != null ? analyser.apply(templatePath, sources)
            : FixtureAnalysis.analyse(templatePath, sources, config.coderVersion() == null
                ? CoderRelease.defaultRelease() : CoderRelease.of(config.coderVersion()));
        LintResult result = engine.run(template);
        compare(templatePath, expected, result);
        return new Outcome(result, expected.size());
    }

    /** What a successful check saw: the engine's result and the number of expectations met. */
    public record Outcome(LintResult result, int expectations) { }

    private static void compare(String template, List<Expectation> expected, LintResult result) {
        List<RuleFinding> unexpected = new ArrayList<>(result.unsuppressed());
        List<Expectation> missing = new ArrayList<>();
        for (Expectation x : expected) {
            RuleFinding match = null;
            for (RuleFinding f : unexpected) {
                if (x.matches(f.range().filename(), f.range().startLine(), f.range().startColumn(),
                        f.range().endLine(), f.range().endColumn(), f.ruleId(), f.message())) {
                    match = f;
                    break;
                }
            }
            if (match == null) {
                missing.add(x);
            } else {
                unexpected.remove(match);
            }
        }
        if (missing.isEmpty() && unexpected.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(template).append(": findings differ from the expect: markers");
        for (Expectation x : missing) {
            sb.append("\n  missing:    ").append(x);
        }
        for (RuleFinding f : unexpected) {
            sb.append("\n  unexpected: ").append(f.range().filename()).append(':').append(f.range().startLine())
                .append(':').append(f.range().startColumn()).append('-').append(f.range().endLine()).append(':')
                .append(f.range().endColumn()).append(": ").append(f.ruleId()).append(" \"")
                .append(f.message()).append('"');
        }
        throw new AssertionError(sb.toString());
    }

    private static List<Path> fixturesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isDirectory(p) || isSourceFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSourceFile(Path p) {
        return Files.isRegularFile(p) && isSourceName(p.getFileName().toString());
    }

    private static boolean isSourceName(String name) {
        return name.endsWith(".tf") || name.endsWith(".tf.json");
    }
}
