package io.templint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Severity;
import io.templint.hcl.SourceFile;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodeFrameTest {

    @Test
    void underlinesCountGraphemeClusters() {
        SourceFile f = SourceFile.of("a.tf", "name = \"e\u0301t\u00e9\" # 🇫🇷 x\n");
        // columns: n=1 ... '"' = 8, é(combining)=9, t=10, é=11, '"' = 12
        String frame = CodeFrame.render(f, 1, 9, 1, 12, Severity.ERROR, Style.PLAIN, UnaryOperator.identity());
        assertThat(frame.lines().toList().get(1)).isEqualTo("  | " + " ".repeat(8) + "^^^");
    }

    @Test
    void multiLineRangesShowTheirEdges() {
        String text = IntStream.rangeClosed(1, 12).mapToObj(i -> "line" + i).collect(Collectors.joining("\n"));
        String frame = CodeFrame.render(SourceFile.of("a.tf", text), 2, 3, 10, 2, Severity.WARNING, Style.PLAIN,
            UnaryOperator.identity());
        assertThat(frame).isEqualTo("""
             2 | line2
               |   ^^^
             3 | line3
               | ~~~~~
               : ...
             9 | line9
               | ~~~~~
            10 | line10
               | ~
            """);
    }

    @Test
    void aRangeEndingAtTheStartOfALineEndsWithTheLineBefore() {
        SourceFile f = SourceFile.of("a.tf", "x = \"abc\n}\n");
        assertThat(CodeFrame.render(f, 1, 5, 2, 1, Severity.ERROR, Style.PLAIN, UnaryOperator.identity()))
            .isEqualTo("1 | x = \"abc\n  |     ^^^^\n");
    }

    @Test
    void emptyRangesStillShowAMarkAndOutOfFileRangesNothing() {
        SourceFile f = SourceFile.of("a.tf", "x = \n");
        assertThat(CodeFrame.render(f, 1, 5, 1, 5, Severity.ERROR, Style.PLAIN, UnaryOperator.identity())).isEqualTo("1 | x = \n  |     ^\n");
        assertThat(CodeFrame.render(f, 7, 1, 7, 2, Severity.ERROR, Style.PLAIN, UnaryOperator.identity())).isEmpty();
    }
}
