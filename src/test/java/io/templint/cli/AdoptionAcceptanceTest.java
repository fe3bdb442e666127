package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16's acceptance, end to end on a repository of templates and modules as a new user
 * tries it: a baseline adopted, then only new problems fail; an excluded folder is not read; a
 * per-folder rule setting works; the hook is silent on a clean commit.
 */
class AdoptionAcceptanceTest {

    @TempDir
    Path repo;

    private void write(String file, String text) throws IOException {
        Path p = repo.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private CliHarness.Run templint(String... args) {
        return new CliHarness().in(repo).run(args);
    }

    /** Two templates that call a shared module, one with an old error; fixtures that are not templates. */
    private void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write(".templint.hcl", """
            config {
              exclude = ["test/fixtures"]
            }

            paths "modules/**" {
              kind = "module"
              rule "unused_variable" { enabled = false }
            }
            """);
        write("templates/docker/main.tf", """
            resource "coder_agent" "main" {
              os   = "plan9"
              arch = "amd64"
            }

            module "ide" {
              source   = "../../modules/ide"
              agent_id = coder_agent.main.id
            }
            """);
        write("templates/k8s/main.tf", """
            resource "coder_agent" "main" {
              os   = "linux"
              arch = "amd64"
            }

            module "ide" {
              source   = "../../modules/ide"
              agent_id = coder_agent.main.id
            }
            """);
        write("modules/ide/main.tf", """
            variable "agent_id" {
              type = string
            }

            variable "port" {
              type    = number
              default = 8080
            }

            resource "coder_app" "ide" {
              agent_id = var.agent_id
              slug     = "ide"
              url      = "http://localhost:13337"
            }
            """);
        write("test/fixtures/broken/main.tf", "resource \"coder_agent\" \"main\" {\n  os = \n");
    }

    private static final String[] ALL = {"templates/docker", "templates/k8s", "modules/ide", "test/fixtures/broken"};

    private static String[] check(String... options) {
        String[] args = new String[1 + options.length + ALL.length];
        args[0] = "check";
        System.arraycopy(options, 0, args, 1, options.length);
        System.arraycopy(ALL, 0, args, 1 + options.length, ALL.length);
        return args;
    }

    @Test
    void adoptWithABaselineThenOnlyNewProblemsFail() throws IOException {
        repository();
        CliHarness.Run before = templint(check("--format", "compact"));
        assertThat(before.out().lines().toList()).as("today's findings: the old error; none from the module's unused "
            + "variable (paths block), none from the excluded fixture").containsExactly(
            "templates/docker/main.tf:2:10: error: os \"plan9\" of coder_agent.main is not allowed: expected os to be "
                + "one of the provider's values (one of \"linux\", \"darwin\", \"windows\") [coder_agent_os_invalid]");
        assertThat(before.status()).isEqualTo(ExitStatus.FINDINGS);

        CliHarness.Run written = templint(check("--write-baseline", "templint-baseline.json"));
        assertThat(written.status()).isEqualTo(ExitStatus.OK);
        assertThat(Files.readString(repo.resolve("templint-baseline.json"))).contains("coder_agent_os_invalid")
            .doesNotContain("test/fixtures");

        CliHarness.Run adopted = templint(check("--baseline", "templint-baseline.json", "--format", "compact"));
        assertThat(adopted.status()).isEqualTo(ExitStatus.OK);
        assertThat(adopted.out()).isEmpty();

        // a new problem in another template: it alone is reported, and it fails the run
        write("templates/k8s/main.tf", Files.readString(repo.resolve("templates/k8s/main.tf"))
            .replace("arch = \"amd64\"", "arch = \"sparc\""));
        CliHarness.Run later = templint(check("--baseline", "templint-baseline.json", "--format", "compact"));
        assertThat(later.out().lines().toList()).containsExactly("templates/k8s/main.tf:3:10: error: arch \"sparc\" of "
            + "coder_agent.main is not allowed: expected arch to be one of the provider's values (one of \"amd64\", "
            + "\"armv7\", \"arm64\") [coder_agent_arch_invalid]");
        assertThat(later.status()).isEqualTo(ExitStatus.FINDINGS);
        CliHarness.Run text = templint(check("--baseline", "templint-baseline.json"));
        assertThat(text.out()).contains("1 known finding in the baseline not shown");
    }

    @Test
    void theExcludedFolderIsNotReadAndTheHookIsSilentOnACleanCommit() throws IOException {
        repository();
        CliHarness.Run hook = new CliHarness().in(repo).run(EndOfOptionsTest.hookCommand(
            List.of("templates/k8s/main.tf", "modules/ide/main.tf", "test/fixtures/broken/main.tf"))
            .toArray(String[]::new));
        assertThat(hook.status()).isEqualTo(ExitStatus.OK);
        assertThat(hook.out()).isEmpty();
        assertThat(hook.err()).isEmpty();

        CliHarness.Run failing = new CliHarness().in(repo).run(EndOfOptionsTest.hookCommand(
            List.of("templates/docker/main.tf")).toArray(String[]::new));
        assertThat(failing.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(failing.out()).startsWith("templates/docker/main.tf:2:10: error: os \"plan9\"");
    }
}
