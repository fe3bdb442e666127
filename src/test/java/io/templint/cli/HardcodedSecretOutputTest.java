package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.report.Formatters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No report format of {@code templint check} repeats a secret written into the template. */
class HardcodedSecretOutputTest {

    private static final String TEMPLATE = "testdata/secrets/hardcoded";
    private static final List<String> SECRETS = List.of(
        "ghp_Q7wE9rT2yU4iO6pA8sD0fG3hJ5kL1zX7cV9b",
        "Xk9#mP2$vL5nQ8@wR4tY",
        "sk-ant-api03-Zq8Wx7Ec6Rv5Tb4Yn3Um2Ik1Ol0Pz9");

    private final CliHarness cli = new CliHarness();

    private static void assertNoSecret(String format, String text) {
        for (String secret : SECRETS) {
            for (int i = 0; i + 8 <= secret.length(); i++) {
                assertThat(text).as("%s output, part of %s", format, secret).doesNotContain(secret.substring(i, i + 8));
            }
        }
    }

    @Test
    void textReportMasksCodeFramesAndTheEnvSummary() {
        CliHarness.Run run = cli.run("check", TEMPLATE);
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertNoSecret("text", run.out());
        assertThat(run.out())
            .contains(TEMPLATE + "/main.tf:15:5: error: GITHUB_TOKEN in the env of agent coder_agent.main")
            .contains("15 |     GITHUB_TOKEN    = \"ghp_" + "*".repeat(36) + "\"\n")
            .contains("16 |     DB_PASSWORD     = \"Xk9#" + "*".repeat(16) + "\"\n")
            .contains(TEMPLATE + "/main.tf:23:14: error: ANTHROPIC_API_KEY in coder_env.anthropic")
            .contains("23 |   value    = \"sk-a" + "*".repeat(39) + "\"\n")
            .contains("    GIT_AUTHOR_NAME = \"AI Bot\"\n")
            .contains("    GITHUB_TOKEN = \"ghp_" + "*".repeat(36) + "\" (sensitive)\n");
    }

    @Test
    void noFormatRepeatsASecret() {
        for (String format : Formatters.standard().names()) {
            CliHarness.Run run = cli.run("check", "--format", format, TEMPLATE);
            assertThat(run.status()).as(format).isEqualTo(ExitStatus.FINDINGS);
            assertThat(run.out()).as(format).contains("coder_hardcoded_secret");
            assertNoSecret(format, run.out());
        }
    }

    @Test
    void sarifLocatesTheFindings() {
        String sarif = cli.run("check", "--format", "sarif", TEMPLATE).out();
        assertNoSecret("sarif", sarif);
        assertThat(sarif).containsPattern("\"startLine\" ?: ?15,").containsPattern("\"startLine\" ?: ?23,");
    }
}
