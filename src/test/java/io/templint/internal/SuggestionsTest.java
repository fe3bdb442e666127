package io.templint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(Suggestions.distance("kitten", "sitting", 10)).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc", 10)).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same", 0)).isZero();
    }

    @Test
    void distanceBeyondTheLimitIsReportedAsGreater() {
        assertThat(Suggestions.distance("kitten", "sitting", 2)).isGreaterThan(2);
        assertThat(Suggestions.distance("a", "abcdefgh", 3)).isGreaterThan(3);
        assertThat(Suggestions.distance("abc", "xyz", Integer.MAX_VALUE)).isEqualTo(3);
    }

    @Test
    void firstWithinTakesCandidatesInOrder() {
        assertThat(Suggestions.firstWithin("endfr", List.of("if", "for", "else", "endif", "endfor"), 2))
            .contains("endif");
        assertThat(Suggestions.firstWithin("zzzzz", List.of("if", "for"), 2)).isEmpty();
    }

    @Test
    void nearestWithinPrefersTheClosestThenTheFirst() {
        assertThat(Suggestions.nearestWithin("endfr", List.of("if", "for", "else", "endif", "endfor"), 2))
            .contains("endfor");
        assertThat(Suggestions.nearestWithin("ab", List.of("ax", "xb"), 2)).contains("ax");
        assertThat(Suggestions.nearestWithin("abcdef", List.of("uvwxyz"), 2)).isEmpty();
        assertThat(Suggestions.nearestWithin("abc", List.of(), Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void transpositionDistanceCountsASwapAsOneEdit() {
        assertThat(Suggestions.transpositionDistance("aipromtp", "aiprompt")).isEqualTo(1);
        assertThat(Suggestions.distance("aipromtp", "aiprompt", 10)).as("Levenshtein: two").isEqualTo(2);
        assertThat(Suggestions.transpositionDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.transpositionDistance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.transpositionDistance("abc", "")).isEqualTo(3);
        assertThat(Suggestions.transpositionDistance("same", "same")).isZero();
        assertThat(Suggestions.transpositionDistance("ca", "abc")).as("optimal alignment: no edit twice").isEqualTo(3);
    }
}
