package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.templint.report.Formatters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's GitHub Actions workflow calls templint with options the command line really has. */
class GitHubActionsExampleTest {

    /** The workflow: the first yaml block of the README's "GitHub Actions" section. */
    static String workflow() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## GitHub Actions\n");
        assertThat(section).as("the README's GitHub Actions section").isPositive();
        int end = readme.indexOf("\n## ", section + 1);
        Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL)
            .matcher(readme.substring(section, end < 0 ? readme.length() : end));
        assertThat(yaml.find()).as("a yaml block in the section").isTrue();
        return yaml.group(1);
    }

    /**
     * Each {@code templint ...} command of the workflow (a {@code run:} line or a line of a
     * {@code run: |} block that starts with {@code templint}), as shell words after {@code templint}.
     */
    static List<List<String>> templintCommands(String workflow) {
        List<List<String>> commands = new ArrayList<>();
        for (String line : workflow.split("\n")) {
            String shell = line.strip().replaceFirst("^(- )?(name: .*|run: \\|?)", "").strip();
            List<String> words = words(shell);
            if (!words.isEmpty() && words.get(0).equals("templint")) {
                commands.add(words.subList(1, words.size()));
            }
        }
        return commands;
    }

    /** Shell words: split at blanks, quotes removed (no expansion, which the commands do not need). */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == ' ' || c == '\t') {
                if (word != null) {
                    out.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            out.add(word.toString());
        }
        return out;
    }

    private static CheckCommand parse(List<String> args) {
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]), name -> null, Path.of("").toAbsolutePath(), false, false);
        CheckCommand check = new CheckCommand(console, CliServices.defaults());
        new CommandLine(check).parseArgs(args.toArray(String[]::new));
        return check;
    }

    @Test
    void everyTemplintCommandOfTheWorkflowParsesWithARealFormat() throws IOException {
        String workflow = workflow();
        List<List<String>> commands = templintCommands(workflow);
        assertThat(commands).as("the sarif run and the github run").hasSize(2);
        List<String> formats = new ArrayList<>();
        for (List<String> command : commands) {
            assertThat(command.get(0)).as(String.join(" ", command)).isEqualTo("check");
            List<String> args = command.subList(1, command.size());
            assertThatCode(() -> parse(args)).as(String.join(" ", command)).doesNotThrowAnyException();
            CheckCommand check = parse(args);
            assertThat(Formatters.standard().names()).as("--format of " + command).contains(check.format);
            assertThat(check.paths).as("paths of " + command).isNotEmpty();
            formats.add(check.format);
            if (check.format.equals("sarif")) {
                assertThat(workflow).as("upload-sarif uploads the file the sarif run writes")
                    .contains("github/codeql-action/upload-sarif@").contains("sarif_file: " + check.output + "\n");
                assertThat(check.failOn).as("the sarif run does not stop the job before the upload")
                    .isEqualTo(io.templint.rules.FailOn.NEVER);
            }
        }
        assertThat(formats).containsExactly("sarif", "github");
    }

    @Test
    void theCheckCatchesAnOptionTheCommandLineDoesNotHave() {
        List<List<String>> commands = templintCommands("""
                  - run: templint check --format sarif --ouput x.sarif templates/*
            """);
        assertThat(commands).hasSize(1);
        assertThatCode(() -> parse(commands.get(0).subList(1, commands.get(0).size())))
            .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--ouput");
        assertThat(words("templint check --format \"git hub\" 'a b' # comment")).containsExactly("templint", "check",
            "--format", "git hub", "a b");
    }
}
