package io.templint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void controlCharactersAreShownNotObeyed() {
        assertThat(TerminalText.safe("plain\ttext é")).isEqualTo("plain\ttext é");
        assertThat(TerminalText.safe("a\u001b[2Jb\nc\rd\u009be\u2028")).isEqualTo("a\\u001b[2Jb\\nc\\u000dd\\u009be\\u2028");
        assertThat(TerminalText.safe(null)).isEmpty();
    }
}
