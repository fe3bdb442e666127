package io.templint.hcl.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownDifferencesTest {

    @Test
    void parsesEntriesAndIgnoresCommentsAndBlankLines() {
        KnownDifferences k = KnownDifferences.parse("""
            # corpus/file | metric | reason

            hcl/fuzz/a.hcl | tree | body range of a comment-only file
            terraform/all-tf/b.tf | first-error-line | reported one line later
            """);
        assertThat(k.find("hcl/fuzz/a.hcl", Metric.TREE).reason()).isEqualTo("body range of a comment-only file");
        assertThat(k.find("hcl/fuzz/a.hcl", Metric.VERDICT)).isNull();
        assertThat(k.ofCorpora(Set.of("terraform/all-tf"))).extracting(KnownDifferences.Entry::caseId)
            .containsExactly("terraform/all-tf/b.tf");
    }

    @Test
    void rejectsMalformedUnknownAndDuplicateEntries() {
        assertThatThrownBy(() -> KnownDifferences.parse("hcl/fuzz/a.hcl | tree"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KnownDifferences.parse("hcl/fuzz/a.hcl | speed | too slow"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KnownDifferences.parse("a | tree | x\na | tree | y"))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
