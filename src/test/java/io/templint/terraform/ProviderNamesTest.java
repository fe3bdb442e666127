package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A resource's {@code provider} argument names a provider local name as Terraform accepts it. */
class ProviderNamesTest {

    private static List<Diagnostic> errors(String tf) throws Exception {
        return TemplateLoaderTest.memory(Map.of("main.tf", tf)).diagnostics().stream().filter(Diagnostic::isError)
            .toList();
    }

    @Test
    void anUnderscoreIsNotAProviderLocalName() throws Exception {
        List<Diagnostic> errors = errors("resource \"test_resource\" \"t\" {\n  provider = my_test\n}\n");
        assertThat(errors).hasSize(1);
        Diagnostic d = errors.get(0);
        assertThat(d.summary()).isEqualTo("Invalid provider local name");
        assertThat(d.detail()).isEqualTo("my_test is an invalid provider local name: must contain only letters,"
            + " digits, and dashes, and may not use leading or trailing dashes");
        assertThat(d.subject().startLine()).isEqualTo(2);
        assertThat(d.subject().startColumn()).isEqualTo(14);
        assertThat(d.subject().endColumn()).isEqualTo(21);
    }

    @Test
    void dataSourcesAreCheckedAsResources() throws Exception {
        assertThat(errors("data \"test_resource\" \"t\" {\n  provider = my_test.alias\n}\n"))
            .extracting(Diagnostic::summary).containsExactly("Invalid provider local name");
    }

    @Test
    void aNameMustBeWrittenNormalised() throws Exception {
        assertThat(errors("resource \"test_resource\" \"t\" {\n  provider = TEST\n}\n"))
            .extracting(Diagnostic::detail)
            .containsExactly("Provider names must be normalized. Replace \"TEST\" with \"test\" to fix this error.");
    }

    @Test
    void validNamesAndAliasesAreAccepted() throws Exception {
        assertThat(errors("""
            provider "aws" {
              alias = "east"
            }
            resource "test_resource" "a" {
              provider = aws.east
            }
            resource "test_resource" "b" {
              provider = google-beta
            }
            """)).isEmpty();
    }

    @Test
    void dashesAtTheEndsOrDoubledAreRefused() {
        assertThat(ProviderNames.problem("-aws")).isNotNull();
        assertThat(ProviderNames.problem("aws-")).isNotNull();
        assertThat(ProviderNames.problem("a--b")).isEqualTo("cannot use multiple consecutive dashes");
        assertThat(ProviderNames.problem("google-beta")).isNull();
        assertThat(ProviderNames.problem("tést")).isNull(); // IDNA mapping is not judged
    }
}
