package io.templint.hcl.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Columns are grapheme clusters; {@code \n} and {@code \r\n} end lines; a lone {@code \r} is a column. */
class TextPositionsTest {

    private static String advance(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        long p = TextPositions.advance(b, 0, b.length, 1, 1);
        return TextPositions.line(p) + ":" + TextPositions.column(p);
    }

    @Test
    void asciiTabsAndLineBreaks() {
        assertThat(advance("abc")).isEqualTo("1:4");
        assertThat(advance("\tb")).isEqualTo("1:3");
        assertThat(advance("a\nbc")).isEqualTo("2:3");
        assertThat(advance("a\r\nb")).isEqualTo("2:2");
        assertThat(advance("a\rb")).isEqualTo("1:4");
    }

    @Test
    void graphemeClusters() {
        assertThat(advance("caf\u00e9")).isEqualTo("1:5");
        assertThat(advance("cafe\u0301")).isEqualTo("1:5");
        assertThat(advance("\uD83D\uDC69\u200D\uD83D\uDCBB!")).isEqualTo("1:3");
        assertThat(advance("\uD83C\uDDE9\uD83C\uDDEA")).isEqualTo("1:2");
        assertThat(advance("\u00e9\r\n\u00e9")).isEqualTo("2:2");
    }

    @Test
    void clusterCountsAndPrefixes() {
        assertThat(TextPositions.graphemeCount("  \u3000x")).isEqualTo(4);
        assertThat(TextPositions.prefixLength("e\u0301e\u0301x", 2)).isEqualTo(4);
    }
}
