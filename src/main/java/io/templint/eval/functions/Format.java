package io.templint.eval.functions;

import io.templint.eval.ConversionException;
import io.templint.eval.Convert;
import io.templint.eval.Numbers;
import io.templint.eval.Type;
import io.templint.eval.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code format} function's printf-like language, as cty implements it on top of Go's
 * {@code fmt}: verbs {@code %v %#v %t %d %b %o %x %X %e %E %f %g %G %s %q %%}, flags
 * {@code + - # 0 space}, width, precision and explicit argument indexes {@code %[2]s}.
 */
final class Format {

    private Format() { }

    /**
     * Formats {@code args} (wholly known, unmarked) with {@code spec}.
     *
     * @param argOffset index of the first formatted argument among the call's arguments, for errors
     */
    static String format(String spec, List<Value> args, int argOffset, CallContext ctx) throws FunctionException {
        StringBuilder out = new StringBuilder();
        int next = 0;
        int maxUsed = 0;
        int n = spec.length();
        for (int i = 0; i < n; i++) {
            char c = spec.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (++i >= n) {
                throw new FunctionException(0, "invalid format string starting at offset " + (i - 1)
                    + ": a verb is required after the %.");
            }
            if (spec.charAt(i) == '%') {
                out.append('%');
                continue;
            }
            boolean minus = false;
            boolean plus = false;
            boolean sharp = false;
            boolean zero = false;
            boolean space = false;
            for (; i < n; i++) {
                char f = spec.charAt(i);
                if (f == '-') {
                    minus = true;
                } else if (f == '+') {
                    plus = true;
                } else if (f == '#') {
                    sharp = true;
                } else if (f == '0') {
                    zero = true;
                } else if (f == ' ') {
                    space = true;
                } else {
                    break;
                }
            }
            if (i < n && spec.charAt(i) == '[') {
                int close = spec.indexOf(']', i);
                if (close < 0) {
                    throw new FunctionException(0, "unterminated argument index in format string.");
                }
                try {
                    next = Integer.parseInt(spec.substring(i + 1, close)) - 1;
                } catch (NumberFormatException e) {
                    throw new FunctionException(0, "invalid argument index in format string.");
                }
                if (next < 0) {
                    throw new FunctionException(0, "invalid argument index in format string.");
                }
                i = close + 1;
            }
            int start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            int width = i > start ? number(spec.substring(start, i)) : -1;
            ctx.checkString(Math.max(width, 0));
            int precision = -1;
            if (i < n && spec.charAt(i) == '.') {
                i++;
                start = i;
                while (i < n && Character.isDigit(spec.charAt(i))) {
                    i++;
                }
                precision = i > start ? number(spec.substring(start, i)) : 0;
            }
            if (i >= n) {
                throw new FunctionException(0, "invalid format string: a verb is required after the %.");
            }
            int verb = spec.codePointAt(i);
            i += Character.charCount(verb) - 1;
            if (precision > MAX_FLOAT_PRECISION && "eEfFgG".indexOf(verb) >= 0) {
                throw new FunctionException(0, "a precision of " + precision + " digits is more than the "
                    + MAX_FLOAT_PRECISION + " templint computes for a number.");
            }
            if (next >= args.size()) {
                throw new FunctionException(0, "not enough arguments for format string");
            }
            Value arg = args.get(next);
            String text = verb(verb, arg, sharp, plus, space, precision, argOffset + next);
            next++;
            maxUsed = Math.max(maxUsed, next);
            ctx.checkString((long) out.length() + Math.max(width, 0) + text.length());
            pad(out, text, width, minus, zero && !minus && isNumericVerb(verb));
        }
        if (maxUsed < args.size()) {
            throw new FunctionException("too many arguments; only " + maxUsed + " used by format string");
        }
        return out.toString();
    }

    /**
     * The largest precision of {@code %e}, {@code %f} and {@code %g}: the digits are computed, and
     * a precision of millions would take minutes and gigabytes before any string limit applies.
     */
    static final int MAX_FLOAT_PRECISION = 1000;

    /**
     * The most digits of an integer written by {@code %d}, {@code %b}, {@code %o} or {@code %x}:
     * writing {@code 1e99999999} out would take minutes before any string limit applies.
     */
    static final int MAX_INTEGER_DIGITS = 100_000;

    /** A width or precision; absurdly large ones saturate (and then fail the string limit). */
    private static int number(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static boolean isNumericVerb(int v) {
        return "dboxXeEfFgG".indexOf(v) >= 0;
    }

    private static void pad(StringBuilder out, String text, int width, boolean left, boolean zeros) {
        int len = text.codePointCount(0, text.length());
        int padding = Math.max(0, width - len);
        if (left) {
            out.append(text).append(" ".repeat(padding));
        } else if (zeros && padding > 0 && (text.startsWith("-") || text.startsWith("+"))) {
            out.append(text.charAt(0)).append("0".repeat(padding)).append(text, 1, text.length());
        } else {
            out.append((zeros ? "0" : " ").repeat(padding)).append(text);
        }
    }

    private static String verb(int verb, Value arg, boolean sharp, boolean plus, boolean space, int precision,
                               int argIndex) throws FunctionException {
        switch (verb) {
            case 'v':
                if (sharp) {
                    return Json.encode(arg);
                }
                if (arg.isNull()) {
                    return "null";
                }
                if (arg.type().isPrimitive()) {
                    return precisionCut(convert(arg, Type.STRING, argIndex).asString(), precision);
                }
                return Json.encode(arg);
            case 't':
                return Boolean.toString(convert(arg, Type.BOOL, argIndex).asBoolean());
            case 's':
                return precisionCut(convert(arg, Type.STRING, argIndex).asString(), precision);
            case 'q':
                return Json.quote(convert(arg, Type.STRING, argIndex).asString(), false);
            case 'd', 'b', 'o', 'x', 'X': {
                if ((verb == 'x' || verb == 'X') && arg.type() == Type.STRING) {
                    StringBuilder hex = new StringBuilder();
                    for (byte b : arg.asString().getBytes(StandardCharsets.UTF_8)) {
                        hex.append(String.format(verb == 'x' ? "%02x" : "%02X", b & 0xff));
                    }
                    return hex.toString();
                }
                BigDecimal d = convert(arg, Type.NUMBER, argIndex).asNumber();
                if (!Numbers.isInteger(d)) {
                    throw new FunctionException(argIndex, "an integer is required for %" + (char) verb + ".");
                }
                if ((long) d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
                    throw new FunctionException(argIndex, "an integer of more than " + MAX_INTEGER_DIGITS
                        + " digits is more than templint writes out.");
                }
                BigInteger bi = d.toBigIntegerExact();
                int radix = switch (verb) {
                    case 'b' -> 2;
                    case 'o' -> 8;
                    case 'x', 'X' -> 16;
                    default -> 10;
                };
                String digits = bi.abs().toString(radix);
                if (verb == 'X') {
                    digits = digits.toUpperCase();
                }
                if (sharp) {
                    digits = (verb == 'o' ? "0" : verb == 'x' ? "0x" : verb == 'X' ? "0X" : verb == 'b' ? "0b" : "")
                        + digits;
                }
                return sign(bi.signum() < 0, plus, space) + digits;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G': {
                BigDecimal d = convert(arg, Type.NUMBER, argIndex).asNumber();
                String body = floating(d.abs(), Character.toLowerCase((char) verb), precision);
                if (Character.isUpperCase(verb)) {
                    body = body.toUpperCase();
                }
                return sign(d.signum() < 0, plus, space) + body;
            }
            default:
                throw new FunctionException(0, "unsupported format verb %" + new String(Character.toChars(verb))
                    + ".");
        }
    }

    private static String sign(boolean negative, boolean plus, boolean space) {
        return negative ? "-" : plus ? "+" : space ? " " : "";
    }

    private static String precisionCut(String s, int precision) {
        if (precision < 0 || s.codePointCount(0, s.length()) <= precision) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, precision));
    }

    private static Value convert(Value v, Type t, int argIndex) throws FunctionException {
        if (v.isNull()) {
            throw new FunctionException(argIndex, "value is null.");
        }
        try {
            return Convert.convert(v, t);
        } catch (ConversionException e) {
            throw new FunctionException(argIndex, e.getMessage() + ".");
        }
    }

    /** Go's %e, %f, %g for a non-negative number. */
    private static String floating(BigDecimal d, char verb, int precision) {
        if (Math.abs((long) d.precision() - d.scale()) > 400) {
            return d.toString();
        }
        switch (verb) {
            case 'f':
                return d.setScale(precision < 0 ? 6 : precision, RoundingMode.HALF_EVEN).toPlainString();
            case 'e':
                return scientific(d, precision < 0 ? 6 : precision);
            default: {
                if (precision < 0) {
                    // shortest representation, switching to exponent form like Go for large/small exponents
                    BigDecimal s = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
                    int exp = s.signum() == 0 ? 0 : s.precision() - s.scale() - 1;
                    if (exp < -4 || exp >= 21) {
                        return scientific(s, Math.max(0, s.precision() - 1));
                    }
                    return s.toPlainString();
                }
                int p = precision == 0 ? 1 : precision;
                BigDecimal r = d.round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
                int exp = r.signum() == 0 ? 0 : r.precision() - r.scale() - 1;
                if (exp < -4 || exp >= p) {
                    String sci = scientific(r, p - 1);
                    return stripZerosScientific(sci);
                }
                String plain = r.toPlainString();
                return plain.contains(".") ? plain.replaceAll("0+$", "").replaceAll("\\.$", "") : plain;
            }
        }
    }

    private static String stripZerosScientific(String sci) {
        int e = sci.indexOf('e');
        String mant = sci.substring(0, e);
        if (mant.contains(".")) {
            mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mant + sci.substring(e);
    }

    private static String scientific(BigDecimal d, int decimals) {
        if (d.signum() == 0) {
            return "0" + (decimals > 0 ? "." + "0".repeat(decimals) : "") + "e+00";
        }
        int exp = d.precision() - d.scale() - 1;
        BigDecimal mant = d.movePointLeft(exp).setScale(decimals, RoundingMode.HALF_EVEN);
        if (mant.compareTo(BigDecimal.TEN) >= 0) {
            exp++;
            mant = d.movePointLeft(exp).setScale(decimals, RoundingMode.HALF_EVEN);
        }
        String es = String.valueOf(Math.abs(exp));
        return mant.toPlainString() + "e" + (exp < 0 ? "-" : "+") + (es.length() < 2 ? "0" + es : es);
    }
}
