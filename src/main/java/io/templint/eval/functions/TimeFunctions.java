package io.templint.eval.functions;

import static io.templint.eval.functions.Defs.fn;
import static io.templint.eval.functions.Defs.s;
import static io.templint.eval.functions.Defs.str;
import static io.templint.eval.functions.Defs.unknownResult;

import io.templint.eval.Type;
import io.templint.eval.Value;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Terraform's time functions; {@code timestamp()} and {@code plantimestamp()} are unknown. */
final class TimeFunctions {

    private TimeFunctions() { }

    static List<Function> all() {
        return Defs.typed(List.of(
                unknownResult("timestamp", Type.STRING, "is not static"),
                unknownResult("plantimestamp", Type.STRING, "is not static"),
                fn("formatdate", (a, c) -> Value.string(formatdate(s(a, 0), parse(s(a, 1), 1))), str("format"),
                    str("time")),
                fn("timeadd", (a, c) -> Value.string(rfc3339(parse(s(a, 0), 0).plus(duration(s(a, 1), 1)))),
                    str("timestamp"), str("duration")),
                fn("timecmp", (a, c) -> Value.number(Integer.signum(parse(s(a, 0), 0).toInstant()
                    .compareTo(parse(s(a, 1), 1).toInstant()))), str("timestamp_a"), str("timestamp_b"))
            ), Type.STRING,
            Map.of("timecmp", Type.NUMBER));
    }

    private static Value timeadd(List<Value> a, CallContext c) throws FunctionException {
        OffsetDateTime t = parse(s(a, 0), 0);
        Duration d = duration(s(a, 1), 1);
        try {
            return Value.string(rfc3339(t.plus(d)));
        } catch (DateTimeException | ArithmeticException e) {
            throw new FunctionException(1, "the resulting time is out of range.");
        }
    }

