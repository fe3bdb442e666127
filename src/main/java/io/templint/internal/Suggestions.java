package io.templint.internal;

import java.util.Optional;

/**
 * "Did you mean" suggestions: which known name a misspelt one is close to, by Levenshtein edit
 * distance (insertions, deletions and substitutions of single characters).
 *
 * <p>Internal helper, not part of templint's supported API.
 */
public final class Suggestions {

    private Suggestions() { }

    /**
     * The first of {@code candidates}, in iteration order, within {@code maxDistance} edits of
     * {@code given}, as hclsyntax chooses its suggestions.
     */
    public static Optional<String> firstWithin(String given, Iterable<String> candidates, int maxDistance) {
        for (String c : candidates) {
            if (distance(given, c, maxDistance) <= maxDistance) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The candidate nearest to {@code given}, if it is within {@code maxDistance} edits; of equally
     * near candidates the first in iteration order.
     */
    public static Optional<String> nearestWithin(String given, Iterable<String> candidates, int maxDistance) {
        String best = null;
        int bestDistance = Math.min(maxDistance, Integer.MAX_VALUE - 1) + 1;
        for (String c : candidates) {
            int d = distance(given, c, bestDistance - 1);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The edit distance between {@code a} and {@code b} when it is at most {@code limit}, otherwise
     * some number greater than {@code limit}. Stops as soon as the distance is known to exceed the
     * limit, so long inputs far from every candidate cost little.
     */
    public static int distance(String a, String b, int limit) {
        // The distance never exceeds the longer length: capping the limit there keeps limit + 1 in range.
        limit = Math.min(limit, Math.max(a.length(), b.length()));
        if (limit < 0 || Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The Damerau-Levenshtein distance between {@code a} and {@code b} in its optimal string
     * alignment form: insertions, deletions and substitutions of single characters, and
     * transpositions of two adjacent characters ({@code "promtp"} is one edit from
     * {@code "prompt"}), no substring edited twice. Meant for short names: time and memory grow with
     * the product of the lengths.
     */
    public static int transpositionDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
