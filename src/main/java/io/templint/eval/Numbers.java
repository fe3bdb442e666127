package io.templint.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number helpers with cty-like precision and formatting.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class Numbers {

    private Numbers() { }

    /**
     * Precision of addition, subtraction and multiplication: exact for anything a template writes,
     * bounded for adversarial input; about the 512-bit mantissa of cty's numbers.
     */
    public static final MathContext ARITH = new MathContext(155, RoundingMode.HALF_EVEN);
    /**
     * Precision of division: a few digits more than {@link #ARITH}, so that {@code 1 / 3 * 3} rounds
     * back to {@code 1} as it does in cty.
     */
    public static final MathContext DIVISION = new MathContext(160, RoundingMode.HALF_EVEN);
    /** Beyond this decimal exponent numbers are written in scientific notation, never expanded. */
    private static final int MAX_PLAIN_EXPONENT = 1000;

    /** The canonical text of a number, as Terraform converts numbers to strings: {@code 1.5}, {@code 10}. */
    public static String format(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        BigDecimal s = n.stripTrailingZeros();
        int exponent = s.precision() - s.scale() - 1;
        if (Math.abs(exponent) > MAX_PLAIN_EXPONENT) {
            return s.toString();
        }
        return s.toPlainString();
    }

    /** Whether {@code n} is a whole number. */
    public static boolean isInteger(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }

    /** {@code n} as an int if it is a whole number within int range, else null. */
    public static Integer intValue(BigDecimal n) {
        if (!isInteger(n)) {
            return null;
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * Parses a number as Terraform converts strings to numbers (decimal, optional sign, fraction
     * and exponent); null if the text is not a number.
     */
    public static BigDecimal parse(String s) {
        if (s.isEmpty() || s.length() > 10_000 || !s.matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            return null;
        }
        try {
            return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
