package io.templint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoStringsTest {

    @Test
    void quotesLikeGosPercentQ() {
        assertThat(GoStrings.quote("plain")).isEqualTo("\"plain\"");
        assertThat(GoStrings.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(GoStrings.quote("\n\r\t")).isEqualTo("\"\\n\\r\\t\"");
        assertThat(GoStrings.quote("\u0000\u001b\u007f")).isEqualTo("\"\\x00\\x1b\\x7f\"");
        assertThat(GoStrings.quote("héllo ☃")).isEqualTo("\"héllo ☃\"");
    }
}
