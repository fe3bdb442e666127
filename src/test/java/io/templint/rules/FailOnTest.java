package io.templint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.api.Severity;
import org.junit.jupiter.api.Test;

class FailOnTest {

    @Test
    void thresholds() {
        assertThat(FailOn.ERROR.failsOn(Severity.ERROR)).isTrue();
        assertThat(FailOn.ERROR.failsOn(Severity.WARNING)).isFalse();
        assertThat(FailOn.WARNING.failsOn(Severity.WARNING)).isTrue();
        assertThat(FailOn.WARNING.failsOn(Severity.NOTICE)).isFalse();
        assertThat(FailOn.NOTICE.failsOn(Severity.NOTICE)).isTrue();
        for (Severity s : Severity.values()) {
            assertThat(FailOn.NEVER.failsOn(s)).isFalse();
        }
    }

    @Test
    void parsesLowerCaseNames() {
        for (FailOn f : FailOn.values()) {
            assertThat(FailOn.parse(f.label())).isEqualTo(f);
        }
        assertThatThrownBy(() -> FailOn.parse("fatal")).hasMessageContaining("expected error, warning, notice or never");
    }
}
