package io.templint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.hcl.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The folder globs of {@code paths} blocks: .gitignore's reading, anchored at the config file's folder. */
class PathPatternTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
        modules/**              | modules/git-config               | true
        modules/**              | modules/git-config/scripts       | true
        modules/**              | modules                          | false
        modules/**              | templates/modules/x              | false
        modules                 | modules                          | true
        modules                 | modules/x/y                      | true
        modules                 | registry/coder/modules/x         | true
        modules                 | my-modules                       | false
        /modules                | registry/modules                 | false
        /modules                | modules/x                        | true
        modules/                | modules/x                        | true
        registry/*/modules/**   | registry/coder/modules/agentapi  | true
        registry/*/modules/**   | registry/coder-labs/modules/codex | true
        registry/*/modules/**   | registry/coder/templates/docker  | false
        registry/*/modules/**   | registry/a/b/modules/c           | false
        registry/**/modules/*   | registry/a/b/modules/c           | true
        registry/**/modules/*   | registry/modules/c               | true
        **/modules/*            | modules/c                        | true
        **/modules/*            | x/y/modules/c/d                  | true
        **                      | anything/at/all                  | true
        *-module                | a/b/tool-module                  | true
        templates/?ocker        | templates/docker                 | true
        templates/?ocker        | templates/xdocker                | false
        templates/d*            | templates/docker/modules         | true
        Modules/**              | modules/x                        | false
        a.b/**                  | a.b/c                            | true
        a.b/**                  | axb/c                            | false
        """)
    void matchesAsGitignoreDoes(String glob, String folder, boolean expected) {
        assertThat(PathPattern.compile(glob).matches(folder)).isEqualTo(expected);
    }

    @Test
    void theConfigFoldersItselfIsMatchedByNoPattern() {
        assertThat(PathPattern.compile("**").matches("")).isFalse();
    }

    @Test
    void badPatternsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> PathPattern.compile("a/[bc]")).hasMessageContaining("'[' is not allowed");
        assertThatThrownBy(() -> PathPattern.compile("/")).hasMessageContaining("empty path pattern");
        assertThatThrownBy(() -> PathPattern.compile("a/./b")).hasMessageContaining("\".\" is not allowed");
    }

    @Test
    void theLastMatchingBlockDecidesRelativeToTheConfigFilesFolder() throws ConfigException {
        Path repo = Path.of("repo").toAbsolutePath();
        String text = """
            paths "registry/*/modules/**" { kind = "module" }
            paths "registry/coder/modules/example-template" { kind = "template" }
            paths "registry/coder/modules/odd" { kind = "auto" }
            """;
        TemplintConfig config = ConfigLoader.parse(new SourceFile(repo.resolve(".templint.hcl").toString(),
            text.getBytes(StandardCharsets.UTF_8)), RuleRegistry.builtin());
        assertThat(config.baseDir()).isEqualTo(repo);
        assertThat(config.paths()).hasSize(3);
        assertThat(config.kindAt(repo.resolve("registry/coder/modules/agentapi")).orElseThrow().kind())
            .isEqualTo(PathConfig.Kind.MODULE);
        assertThat(config.kindAt(repo.resolve("registry/coder/modules/example-template")).orElseThrow().range()
            .startLine()).isEqualTo(2);
        assertThat(config.kindAt(repo.resolve("registry/coder/modules/odd")).orElseThrow().kind())
            .isEqualTo(PathConfig.Kind.AUTO);
        assertThat(config.kindAt(repo.resolve("registry/coder/templates/docker"))).isEmpty();
        assertThat(config.kindAt(repo.resolve("../elsewhere/registry/coder/modules/x"))).as("outside the config folder")
            .isEmpty();
        assertThat(config.kindAt(null)).isEmpty();
        assertThat(config.withCoderVersion("2.30").paths()).isEqualTo(config.paths());
        assertThat(config.withFailOn(FailOn.NEVER).paths()).isEqualTo(config.paths());
    }
}
