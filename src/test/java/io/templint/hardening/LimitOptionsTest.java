package io.templint.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.api.EnvEntry;
import io.templint.api.Finding;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.api.TemplintException;
import io.templint.eval.EvalLimits;
import io.templint.hcl.ParseOptions;
import io.templint.terraform.LoadOptions;
import io.templint.terraform.source.SourceLimits;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every family of limits documented in the README ("Limits") is an option of the public API with
 * a safe default, and a lowered limit takes effect end to end.
 */
class LimitOptionsTest {

    private static final String TEMPLATE = """
        locals {
          long = join("", [for i in range(50) : "abcd"])
        }
        resource "coder_agent" "main" {
          os   = "linux"
          arch = "amd64"
          env  = { LONG = local.long, NESTED = [[[[1]]]] }
        }
        """;

    private static TemplateReport analyze(Templint templint) throws TemplintException {
        return templint.analyze(Map.of("main.tf", TEMPLATE.getBytes(StandardCharsets.UTF_8)), "t").templates().get(0);
    }

    private static String env(TemplateReport r, String name) {
        return r.agents().get(0).env().stream().filter(e -> name.equals(e.name())).findFirst().orElseThrow().value();
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(ParseOptions.DEFAULTS).isEqualTo(new ParseOptions(10_000, 2L << 20));
        assertThat(EvalLimits.DEFAULTS).isEqualTo(new EvalLimits(16L << 20, 1_000_000, 10_000, 10_000_000L, 16L << 20));
        assertThat(SourceLimits.DEFAULTS).isEqualTo(new SourceLimits(10_000, 64L << 20, 10L << 20, 100, 4096, 64));
        assertThat(LoadOptions.DEFAULTS.maxModuleDepth()).isEqualTo(32);
        assertThat(LoadOptions.DEFAULTS.maxModules()).isEqualTo(1000);
        assertThat(LoadOptions.DEFAULTS.evalLimits()).isEqualTo(EvalLimits.DEFAULTS);
    }

    @Test
    void evaluationLimitsApplyThroughTheBuilder() throws TemplintException {
        assertThat(env(analyze(Templint.create()), "LONG")).hasSize(200);
        Templint strict = Templint.builder()
            .loadOptions(LoadOptions.DEFAULTS.withEvalLimits(EvalLimits.DEFAULTS.withMaxStringLength(100)))
            .build();
        assertThat(env(analyze(strict), "LONG")).as("a string over the limit is not known").isNull();
    }

    @Test
    void parseLimitsApplyThroughTheBuilder() throws TemplintException {
        assertThat(analyze(Templint.create()).diagnostics()).extracting(Finding::rule).doesNotContain("syntax");
        Templint strict = Templint.builder()
            .loadOptions(LoadOptions.DEFAULTS.withParseOptions(new ParseOptions(3, 64L << 20)))
            .build();
        assertThat(analyze(strict).diagnostics()).extracting(Finding::rule).contains("syntax");
    }

    @Test
    void sourceLimitsApplyThroughTheBuilder() {
        Templint strict = Templint.builder().sourceLimits(SourceLimits.DEFAULTS.withMaxFileBytes(100)).build();
        assertThatThrownBy(() -> analyze(strict)).isInstanceOf(TemplintException.class).hasMessageContaining("main.tf");
    }
}
