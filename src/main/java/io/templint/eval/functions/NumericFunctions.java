package io.templint.eval.functions;

import static io.templint.eval.functions.Defs.fn;
import static io.templint.eval.functions.Defs.integer;
import static io.templint.eval.functions.Defs.n;
import static io.templint.eval.functions.Defs.num;
import static io.templint.eval.functions.Defs.s;
import static io.templint.eval.functions.Defs.str;
import static io.templint.eval.functions.Defs.variadic;

import io.templint.eval.Numbers;
import io.templint.eval.Type;
import io.templint.eval.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Terraform's numeric functions. */
final class NumericFunctions {

    private NumericFunctions() { }

    static List<Function> all() {
        return Defs.typed(List.of(
                fn("abs", (a, c) -> Value.number(n(a, 0).abs()), num("num")),
                fn("ceil", (a, c) -> Value.number(rounded(n(a, 0), RoundingMode.CEILING)), num("num")),
                fn("floor", (a, c) -> Value.number(rounded(n(a, 0), RoundingMode.FLOOR)), num("num")),
                fn("signum", (a, c) -> Value.number(n(a, 0).signum()), num("num")),
                fn("log", NumericFunctions::log, num("num"), num("base")),
                fn("pow", NumericFunctions::pow, num("num"), num("power")),
                variadic("max", num("numbers"), (a, c) -> extreme(a, true)),
                variadic("min", num("numbers"), (a, c) -> extreme(a, false)),
                fn("parseint", NumericFunctions::parseint, str("number"), num("base"))
            ), Type.NUMBER,
            Map.of());
    }

    private static BigDecimal rounded(BigDecimal x, RoundingMode mode) {
        if (x.scale() <= 0) {
            return x;
        }
        if ((long) x.precision() - x.scale() < 0) {
            // |x| < 1: avoid expanding a huge scale
            boolean up = mode == RoundingMode.CEILING ? x.signum() > 0 : x.signum() < 0;
            return up ? BigDecimal.valueOf(x.signum()) : BigDecimal.ZERO;
        }
        return x.setScale(0, mode);
    }

    private static Value log(List<Value> a, CallContext c) throws FunctionException {
        double x = n(a, 0).doubleValue();
        double b = n(a, 1).doubleValue();
        double r = Math.log(x) / Math.log(b);
        return fromDouble(r, "log");
    }

    static Value fromDouble(double r, String fn) throws FunctionException {
        if (Double.isNaN(r) || Double.isInfinite(r)) {
            throw new FunctionException("the result of " + fn + " is not a finite number.");
        }
        return Value.number(new BigDecimal(Double.toString(r)));
    }

    private static Value pow(List<Value> a, CallContext c) throws FunctionException {
        BigDecimal x = n(a, 0);
        BigDecimal p = n(a, 1);
        Integer e = Numbers.intValue(p);
        if (e != null && Math.abs(e) <= 1_000 && x.precision() <= 64) {
            if (e >= 0) {
                return Value.number(x.pow(e, Numbers.ARITH));
            }
            if (x.signum() == 0) {
                throw new FunctionException("the result of pow is not a finite number.");
            }
            return Value.number(BigDecimal.ONE.divide(x.pow(-e, Numbers.ARITH), Numbers.DIVISION));
        }
        return fromDouble(Math.pow(x.doubleValue(), p.doubleValue()), "pow");
    }

    private static Value extreme(List<Value> a, boolean max) throws FunctionException {
        if (a.isEmpty()) {
            throw new FunctionException("must pass at least one number.");
        }
        BigDecimal best = null;
        for (Value v : a) {
            BigDecimal x = v.asNumber();
            if (best == null || (max ? x.compareTo(best) > 0 : x.compareTo(best) < 0)) {
                best = x;
            }
        }
        return Value.number(best);
    }

    private static Value parseint(List<Value> a, CallContext c) throws FunctionException {
        String s = s(a, 0);
        int base = integer(a, 1);
        if (base < 2 || base > 62) {
            throw new FunctionException(1, "base must be a whole number between 2 and 62 inclusive.");
        }
        String digits = s;
        boolean negative = false;
        if (digits.startsWith("-") || digits.startsWith("+")) {
            negative = digits.startsWith("-");
            digits = digits.substring(1);
        }
        if (digits.isEmpty() || digits.length() > 10_000) {
            throw new FunctionException(0, "cannot parse \"" + s + "\" as a base " + base + " integer.");
        }
        BigInteger out = BigInteger.ZERO;
        BigInteger b = BigInteger.valueOf(base);
        for (char ch : digits.toCharArray()) {
            int d = digit(ch, base);
            if (d < 0 || d >= base) {
                throw new FunctionException(0, "cannot parse \"" + s + "\" as a base " + base + " integer.");
            }
            out = out.multiply(b).add(BigInteger.valueOf(d));
        }
        return Value.number(new BigDecimal(negative ? out.negate() : out));
    }

    private static int digit(char ch, int base) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'z') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'Z') {
            return base <= 36 ? ch - 'A' + 10 : ch - 'A' + 36;
        }
        return -1;
    }
}
