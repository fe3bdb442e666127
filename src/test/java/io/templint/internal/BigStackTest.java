package io.templint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BigStackTest {

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void runsOnAThreadOfTheGivenNameAndReturnsTheResult() {
        assertThat(BigStack.call("templint-test", 1L << 20, () -> Thread.currentThread().getName()))
            .isEqualTo("templint-test");
    }

    @Test
    void aLargeStackFitsRecursionTooDeepForASmallOne() {
        assertThatThrownBy(() -> BigStack.call("small", 64L << 10, () -> depth(200_000)))
            .isInstanceOf(StackOverflowError.class);
        assertThat(BigStack.call("large", 256L << 20, () -> depth(200_000))).isEqualTo(200_000);
    }

    @Test
    void failuresOfTheTaskAreThrownOnTheCallersThread() {
        assertThatThrownBy(() -> BigStack.call("failing", 1L << 20, () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }

    @Test
    void anInterruptWhileWaitingIsKept() {
        Thread.currentThread().interrupt();
        try {
            assertThat(BigStack.call("interrupted", 1L << 20, () -> "done")).isEqualTo("done");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
