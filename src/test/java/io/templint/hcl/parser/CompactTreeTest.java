package io.templint.hcl.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Attribute;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;
import io.templint.testkit.Crashes;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What shrinking the tree must not change: ranges, number values, and the file-size limit's diagnostic. */
class CompactTreeTest {

    @Test
    void aRangeOfIntsIsTheRangeOfItsPositions() {
        Range a = new Range("a.tf", new Pos(2, 3, 14), new Pos(4, 1, 30));
        Range b = Range.of("a.tf", 2, 3, 14, 4, 1, 30);
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a).hasToString("a.tf:2,3-4,1");
        assertThat(b.start()).isEqualTo(new Pos(2, 3, 14));
        assertThat(b.end()).isEqualTo(new Pos(4, 1, 30));
        assertThat(List.of(b.startLine(), b.startColumn(), b.startByte(), b.endLine(), b.endColumn(), b.endByte()))
            .containsExactly(2, 3, 14, 4, 1, 30);
        assertThat(b).isNotEqualTo(Range.of("b.tf", 2, 3, 14, 4, 1, 30))
            .isNotEqualTo(Range.of("a.tf", 2, 4, 14, 4, 1, 30))
            .isNotEqualTo(Range.of("a.tf", 2, 3, 14, 4, 1, 31));
        Range c = Range.of("a.tf", 1, 1, 0, 2, 5, 17);
        assertThat(Range.between(b, c)).isEqualTo(Range.of("a.tf", 1, 1, 0, 4, 1, 30));
        assertThat(Range.span(c, b)).isEqualTo(Range.of("a.tf", 1, 1, 0, 4, 1, 30));
        assertThat(Range.at("a.tf", new Pos(3, 2, 20))).isEqualTo(Range.of("a.tf", 3, 2, 20, 3, 2, 20));
    }

    @Test
    void numberLiteralsKeepTheirExactValue() {
        for (String text : List.of("0", "7", "007", "10", "999", "1023", "1024", "9999", "12345", "1.0", "1e3", "0.50",
                "123456789012345678901234567890")) {
            HclFile f = Crashes.check(NativeParser.parseFile(SourceFile.of("n.tf", "a = " + text + "\n"),
                ParseOptions.DEFAULTS));
            BigDecimal v = (BigDecimal) ((Expression.LiteralValue) ((Attribute) f.body().items().get(0)).expression())
                .value();
            BigDecimal want = new BigDecimal(text);
            assertThat(v).as(text).isEqualTo(want);
            assertThat(v.scale()).as(text).isEqualTo(want.scale());
            assertThat(v.toString()).as(text).isEqualTo(want.toString());
            // the recovery parser (stage 2) gives the same value
            HclFile g = NativeParser.parseFileRecovering(SourceFile.of("n.tf", "a = " + text + "\n"),
                ParseOptions.DEFAULTS);
            assertThat(((Expression.LiteralValue) ((Attribute) g.body().items().get(0)).expression()).value())
                .as(text).isEqualTo(want);
        }
    }

    @Test
    void theDefaultFileLimitFitsA512MbHeapAndItsDiagnosticSaysHowToRaiseIt() {
        assertThat(ParseOptions.DEFAULTS.maxFileBytes()).isEqualTo(2L << 20);
        byte[] big = new byte[(2 << 20) + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        for (String name : List.of("big.tf", "big.tf.json")) {
            HclFile f = Crashes.check(io.templint.hcl.Hcl.parse(new SourceFile(name, big)));
            assertThat(f.diagnostics()).hasSize(1);
            Diagnostic d = f.diagnostics().get(0);
            assertThat(d.summary()).isEqualTo("File too large");
            assertThat(d.detail()).isEqualTo("This file has 2097153 bytes, more than the limit of 2097152 bytes "
                + "(ParseOptions.maxFileBytes); it was not read. To read larger files, set the limit with the Java "
                + "system property -Dtemplint.maxFileBytes=BYTES (for the command line, in TEMPLINT_JAVA_OPTS) and "
                + "give the JVM about 200 bytes of heap (-Xmx) per byte of the file.");
            assertThat(d.subject()).isEqualTo(Range.of(name, 1, 1, 0, 1, 1, 0));
            assertThat(f.body().items()).isEmpty();
        }
    }
}
