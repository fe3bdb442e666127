package io.templint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.api.Severity;
import io.templint.hcl.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.builtin();

    private static TemplintConfig parse(String text) throws ConfigException {
        return ConfigLoader.parse(SourceFile.of(".templint.hcl", text), REGISTRY);
    }

    @Test
    void readsAFullConfiguration() throws ConfigException {
        TemplintConfig c = parse("""
            # project settings
            config {
              coder_version = "2.27"
              fail_on       = "warning"
            }
            rule "terraform_deprecated_index" { enabled = false }
            rule "terraform_duplicate_declaration" {
              severity = "notice"
            }
            rule "unused_suppression" {
              enabled  = true
              severity = "warning"
            }
            """);
        assertThat(c.coderVersion()).isEqualTo("2.27");
        assertThat(c.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(c.source()).isEqualTo(".templint.hcl");
        assertThat(c.isEnabled("terraform_deprecated_index")).isFalse();
        assertThat(c.isEnabled("terraform_deprecated_interpolation")).isTrue();
        assertThat(c.severity(io.templint.rules.terraform.DuplicateDeclarationRuleAccess.metadata()))
            .isEqualTo(Severity.NOTICE);
        assertThat(c.severity(EngineRules.UNUSED_SUPPRESSION)).isEqualTo(Severity.WARNING);
        assertThat(c.rules().get("terraform_deprecated_index").range().startLine()).isEqualTo(6);
    }

    @Test
    void pathsBlocksOverrideRuleSettingsOverTheTopLevelOnesTheLastMatchingWinning(@TempDir Path tmp)
            throws IOException, ConfigException {
        Path file = Files.writeString(tmp.resolve(ConfigLoader.FILE_NAME), """
            rule "unused_variable" { severity = "notice" }
            rule "terraform_deprecated_index" { enabled = false }
            paths "modules/**" {
              kind = "module"
              rule "unused_variable" { enabled = false }
            }
            paths "modules/keep" {
              rule "unused_variable" { enabled = true }
              rule "terraform_deprecated_index" { severity = "error" }
            }
            paths "**/legacy" {
              rule "terraform_deprecated_index" { enabled = true }
            }
            """);
        TemplintConfig c = ConfigLoader.load(file, REGISTRY);
        RuleMetadata unused = REGISTRY.rule("unused_variable").orElseThrow().metadata();
        RuleMetadata index = REGISTRY.rule("terraform_deprecated_index").orElseThrow().metadata();
        assertThat(c.paths()).hasSize(3);
        assertThat(c.paths().get(0).kind()).isEqualTo(PathConfig.Kind.MODULE);
        assertThat(c.paths().get(1).kind()).as("a paths block of rules only").isNull();

        TemplintConfig top = c.at(tmp.resolve("templates/docker"));
        assertThat(top).as("no paths block matches: the configuration itself").isSameAs(c);
        assertThat(top.isEnabled("unused_variable")).isTrue();
        assertThat(top.severity(unused)).isEqualTo(Severity.NOTICE);

        TemplintConfig module = c.at(tmp.resolve("modules/x"));
        assertThat(module.isEnabled("unused_variable")).isFalse();
        assertThat(module.severity(unused)).as("the top-level severity stays").isEqualTo(Severity.NOTICE);
        assertThat(module.isEnabled("terraform_deprecated_index")).isFalse();
        assertThat(module.rules().get("unused_variable").range().startLine()).isEqualTo(5);

        TemplintConfig keep = c.at(tmp.resolve("modules/keep"));
        assertThat(keep.isEnabled("unused_variable")).as("the later block wins").isTrue();
        assertThat(keep.severity(unused)).isEqualTo(Severity.NOTICE);
        assertThat(keep.isEnabled("terraform_deprecated_index")).as("severity alone keeps enabled = false")
            .isFalse();
        assertThat(keep.severity(index)).isEqualTo(Severity.ERROR);

        TemplintConfig legacy = c.at(tmp.resolve("modules/keep/legacy"));
        assertThat(legacy.isEnabled("terraform_deprecated_index")).isTrue();
        assertThat(legacy.severity(index)).as("merged from the block before").isEqualTo(Severity.ERROR);
        assertThat(c.at(tmp.resolve("../elsewhere/modules/x"))).as("outside the file's folder").isSameAs(c);
        assertThat(c.at(null)).isSameAs(c);
    }

    @Test
    void excludeGlobsMatchFoldersRelativeToTheFile(@TempDir Path tmp) throws IOException, ConfigException {
        Path file = Files.writeString(tmp.resolve(ConfigLoader.FILE_NAME), """
            config {
              exclude = ["test/fixtures", "**/testdata", "scratch-*"]
            }
            """);
        TemplintConfig c = ConfigLoader.load(file, REGISTRY);
        assertThat(c.exclude()).extracting(PathPattern::glob).containsExactly("test/fixtures", "**/testdata",
            "scratch-*");
        assertThat(c.excludedBy(tmp.resolve("test/fixtures"))).map(PathPattern::glob).contains("test/fixtures");
        assertThat(c.excludedBy(tmp.resolve("test/fixtures/bad/x"))).as("below an excluded folder").isPresent();
        assertThat(c.excludedBy(tmp.resolve("a/b/testdata/t"))).map(PathPattern::glob).contains("**/testdata");
        assertThat(c.excludedBy(tmp.resolve("scratch-1"))).map(PathPattern::glob).contains("scratch-*");
        assertThat(c.excludedBy(tmp.resolve("x/scratch-1"))).as("unanchored: at any depth").isPresent();
        assertThat(c.excludedBy(tmp.resolve("other/test/fixtures"))).as("anchored at the file's folder").isEmpty();
        assertThat(c.excludedBy(tmp.resolve("test"))).isEmpty();
        assertThat(c.excludedBy(tmp.resolve("templates/docker"))).isEmpty();
        assertThat(c.excludedBy(tmp)).as("the file's own folder").isEmpty();
        assertThat(c.excludedBy(null)).isEmpty();
        assertThat(parse("config {\n  exclude = []\n}\n").exclude()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"README.md, '\n## Configuration\n'", "docs/rules.md, '\n## `.templint.hcl`\n'"})
    void theDocumentedExampleIsAValidConfiguration(String doc, String heading) throws IOException, ConfigException {
        String text = Files.readString(Path.of(doc));
        int section = text.indexOf(heading.replace("\\n", "\n"));
        assertThat(section).as(doc + heading).isPositive();
        int start = text.indexOf("```hcl\n", section) + "```hcl\n".length();
        String example = text.substring(start, text.indexOf("```", start));
        assertThat(example).startsWith("config {").contains("exclude").contains("paths \"").contains("  rule \"");
        TemplintConfig c = parse(example);
        assertThat(c.exclude()).isNotEmpty();
        assertThat(c.paths()).singleElement().satisfies(p -> assertThat(p.rules()).isNotEmpty());
    }

    @Test
    void anEmptyFileIsTheEmptyConfiguration() throws ConfigException {
        TemplintConfig c = parse("# nothing\n");
        assertThat(c.coderVersion()).isNull();
        assertThat(c.failOn()).isNull();
        assertThat(c.rules()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        syntax error               | config {\\n  fail_on = \\n}                         | 2 | 13 | syntax error: Invalid expression
        unknown rule               | rule "terraform_deprecated_indx" {}                   | 1 | 6  | unknown rule "terraform_deprecated_indx" (did you mean "terraform_deprecated_index"?)
        unknown rule, no hint      | rule "completely_different" {}                       | 1 | 6  | unknown rule "completely_different"
        bad severity               | rule "unused_suppression" {\\n  severity = "fatal"\\n} | 2 | 14 | unknown severity "fatal"
        severity not a string      | rule "unused_suppression" { severity = 3 }           | 1 | 40 | severity must be a literal string
        interpolated string        | config { fail_on = "${var.x}" }                      | 1 | 20 | fail_on must be a literal string
        enabled not a bool         | rule "unused_suppression" { enabled = "false" }      | 1 | 39 | enabled must be true or false
        unknown rule attribute     | rule "unused_suppression" {\\n  enable = false\\n}     | 2 | 3  | unknown attribute 'enable' in rule (expected enabled, severity)
        unknown config attribute   | config {\\n  coder = "2.27"\\n}                        | 2 | 3  | unknown attribute 'coder' in config
        bad fail_on                | config { fail_on = "always" }                        | 1 | 20 | unknown fail_on 'always'
        bad coder_version          | config { coder_version = "latest" }                  | 1 | 26 | coder_version must look like "2.27"
        unknown block              | rules "x" {}                                         | 1 | 1  | unknown block type 'rules' (expected config, rule or paths)
        top-level attribute        | fail_on = "error"                                    | 1 | 1  | unexpected attribute 'fail_on' at the top level
        rule without label         | rule {}                                              | 1 | 1  | exactly one label
        rule with two labels       | rule "a" "b" {}                                      | 1 | 6  | exactly one label
        config with a label        | config "x" {}                                        | 1 | 8  | takes no labels
        duplicate rule             | rule "unused_suppression" {}\\nrule "unused_suppression" {} | 2 | 6 | configured twice (the first is at line 1)
        duplicate config           | config {}\\nconfig {}                                 | 2 | 1  | duplicate config block
        nested block               | rule "unused_suppression" {\\n  x {}\\n}               | 2 | 3  | unexpected block 'x' inside rule
        syntax rule                | rule "syntax" { enabled = false }                    | 1 | 6  | syntax errors cannot be configured
        paths without label        | paths { kind = "module" }                            | 1 | 1  | a paths block takes exactly one label, a folder glob
        paths with two labels      | paths "a" "b" { kind = "module" }                    | 1 | 11 | a paths block takes exactly one label
        paths without kind         | paths "modules/**" {}                                | 1 | 1  | a paths block must set kind = "template", "module" or "auto"
        paths bad kind             | paths "modules/**" {\\n  kind = "library"\\n}          | 2 | 10 | unknown kind "library" (expected template, module or auto)
        paths kind not literal     | paths "m" { kind = var.k }                           | 1 | 20 | kind must be a literal string
        paths unknown attribute    | paths "m" {\\n  kinds = "module"\\n}                   | 2 | 3  | unknown attribute 'kinds' in paths (expected kind)
        paths nested block         | paths "m" {\\n  rules "x" {}\\n}                       | 2 | 3  | unexpected block 'rules' inside paths (expected kind = ... and rule "id" { ... } blocks); did you mean "rule"?
        paths unknown rule         | paths "m" {\\n  rule "unused_variabel" {}\\n}          | 2 | 8  | unknown rule "unused_variabel" (did you mean "unused_variable"?)
        paths rule twice           | paths "m" {\\n  rule "unused_variable" {}\\n  rule "unused_variable" {}\\n} | 3 | 8 | rule "unused_variable" is configured twice (the first is at line 2)
        paths rule bad severity    | paths "m" {\\n  rule "unused_variable" {\\n    severity = "info"\\n  }\\n} | 3 | 16 | unknown severity "info" (expected error, warning or notice)
        paths rule unknown setting | paths "m" {\\n  rule "unused_variable" { enable = false }\\n} | 2 | 28 | unknown attribute 'enable' in rule (expected enabled, severity); did you mean "enabled"?
        paths rule nested block    | paths "m" {\\n  rule "unused_variable" {\\n    x {}\\n  }\\n} | 3 | 5 | unexpected block 'x' inside rule
        paths misspelt kind        | paths "m" {\\n  knd = "module"\\n}                     | 2 | 3  | unknown attribute 'knd' in paths (expected kind); did you mean "kind"?
        misspelt block type        | pathes "m" { kind = "module" }                       | 1 | 1  | unknown block type 'pathes' (expected config, rule or paths); did you mean "paths"?
        misspelt config setting    | config {\\n  exlude = ["a"]\\n}                       | 2 | 3  | unknown attribute 'exlude' in config (expected coder_version, fail_on, exclude); did you mean "exclude"?
        exclude not a list         | config { exclude = "fixtures" }                      | 1 | 20 | exclude must be a list of folder globs
        exclude entry not a string | config {\\n  exclude = ["a", var.b]\\n}               | 2 | 19 | each exclude entry must be a literal string
        exclude bad glob           | config {\\n  exclude = ["ok", "../up"]\\n}            | 2 | 20 | bad path pattern "../up": ".." is not allowed in a path pattern
        paths character class      | paths "mod[ue]les" { kind = "module" }               | 1 | 7  | bad path pattern "mod[ue]les": '[' is not allowed
        paths backslash            | paths "a\\\\b" { kind = "module" }                   | 1 | 7  | is not allowed in a path pattern
        paths empty                | paths "" { kind = "module" }                         | 1 | 7  | empty path pattern (use "**" for every folder)
        paths dot-dot              | paths "../modules" { kind = "module" }               | 1 | 7  | ".." is not allowed in a path pattern
        paths double slash         | paths "a//b" { kind = "module" }                     | 1 | 7  | empty folder name
        paths partial double star  | paths "a**/b" { kind = "module" }                    | 1 | 7  | "**" must be a whole folder name
        """)
    void everyProblemIsAConfigExceptionWithItsPosition(String name, String text, int line, int column, String message) {
        assertThatThrownBy(() -> parse(text.replace("\\n", "\n")))
            .isInstanceOfSatisfying(ConfigException.class, e -> {
                assertThat(e.getMessage()).startsWith(".templint.hcl:" + line + ":" + column + ": ");
                assertThat(e.problem()).contains(message);
                assertThat(e.file()).isEqualTo(".templint.hcl");
                assertThat(e.line()).isEqualTo(line);
                assertThat(e.column()).isEqualTo(column);
            });
    }

    @Test
    void discoversTheNearestFileUpToTheRepositoryRoot(@TempDir Path tmp) throws IOException, ConfigException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path template = Files.createDirectories(repo.resolve("templates/docker"));
        Files.writeString(template.resolve("main.tf"), "");
        assertThat(ConfigLoader.discover(template)).isEmpty();

        Files.writeString(tmp.resolve(ConfigLoader.FILE_NAME), "config { fail_on = \"never\" }");
        assertThat(ConfigLoader.discover(template)).as("stops at the .git folder").isEmpty();

        Path atRoot = Files.writeString(repo.resolve(ConfigLoader.FILE_NAME), "config { fail_on = \"notice\" }");
        assertThat(ConfigLoader.discover(template)).contains(atRoot.toAbsolutePath().normalize());
        assertThat(ConfigLoader.discover(template.resolve("main.tf"))).contains(atRoot.toAbsolutePath().normalize());
        assertThat(ConfigLoader.load(ConfigLoader.discover(template).orElseThrow(), REGISTRY).failOn())
            .isEqualTo(FailOn.NOTICE);

        Path nearest = Files.writeString(template.resolve(ConfigLoader.FILE_NAME), "");
        assertThat(ConfigLoader.discover(template)).contains(nearest.toAbsolutePath().normalize());
    }

    @Test
    void aMissingTemplateConfigurationIsNone(@TempDir Path tmp) throws IOException, ConfigException {
        Files.createDirectories(tmp.resolve(".git"));
        assertThat(ConfigLoader.discover(tmp)).isEmpty();
    }

    @Test
    void aDiscoveredLinkIsFollowedOnlyInsideTheRepository(@TempDir Path tmp) throws IOException, ConfigException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path template = Files.createDirectories(repo.resolve("templates/docker"));
        Path shared = Files.writeString(repo.resolve("shared.hcl"), "config { fail_on = \"never\" }");
        Path link = Files.createSymbolicLink(template.resolve(ConfigLoader.FILE_NAME), Path.of("../../shared.hcl"));
        assertThat(ConfigLoader.discover(template)).as("a link inside the repository").contains(link);
        assertThat(ConfigLoader.load(link, REGISTRY).failOn()).isEqualTo(FailOn.NEVER);

        Path outside = Files.writeString(tmp.resolve("secret.txt"), "token = \"s3cr3t\"");
        Files.delete(link);
        Files.createSymbolicLink(link, outside);
        assertThatThrownBy(() -> ConfigLoader.discover(template)).isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.getMessage()).isEqualTo(link + ":1:1: not read: a symbolic link to a file outside "
                + "the repository " + repo + " (the configuration of a checked-out template stays inside it)"));
        Files.delete(link);
        Files.createSymbolicLink(link, Path.of("../../../secret.txt"));
        assertThatThrownBy(() -> ConfigLoader.discover(template)).as("a relative link climbing out")
            .hasMessageContaining("outside the repository");
        Files.delete(link);
        Files.createSymbolicLink(link, tmp.resolve("gone.hcl"));
        assertThatThrownBy(() -> ConfigLoader.discover(template))
            .hasMessage(link + ":1:1: not read: a symbolic link to no readable file");
        Files.delete(link);
        Files.createSymbolicLink(link, repo.resolve("templates"));
        assertThatThrownBy(() -> ConfigLoader.discover(template))
            .hasMessage(link + ":1:1: not read: a symbolic link to no regular file");
        Files.delete(link);
        assertThat(ConfigLoader.discover(template)).isEmpty();
        Path noRepo = Files.createDirectories(tmp.resolve("plain/t"));
        Files.createSymbolicLink(noRepo.resolve(ConfigLoader.FILE_NAME), shared);
        assertThatThrownBy(() -> ConfigLoader.discover(noRepo)).as("outside a repository, the link's own folder bounds it")
            .hasMessageContaining("outside the repository " + noRepo + " ");
    }

    @Test
    void anUnreadableFileIsAConfigException(@TempDir Path tmp) {
        Path missing = tmp.resolve("nope.hcl");
        assertThatThrownBy(() -> ConfigLoader.load(missing, REGISTRY))
            .isInstanceOfSatisfying(ConfigException.class, e -> {
                assertThat(e.getMessage()).startsWith(missing + ":1:1: cannot read configuration file");
            });
    }

    @Test
    void loadsAFileAndReportsPositionsInIt(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve(ConfigLoader.FILE_NAME), "\n\nrule \"nope\" {}\n");
        assertThatThrownBy(() -> ConfigLoader.load(file, REGISTRY))
            .hasMessage(file + ":3:6: unknown rule \"nope\"");
    }
}
