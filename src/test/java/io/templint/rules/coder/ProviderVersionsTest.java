package io.templint.rules.coder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderVersionsTest {

    private static boolean excludes(String constraint, String introduced) {
        return ProviderVersions.excludesFrom(constraint, ProviderVersions.parse(introduced));
    }

    @Test
    void pessimisticConstraintsBoundTheNextSignificantSegment() {
        assertThat(excludes("~> 0.12", "2.14.0")).isTrue();   // >= 0.12, < 1.0
        assertThat(excludes("~> 0.12", "0.99.0")).isFalse();
        assertThat(excludes("~> 2.4", "2.14.0")).isFalse();   // < 3.0
        assertThat(excludes("~> 2.4.0", "2.5.0")).isTrue();   // < 2.5.0
        assertThat(excludes("~> 2.4.0", "2.4.9")).isFalse();
        assertThat(excludes("~> 2", "2.14.0")).isFalse();
    }

    @Test
    void upperBoundsAndExactVersions() {
        assertThat(excludes("2.1.0", "2.1.2")).isTrue();
        assertThat(excludes("= 2.1.2", "2.1.2")).isFalse();
        assertThat(excludes(">= 2.5, < 2.15", "2.15.0")).isTrue();
        assertThat(excludes(">= 2.5, <= 2.15.0", "2.15.0")).isFalse();
        assertThat(excludes(">= 0.6", "2.15.0")).isFalse();
        assertThat(excludes("v2.0.1", "2.1.0")).isTrue();
    }

    @Test
    void whatIsNotUnderstoodIsAssumedToReachTheRelease() {
        assertThat(excludes("latest", "2.1.0")).isFalse();
        assertThat(excludes("", "2.1.0")).isFalse();
        assertThat(excludes("!= 2.0.0", "2.1.0")).isFalse();
    }
}
