package io.templint.hcl.parser;

import java.math.BigDecimal;

/**
 * The values of number tokens. Small integers, which dense files repeat millions of times, share
 * one {@link BigDecimal} each (it is immutable, and {@code new BigDecimal("7")}, {@code "007"} and
 * this shared value are equal in value, scale and text); any other number is parsed from its text.
 */
final class NumberLiterals {

    private static final int CACHED = 1024;
    private static final BigDecimal[] SMALL = new BigDecimal[CACHED];

    static {
        for (int i = 0; i < CACHED; i++) {
            SMALL[i] = BigDecimal.valueOf(i);
        }
    }

    private NumberLiterals() { }

    /** The token's value, exactly as written; throws {@link NumberFormatException} as {@code new BigDecimal} does. */
    static BigDecimal value(Token tok) {
        int n = tok.length();
        if (n > 0 && n <= 4) {
            int v = 0;
            for (int i = 0; i < n; i++) {
                int d = tok.byteAt(i) - '0';
                if (d < 0 || d > 9) {
                    return new BigDecimal(tok.text());
                }
                v = v * 10 + d;
            }
            if (v < CACHED) {
                return SMALL[v];
            }
        }
        return new BigDecimal(tok.text());
    }
}
