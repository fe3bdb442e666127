package io.templint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormattersTest {

    @Test
    void standardRegistryListsEveryFormatTextFirst() {
        Formatters f = Formatters.standard();
        assertThat(f.names()).containsExactly("text", "compact", "json", "sarif", "checkstyle", "junit", "github");
        assertThat(f.find("sarif")).get().isInstanceOf(SarifFormatter.class);
        assertThat(f.find("yaml")).isEmpty();
        for (Formatter formatter : f.all()) {
            assertThat(formatter.description()).isNotBlank();
        }
    }

    @Test
    void registeringANameAgainReplacesIt() {
        Formatter mine = new Formatter() {
            @Override
            public String name() {
                return "text";
            }

            @Override
            public String description() {
                return "mine";
            }

            @Override
            public void write(io.templint.api.Report report, ReportContext context, Appendable out) {
            }
        };
        Formatters f = Formatters.standard().register(mine);
        assertThat(f.find("text")).containsSame(mine);
        assertThat(f.names()).hasSize(7);
    }
}