    private static final Pattern RFC3339 = Pattern.compile(
        "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    static OffsetDateTime parse(String s, int arg) throws FunctionException {
        if (!RFC3339.matcher(s).matches()) {
            throw new FunctionException(arg, "not a valid RFC3339 timestamp: \"" + s + "\".");
        }
        try {
            return OffsetDateTime.parse(s.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new FunctionException(arg, "not a valid RFC3339 timestamp: \"" + s + "\".");
        }
    }

    /** Go's time.RFC3339 layout: no fractional seconds, {@code Z} for UTC. */
    static String rfc3339(OffsetDateTime t) {
        String base = String.format("%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(),
            t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        return base + offset(t.getOffset(), true, true);
    }

    private static String offset(ZoneOffset o, boolean colon, boolean zForUtc) {
        int secs = o.getTotalSeconds();
        if (secs == 0 && zForUtc) {
            return "Z";
        }
        int abs = Math.abs(secs);
        return String.format("%s%02d%s%02d", secs < 0 ? "-" : "+", abs / 3600, colon ? ":" : "", abs / 60 % 60);
    }

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");

    /** Go's time.ParseDuration. */
    static Duration duration(String s, int arg) throws FunctionException {
        String body = s;
        boolean negative = false;
        if (body.startsWith("-") || body.startsWith("+")) {
            negative = body.startsWith("-");
            body = body.substring(1);
        }
        if (body.equals("0")) {
            return Duration.ZERO;
        }
        if (body.isEmpty() || body.length() > 200) {
            throw new FunctionException(arg, "invalid duration \"" + s + "\".");
        }
        Matcher m = DURATION_PART.matcher(body);
        BigDecimal nanos = BigDecimal.ZERO;
        int at = 0;
        while (at < body.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new FunctionException(arg, "invalid duration \"" + s + "\".");
            }
            BigDecimal n = new BigDecimal(m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1));
            long unit = switch (m.group(2)) {
                case "ns" -> 1L;
                case "us", "µs", "μs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                default -> 3_600_000_000_000L;
            };
            nanos = nanos.add(n.multiply(BigDecimal.valueOf(unit)));
            at = m.end();
        }
        if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new FunctionException(arg, "invalid duration \"" + s + "\": too large.");
        }
        Duration d = Duration.ofNanos(nanos.longValue());
        return negative ? d.negated() : d;
    }

    private static String formatdate(String spec, OffsetDateTime t) throws FunctionException {
        StringBuilder out = new StringBuilder();
        int n = spec.length();
        int i = 0;
        try {
            while (i < n) {
                char ch = spec.charAt(i);
                if (ch == '\'') {
                    int close = i + 1;
                    StringBuilder lit = new StringBuilder();
                    while (true) {
                        if (close >= n) {
                            throw new FunctionException(0, "unterminated literal '.");
                        }
                        if (spec.charAt(close) == '\'') {
                            if (close + 1 < n && spec.charAt(close + 1) == '\'') {
                                lit.append('\'');
                                close += 2;
                                continue;
                            }
                            break;
                        }
                        lit.append(spec.charAt(close++));
                    }
                    out.append(i + 1 == close ? "'" : lit);
                    i = close + 1;
                    continue;
                }
                if (!Character.isLetter(ch)) {
                    out.append(ch);
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && spec.charAt(j) == ch) {
                    j++;
                }
                out.append(token(ch, j - i, t));
                i = j;
            }
        } catch (DateTimeException e) {
            throw new FunctionException(1, "the timestamp cannot be formatted.");
        }
        return out.toString();
    }

    private static String token(char ch, int len, OffsetDateTime t) throws FunctionException {
        String bad = String.valueOf(ch).repeat(len);
        switch (ch) {
            case 'Y':
                if (len == 4) {
                    return String.format("%04d", t.getYear());
                }
                if (len == 2) {
                    return String.format("%02d", Math.floorMod(t.getYear(), 100));
                }
                break;
            case 'M':
                switch (len) {
                    case 1: return String.valueOf(t.getMonthValue());
                    case 2: return String.format("%02d", t.getMonthValue());
                    case 3: return t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                    case 4: return t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    default: break;
                }
                break;
            case 'D':
                if (len <= 2) {
                    return len == 1 ? String.valueOf(t.getDayOfMonth()) : String.format("%02d", t.getDayOfMonth());
                }
                break;
            case 'E':
                if (len == 3 || len == 4) {
                    return t.getDayOfWeek().getDisplayName(len == 3 ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH);
                }
                break;
            case 'h':
                if (len <= 2) {
                    return len == 1 ? String.valueOf(t.getHour()) : String.format("%02d", t.getHour());
                }
                break;
            case 'H': {
                int h12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
                if (len <= 2) {
                    return len == 1 ? String.valueOf(h12) : String.format("%02d", h12);
                }
                break;
            }
            case 'A', 'a':
                if (len == 2) {
                    String ampm = t.getHour() < 12 ? "AM" : "PM";
                    return ch == 'A' ? ampm : ampm.toLowerCase(Locale.ROOT);
                }
                break;
            case 'm':
                if (len <= 2) {
                    return len == 1 ? String.valueOf(t.getMinute()) : String.format("%02d", t.getMinute());
                }
                break;
            case 's':
                if (len <= 2) {
                    return len == 1 ? String.valueOf(t.getSecond()) : String.format("%02d", t.getSecond());
                }
                break;
            case 'Z':
                switch (len) {
                    case 1: return offset(t.getOffset(), true, true);
                    case 3: return t.getOffset().getTotalSeconds() == 0 ? "UTC" : offset(t.getOffset(), false, false);
                    case 4: return offset(t.getOffset(), false, false);
                    case 5: return offset(t.getOffset(), true, false);
                    default: break;
                }
                break;
            default:
                break;
        }
        throw new FunctionException(0, "invalid date format verb \"" + bad + "\": unsupported sequence.");
    }
}
