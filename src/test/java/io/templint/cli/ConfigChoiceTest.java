package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template cannot configure its own check unless the caller wants that. */
class ConfigChoiceTest {

    /** A configuration that would let any template pass. */
    static final String LET_ALL_PASS = "config {\n  fail_on = \"never\"\n}\n";
    static final String BROKEN = "resource \"coder_agent\" \"main\" {\n  os = \n}\n";

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();

    private Path repoWithBrokenTemplate() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("t"));
        Files.writeString(repo.resolve("t/main.tf"), BROKEN);
        return repo;
    }

    @Test
    void noConfigIgnoresTheDiscoveredFile() throws IOException {
        Path repo = repoWithBrokenTemplate();
        Files.writeString(repo.resolve("t/.templint.hcl"), LET_ALL_PASS);
        assertThat(cli.in(repo).run("check", "t").status()).as("discovered").isEqualTo(ExitStatus.OK);
        CliHarness.Run run = cli.in(repo).run("check", "--no-config", "t");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.err()).isEmpty();
        CliHarness.Run both = cli.in(repo).run("check", "--no-config", "--config", "t/.templint.hcl", "t");
        assertThat(both.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(both.out()).isEmpty();
        assertThat(both.err()).isEqualTo("templint: --config and --no-config cannot be used together\n");
    }

    @Test
    void aDiscoveredLinkToAFileOutsideTheRepositoryIsNotRead() throws IOException {
        Path repo = repoWithBrokenTemplate();
        Path outside = Files.writeString(tmp.resolve("elsewhere.hcl"), LET_ALL_PASS);
        Path link = Files.createSymbolicLink(repo.resolve("t/.templint.hcl"), outside);
        CliHarness.Run run = cli.in(repo).run("check", "t/main.tf");
        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("templint: bad config: " + link.toAbsolutePath() + ":1:1: not read: a symbolic "
            + "link to a file outside the repository " + repo.toAbsolutePath() + " (the configuration of a checked-out "
            + "template stays inside it); name one with --config, or pass --no-config\n");
        assertThat(cli.in(repo).run("check", "--no-config", "t/main.tf").status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(cli.in(repo).run("check", "--config", outside.toString(), "t/main.tf").status())
            .as("a file the caller names is read wherever it is").isEqualTo(ExitStatus.OK);

        Files.delete(link);
        Files.writeString(repo.resolve("shared.hcl"), LET_ALL_PASS);
        Files.createSymbolicLink(link, Path.of("../shared.hcl"));
        assertThat(cli.in(repo).run("check", "t/main.tf").status()).as("a link inside the repository")
            .isEqualTo(ExitStatus.OK);
    }

    @Test
    void aConfigurationInsideAnArchiveOrOnStandardInputIsNeverRead() throws IOException {
        Map<String, String> upload = new LinkedHashMap<>();
        upload.put(".templint.hcl", LET_ALL_PASS);
        upload.put("main.tf", BROKEN);
        Files.write(tmp.resolve("u.tar.gz"), TestArchives.tarGz(upload));
        Files.write(tmp.resolve("u.zip"), TestArchives.zip(upload));
        CliHarness.Run run = cli.in(tmp).run("check", "--format", "compact", "u.tar.gz", "u.zip");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out()).contains("u.tar.gz/main.tf:2:").contains("u.zip/main.tf:2:");
        CliHarness.Run stdin = new CliHarness().in(tmp).stdin(TestArchives.tar(upload)).run("check", "-");
        assertThat(stdin.status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void templintConfigNamesTheFileWhenConfigDoesNot() throws IOException {
        Path repo = repoWithBrokenTemplate();
        Files.writeString(repo.resolve("pass.hcl"), LET_ALL_PASS);
        Files.writeString(repo.resolve("strict.hcl"), "config {\n  fail_on = \"error\"\n}\n");
        assertThat(new CliHarness().env("TEMPLINT_CONFIG", "pass.hcl").in(repo).run("check", "t").status())
            .isEqualTo(ExitStatus.OK);
        assertThat(new CliHarness().env("TEMPLINT_CONFIG", "pass.hcl").in(repo)
            .run("check", "--config", "strict.hcl", "t").status()).as("--config wins").isEqualTo(ExitStatus.FINDINGS);
        assertThat(new CliHarness().env("TEMPLINT_CONFIG", "pass.hcl").in(repo)
            .run("check", "--no-config", "t").status()).as("--no-config wins").isEqualTo(ExitStatus.FINDINGS);
        assertThat(new CliHarness().env("TEMPLINT_CONFIG", "").in(repo).run("check", "t").status())
            .as("empty: unset").isEqualTo(ExitStatus.FINDINGS);
        CliHarness.Run missing = new CliHarness().env("TEMPLINT_CONFIG", "nope.hcl").in(repo).run("check", "t");
        assertThat(missing.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo("templint: TEMPLINT_CONFIG=nope.hcl: no such config file\n");
    }
}
