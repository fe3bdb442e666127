package io.templint.coder;

import io.templint.eval.Value;
import java.math.BigDecimal;

/** Reading statically known values the way Coder's string arguments take them. */
final class StaticValues {

    private StaticValues() { }

    /**
     * The value as a string, as Terraform converts it for a string argument (numbers and bools
     * become their text); null when it is unknown, null or not a primitive.
     */
    static String string(Value v) {
        if (v == null || !v.isKnown()) {
            return null;
        }
        Object c = v.content();
        if (c instanceof String s) {
            return s;
        }
        if (c instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        if (c instanceof Boolean b) {
            return b.toString();
        }
        return null;
    }
}
