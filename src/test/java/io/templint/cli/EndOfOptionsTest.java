package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names take no orders: after {@code --} nothing is an option or an argument file, and the
 * pre-commit hook passes the staged files after {@code --}.
 */
class EndOfOptionsTest {

    /** A template whose lines are also the options an attacker wants obeyed. */
    private static final String ORDERS = "--output\n%s\n--fail-on\nnever\n";

    @TempDir
    Path repo;

    /** The command pre-commit runs for the hook: entry, then args, then the staged files. */
    static List<String> hookCommand(List<String> stagedFiles) throws IOException {
        String manifest = Files.readString(Path.of(".pre-commit-hooks.yaml"), StandardCharsets.UTF_8);
        Matcher entry = Pattern.compile("(?m)^\\s+entry:\\s*(.+)$").matcher(manifest);
        Matcher args = Pattern.compile("(?m)^\\s+args:\\s*\\[(.*)]\\s*$").matcher(manifest);
        assertThat(entry.find()).as("the hook's entry").isTrue();
        assertThat(args.find()).as("the hook's args, a flow list").isTrue();
        List<String> command = new ArrayList<>(List.of(entry.group(1).trim().split("\\s+")));
        assertThat(command.remove(0)).isEqualTo("bin/templint");
        for (String a : args.group(1).split(",")) {
            if (!a.isBlank()) {
                command.add(a.trim().replaceAll("^['\"]|['\"]$", ""));
            }
        }
        command.addAll(stagedFiles);
        return command;
    }

    private Path victim() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Path victim = repo.resolve("victim.txt");
        Files.writeString(victim, "precious\n");
        Files.writeString(repo.resolve("x.tf"), ORDERS.formatted(victim));
        Files.writeString(repo.resolve("@x.tf"), "terraform {}\n");
        return victim;
    }

    @Test
    void theHookPassesTheStagedFilesAfterEndOfOptions() throws IOException {
        List<String> command = hookCommand(List.of("@x.tf", "x.tf"));
        assertThat(command).containsExactly("check", "--quiet", "--", "@x.tf", "x.tf");
    }

    @Test
    void aStagedFileNamedLikeAnArgumentFileIsCheckedNotObeyed() throws IOException {
        Path victim = victim();
        CliHarness.Run run = new CliHarness().in(repo).run(hookCommand(List.of("@x.tf", "x.tf")).toArray(String[]::new));
        assertThat(Files.readString(victim)).as("no report written over another file").isEqualTo("precious\n");
        assertThat(run.status()).as("x.tf is broken and --fail-on never was not obeyed").isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("x.tf:1:1: error: ").contains(" in 1 of 1 template checked\n");
        assertThat(run.out()).as("@x.tf is a file of the template, with no finding").doesNotContain("@x.tf:");
    }

    @Test
    void withoutEndOfOptionsAnArgumentIsExpandedWhichIsWhyTheHookPassesIt() throws IOException {
        victim();
        CliHarness.Run run = new CliHarness().in(repo).run("check", "--format", "compact", "@x.tf", "x.tf");
        // what a person types is expanded: x.tf's lines became options
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(Files.readString(repo.resolve("victim.txt"))).isNotEqualTo("precious\n");
    }

    @Test
    void afterEndOfOptionsCheckTakesEveryArgumentAsAPath() throws IOException {
        Files.writeString(repo.resolve("--format.tf"), "a = = 1\n");
        CliHarness cli = new CliHarness().in(repo);
        CliHarness.Run run = cli.run("check", "--format", "compact", "--", "--format.tf");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out()).contains("--format.tf:1:5: error: Invalid expression");
        CliHarness.Run option = cli.run("check", "--", "--fail-on", "never");
        assertThat(option.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(option.err()).isEqualTo("templint: --fail-on: no such file or directory\n");
        CliHarness.Run at = cli.run("check", "--", "@--format.tf");
        assertThat(at.err()).isEqualTo("templint: @--format.tf: no such file or directory\n");
    }

    @Test
    void afterEndOfOptionsParseTakesEveryArgumentAsAFile() throws IOException {
        Files.writeString(repo.resolve("@x.tf"), "a = = 1\n");
        Files.writeString(repo.resolve("x.tf"), "--format\njson\n");
        CliHarness cli = new CliHarness().in(repo);
        CliHarness.Run run = cli.run("parse", "--", "@x.tf");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out()).startsWith("@x.tf:1:5: error: Invalid expression");
        CliHarness.Run option = cli.run("parse", "--", "--format", "json");
        assertThat(option.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(option.err()).isEqualTo("templint: --format: cannot read: no such file or directory\n");
    }
}
