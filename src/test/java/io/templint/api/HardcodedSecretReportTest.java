package io.templint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A secret written into a template is reported as a finding, and never repeated by the report. */
class HardcodedSecretReportTest {

    static final String TEMPLATE = "testdata/secrets/hardcoded";
    static final List<String> SECRETS = List.of(
        "ghp_Q7wE9rT2yU4iO6pA8sD0fG3hJ5kL1zX7cV9b",
        "Xk9#mP2$vL5nQ8@wR4tY",
        "sk-ant-api03-Zq8Wx7Ec6Rv5Tb4Yn3Um2Ik1Ol0Pz9");

    /** Fails when {@code text} holds any 8 consecutive characters of a secret. */
    static void assertNoSecret(String text) {
        for (String secret : SECRETS) {
            for (int i = 0; i + 8 <= secret.length(); i++) {
                assertThat(text).as("part of %s", secret).doesNotContain(secret.substring(i, i + 8));
            }
        }
    }

    @Test
    void jsonReportHoldsNoSecret() throws Exception {
        Report report = Templint.create().analyze(Path.of(TEMPLATE));
        assertNoSecret(ReportJson.toJson(report));
    }

    @Test
    void secretEnvEntriesAreSensitiveWithoutValueAndOthersKeepTheirs() throws Exception {
        TemplateReport t = Templint.create().analyze(Path.of(TEMPLATE)).templates().get(0);
        assertThat(t.agents().get(0).env())
            .extracting(EnvEntry::name, EnvEntry::value, EnvEntry::sensitive, EnvEntry::expression)
            .containsExactly(
                tuple("GIT_AUTHOR_NAME", "AI Bot", false, "\"AI Bot\""),
                tuple("GITHUB_TOKEN", null, true, "\"ghp_" + "*".repeat(36) + "\""),
                tuple("DB_PASSWORD", null, true, "\"Xk9#" + "*".repeat(16) + "\""),
                tuple("ANTHROPIC_API_KEY", null, true, "\"sk-a" + "*".repeat(39) + "\""));
    }

    @Test
    void findingsAreStillReportedWhereTheSecretsAre() throws Exception {
        TemplateReport t = Templint.create().analyze(Path.of(TEMPLATE)).templates().get(0);
        assertThat(t.diagnostics())
            .extracting(Finding::rule, Finding::line, Finding::column)
            .containsExactly(
                tuple("coder_hardcoded_secret", 15, 5),
                tuple("coder_hardcoded_secret", 16, 5),
                tuple("coder_hardcoded_secret", 23, 14));
        assertThat(t.diagnostics().get(0).message()).contains("GITHUB_TOKEN", "GitHub personal access token");
        assertThat(t.diagnostics().get(2).message()).contains("ANTHROPIC_API_KEY", "Anthropic API key");
    }

    @Test
    void anEnvTakenAsAWholeMasksEverySecretInTheTextItsEntriesShare() throws Exception {
        String tf = """
            resource "coder_agent" "main" {
              os   = "linux"
              arch = "amd64"
              env  = { for k, v in { GITHUB_TOKEN = "ghp_Q7wE9rT2yU4iO6pA8sD0fG3hJ5kL1zX7cV9b", EDITOR = "vim" } : k => v }
            }
            """;
        TemplateReport t = Templint.create()
            .analyze(java.util.Map.of("main.tf", tf.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "t")
            .templates().get(0);
        List<EnvEntry> env = t.agents().get(0).env();
        assertThat(env).extracting(EnvEntry::name, EnvEntry::value, EnvEntry::sensitive)
            .containsExactlyInAnyOrder(tuple("GITHUB_TOKEN", null, true), tuple("EDITOR", "vim", false));
        assertThat(env).allSatisfy(e -> assertThat(e.expression()).contains("ghp_****").contains("vim"));
        assertNoSecret(ReportJson.toJson(Templint.create().report(List.of(t))));
    }
}
