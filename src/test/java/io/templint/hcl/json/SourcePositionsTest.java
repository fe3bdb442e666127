package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Pos;
import io.templint.hcl.SourceFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourcePositionsTest {

    private static SourcePositions of(String text) {
        SourceFile f = SourceFile.of("p.json", text);
        return new SourcePositions(f, f.bytes());
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void asciiLinesAndColumns() {
        SourcePositions p = of("ab\ncd\n");

        assertThat(p.pos(0)).isEqualTo(new Pos(1, 1, 0));
        assertThat(p.pos(2)).isEqualTo(new Pos(1, 3, 2));
        assertThat(p.pos(3)).isEqualTo(new Pos(2, 1, 3));
        assertThat(p.pos(5)).isEqualTo(new Pos(2, 3, 5));
        assertThat(p.end()).isEqualTo(new Pos(3, 1, 6));
    }

    @Test
    void graphemeClustersAreOneColumn() {
        String prefix = "\"🚣‍♀️e\u0301🇫🇷\t";
        SourcePositions p = of(prefix + "x");

        // quote, rower (ZWJ sequence), e + combining acute, flag, tab
        assertThat(p.pos(bytes(prefix))).isEqualTo(new Pos(1, 6, bytes(prefix)));
    }

    @Test
    void earlierOffsetsAreAnsweredToo() {
        String line2 = "é=\"ü\"";
        SourcePositions p = of("x\n" + line2);

        Pos late = p.pos(2 + bytes(line2));
        Pos early = p.pos(2 + bytes("é"));
        assertThat(late).isEqualTo(new Pos(2, 6, 2 + bytes(line2)));
        assertThat(early).isEqualTo(new Pos(2, 2, 4));
        assertThat(p.pos(0)).isEqualTo(Pos.START);
    }

    @Test
    void offsetsAreClampedToTheFile() {
        SourcePositions p = of("ab");

        assertThat(p.pos(99)).isEqualTo(new Pos(1, 3, 2));
        assertThat(p.pos(-5)).isEqualTo(Pos.START);
    }

    @Test
    void carriageReturnIsPartOfTheLineItEnds() {
        SourcePositions p = of("a\r\nb");

        assertThat(p.pos(3)).isEqualTo(new Pos(2, 1, 3));
    }
}
