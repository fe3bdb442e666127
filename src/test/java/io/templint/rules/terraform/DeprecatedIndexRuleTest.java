package io.templint.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.SourceFile;
import io.templint.rules.AnalysedTemplate;
import io.templint.rules.LintResult;
import io.templint.rules.RuleEngine;
import io.templint.rules.RuleFinding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fix hints of terraform_deprecated_index are built from the tree and must parse. */
class DeprecatedIndexRuleTest {

    @Test
    void chainedLegacyIndexesAreLeftToTheSyntaxError() {
        HclFile f = Hcl.parse(SourceFile.of("main.tf", "locals {\n  a = local.l.0.0\n  b = local.l.0.1.2\n}\n"));
        assertThat(f.diagnostics()).extracting(d -> d.summary())
            .containsExactly("Invalid legacy index syntax", "Invalid legacy index syntax");
        assertThat(f.diagnostics().get(0).detail()).contains("like [0][0]");
        LintResult r = RuleEngine.of(new DeprecatedIndexRule()).run(AnalysedTemplate.of("tpl", List.of(f)));
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void everyHintIsAValidIndex() {
        assertThat(DeprecatedIndexRule.hint(new BigDecimal("0"))).isEqualTo("[0]");
        assertThat(DeprecatedIndexRule.hint(new BigDecimal("1e3"))).isEqualTo("[1000]");
        assertThat(DeprecatedIndexRule.hint(new BigDecimal("2e999999999"))).isEqualTo("[2E+999999999]");
        assertThat(DeprecatedIndexRule.hint(new BigDecimal("-1"))).isNull(); // [-1] is an expression, not an index
    }

    @Test
    void aLegacyIndexGetsItsHint() {
        HclFile f = Hcl.parse(SourceFile.of("main.tf", "locals {\n  a = local.l.12.x\n}\n"));
        LintResult r = RuleEngine.of(new DeprecatedIndexRule()).run(AnalysedTemplate.of("tpl", List.of(f)));
        assertThat(r.findings()).singleElement().satisfies((RuleFinding x) -> {
            assertThat(x.message()).isEqualTo("legacy index .12 is deprecated: write [12]");
            assertThat(x.range().startColumn()).isEqualTo(14);
            assertThat(x.range().endColumn()).isEqualTo(17);
        });
    }
}
