package io.templint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    /** Every bidirectional control: embeddings and overrides, isolates, marks. */
    static final String BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c";

    @Test
    void controlCharactersAreShownNotObeyed() {
        assertThat(TerminalText.safe("plain\ttext é")).isEqualTo("plain\ttext é");
        assertThat(TerminalText.safe("a\u001b[2Jb\nc\rd\u009be\u2028")).isEqualTo("a\\u001b[2Jb\\nc\\u000dd\\u009be\\u2028");
        assertThat(TerminalText.safe(null)).isEmpty();
    }

    @Test
    void bidirectionalControlsAreShownSoNothingIsReordered() {
        assertThat(TerminalText.safe("if access != \"user" + BIDI + "\""))
            .isEqualTo("if access != \"user\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f"
                + "\\u061c\"");
        assertThat(TerminalText.safe("\u202f\u2065\u206a\u200d\u0600 עברית")).as("neighbours and right-to-left text stay")
            .isEqualTo("\u202f\u2065\u206a\u200d\u0600 עברית");
        for (char c : BIDI.toCharArray()) {
            assertThat(TerminalText.mustEscape(c)).isTrue();
            assertThat(TerminalText.isBidiControl(c)).isTrue();
        }
        assertThat(TerminalText.isBidiControl('\u001b')).isFalse();
    }

    @Test
    void safeLinesKeepsLineBreaksOnly() {
        assertThat(TerminalText.safeLines("a\nb\r\n\u202ec\t\u0007")).isEqualTo("a\nb\r\n\\u202ec\t\\u0007");
    }

    @Test
    void jsonWritesTheSameCharactersAsEscapesAndReadsThemBack() throws IOException {
        String text = "x" + BIDI + "\u007f\u0085\u2028\u2029\u001b\n\té\u202f";
        StringBuilder out = new StringBuilder();
        Json.writePretty(Map.of("s", text), out);
        assertThat(out.toString()).isEqualTo("{\n  \"s\": \"x\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069"
            + "\\u200E\\u200F\\u061C\\u007F\\u0085\\u2028\\u2029\\u001B\\n\\té\u202f\"\n}\n");
        assertThat(Json.mapper().readTree(out.toString()).get("s").asText()).isEqualTo(text);
    }

    @Test
    void sarifUrisPercentEncodeWhatAReaderMustNotGetRaw() {
        assertThat(ArtifactUri.of("t/ma\u202ein.tf")).isEqualTo("t/ma%E2%80%AEin.tf");
        assertThat(ArtifactUri.of("t/é x.tf")).isEqualTo("t/é%20x.tf");
        assertThat(List.of(ArtifactUri.of("/abs/\u2066.tf"))).allMatch(u -> u.endsWith("/abs/%E2%81%A6.tf"));
    }
}
