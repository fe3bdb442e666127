package io.templint.rules.coder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretPatternsTest {

    private static final String GITHUB = "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5";

    @Test
    void knownFormatsAreNamedAndMasked() {
        assertThat(SecretPatterns.describe("X", GITHUB))
            .isEqualTo("a GitHub personal access token (ghp_…, 40 characters)")
            .doesNotContain(GITHUB.substring(4, 10));
        assertThat(SecretPatterns.describe("X", "token=" + GITHUB + " more")).startsWith("a GitHub personal");
        assertThat(SecretPatterns.describe(null, "AKIAIOSFODNN7EXAMPLQ")).startsWith("an AWS access key id (AKIA…");
        assertThat(SecretPatterns.describe(null, "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv")).startsWith("an Anthropic");
        assertThat(SecretPatterns.describe(null, "sk-AbCdEfGhIjKlMnOpQrStUvWx")).startsWith("an OpenAI");
        assertThat(SecretPatterns.describe(null, "github_pat_11ABCDEFG0123456789_abcdefghij")).contains("fine-grained");
        assertThat(SecretPatterns.describe(null, "-----BEGIN RSA PRIVATE KEY-----\nMIIE")).startsWith("a private key");
        assertThat(SecretPatterns.describe(null, "xoxp-1234567890-abcdef")).startsWith("a Slack token");
    }

    @Test
    void genericSecretsNeedASecretNameAndARandomValue() {
        String random = "q8Zv2TmK9wL4pR7xN3bY6c";
        assertThat(SecretPatterns.describe("API_TOKEN", random)).isEqualTo("a 22-character random-looking value");
        assertThat(SecretPatterns.describe("db_password", random)).isNotNull();
        assertThat(SecretPatterns.describe("OPENAI_API_KEY", random)).isNotNull();
        assertThat(SecretPatterns.describe("EDITOR", random)).isNull();
        assertThat(SecretPatterns.describe(null, random)).isNull();
        assertThat(SecretPatterns.describe("API_TOKEN", "short")).isNull();
        assertThat(SecretPatterns.describe("API_TOKEN", "aaaaaaaaaaaaaaaaaaaaaaaa")).isNull();
        assertThat(SecretPatterns.describe("API_TOKEN", "https://vault.example.com/token")).isNull();
        assertThat(SecretPatterns.describe("SSH_KEY", "/home/coder/.ssh/id_ed25519")).isNull();
        assertThat(SecretPatterns.describe("API_TOKEN", "replace with your token")).isNull();
        assertThat(SecretPatterns.describe("API_TOKEN", "")).isNull();
    }

    @Test
    void lookalikesAreNotSecrets() {
        assertThat(SecretPatterns.describe("X", "ghp_short")).isNull();
        assertThat(SecretPatterns.describe("X", "task-runner-sk-1")).isNull();
        assertThat(SecretPatterns.describe("X", "XAKIAIOSFODNN7EXAMPLQ")).isNull();
        assertThat(SecretPatterns.describe("X", "disk-usage-monitor-for-the-workspace")).isNull();
        assertThat(SecretPatterns.describe("X", "my_ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5")).isNull();
    }

    @Test
    void entropyOfUniformTextIsItsAlphabetSize() {
        assertThat(SecretPatterns.entropy("abcd")).isEqualTo(2.0);
        assertThat(SecretPatterns.entropy("aaaa")).isEqualTo(0.0);
    }
}
