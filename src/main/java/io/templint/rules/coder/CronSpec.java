package io.templint.rules.coder;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cron syntax the Coder provider accepts, as the Go library it uses (robfig/cron v3.0.1) parses
 * it, written anew in Java: {@link #SCRIPT} for {@code coder_script.cron} (six fields with seconds,
 * the day of week optional, {@code @} descriptors) and {@link #PREBUILD} for a preset's prebuild
 * schedules (five fields, no descriptors), plus the provider's own prebuild rules (minute {@code *},
 * schedules that do not overlap).
 *
 * <p>{@link #check} answers {@link #VALID}, {@link #UNSURE} (a form whose outcome depends on the
 * machine, e.g. a {@code TZ=} prefix read from the host's time zone database) or the reason the
 * library refuses the expression.
 */
final class CronSpec {

    /** The answer for an accepted expression. */
    static final String VALID = null;

    /** The answer when templint cannot tell exactly. */
    static final String UNSURE = "";

    /** The fields a parser reads and what it accepts besides. */
    record Parser(boolean second, boolean dowOptional, boolean descriptor) { }

    /** {@code cron.Second | Minute | Hour | Dom | Month | DowOptional | Descriptor} (provider {@code script.go}). */
    static final Parser SCRIPT = new Parser(true, true, true);

    /** {@code cron.Minute | Hour | Dom | Month | Dow} (provider {@code workspace_preset.go}). */
    static final Parser PREBUILD = new Parser(false, false, false);

    private record Bounds(int min, int max, Map<String, Integer> names) { }

    private static final Bounds SECONDS = new Bounds(0, 59, null);
    private static final Bounds MINUTES = new Bounds(0, 59, null);
    private static final Bounds HOURS = new Bounds(0, 23, null);
    private static final Bounds DOM = new Bounds(1, 31, null);
    private static final Bounds MONTHS = new Bounds(1, 12, Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
        Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
        Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12)));
    private static final Bounds DOW = new Bounds(0, 6, Map.of("sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4,
        "fri", 5, "sat", 6));
    private static final Bounds[] PLACES = {SECONDS, MINUTES, HOURS, DOM, MONTHS, DOW};

    private CronSpec() { }

    /** Whether the library parses {@code spec} with {@code parser}: {@link #VALID}, {@link #UNSURE} or why not. */
    static String check(String spec, Parser parser) {
        if (spec.isEmpty()) {
            return "empty spec string";
        }
        if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
            return UNSURE; // read from the host's time zone database (and a spec without a space panics)
        }
        if (spec.startsWith("@")) {
            if (!parser.descriptor()) {
                return "parser does not accept descriptors: " + spec;
            }
            return descriptor(spec);
        }
        List<String> fields = fields(spec);
        int max = parser.second() ? 6 : 5;
        int min = parser.dowOptional() ? max - 1 : max;
        if (fields.size() < min || fields.size() > max) {
            return min == max ? "expected exactly " + min + " fields, found " + fields.size()
                : "expected " + min + " to " + max + " fields, found " + fields.size();
        }
        List<String> all = new ArrayList<>(fields);
        if (all.size() < max) {
            all.add("*");
        }
        if (!parser.second()) {
            all.add(0, "0");
        }
        for (int i = 0; i < PLACES.length; i++) {
            String error = field(all.get(i), PLACES[i]);
            if (error != null) {
                return error;
            }
        }
        return VALID;
    }

    /**
     * The provider's checks of one prebuild schedule's {@code cron}: five fields, the first {@code *},
     * then the library's five-field parser.
     */
    static String checkPrebuild(String spec) {
        List<String> fields = fields(spec);
        if (fields.size() != 5) {
            return "cron spec failed validation: cron specification should consist of 5 fields";
        }
        if (!fields.get(0).equals("*")) {
            return "cron spec failed validation: minute field should be *";
        }
        String error = check(spec, PREBUILD);
        return error == null || error.isEmpty() ? error : "failed to parse cron spec: " + error;
    }

    /**
     * The provider's overlap check of a preset's prebuild schedules (each already valid): the first
     * pair that overlaps, or one the check cannot read (its own simpler range syntax), as the
     * provider's message; null when none.
     */
    static String overlap(List<String> schedules) {
        for (int i = 0; i < schedules.size(); i++) {
            for (int j = i + 1; j < schedules.size(); j++) {
                List<String> a = fields(schedules.get(i));
                List<String> b = fields(schedules.get(j));
                if (a.size() != 5 || b.size() != 5) {
                    return "invalid schedule";
                }
                String part = "month";
                try {
                    if (!overlaps(a.get(3), b.get(3), 12)) {
                        continue;
                    }
                    part = "day";
                    if (!daysOverlap(a.get(2), a.get(4), b.get(2), b.get(4))) {
                        continue;
                    }
                    part = "hour";
                    if (overlaps(a.get(1), b.get(1), 23)) {
                        return "schedules overlap: " + schedules.get(i) + " and " + schedules.get(j);
                    }
                } catch (IllegalArgumentException e) {
                    return "invalid schedule: invalid " + part + " range: " + e.getMessage();
                }
            }
        }
        return null;
    }

    private static boolean daysOverlap(String dom1, String dow1, String dom2, String dow2) {
        if (dom1.equals("*") || dom2.equals("*")) {
            return overlaps(dow1, dow2, 6);
        }
        if (dow1.equals("*") || dow2.equals("*")) {
            return overlaps(dom1, dom2, 31);
        }
        boolean dom = overlaps(dom1, dom2, 31);
        boolean dow = overlaps(dow1, dow2, 6);
        return dom || dow;
    }

    private static boolean overlaps(String a, String b, int max) {
        BitSet x = set(a, max);
        BitSet y = set(b, max);
        return x.intersects(y);
    }

    /** The provider's {@code ParseRange}: {@code *}, or comma-separated numbers and {@code a-b} ranges. */
    private static BitSet set(String input, int max) {
        BitSet out = new BitSet();
        if (input.equals("*")) {
            out.set(0, max + 1);
            return out;
        }
        for (String part : input.split(",", -1)) {
            if (part.contains("-")) {
                String[] range = part.split("-", -1);
                long start = atoi(range[0], "invalid start value in range");
                long end = atoi(range[1], "invalid end value in range");
                if (start < 0 || end > max || start > end) {
                    throw new IllegalArgumentException("invalid range " + start + "-" + end
                        + ": values must be between 0 and " + max);
                }
                out.set((int) start, (int) end + 1);
            } else {
                long value = atoi(part, "invalid value");
                if (value < 0 || value > max) {
                    throw new IllegalArgumentException("invalid value " + value + ": must be between 0 and " + max);
                }
                out.set((int) value);
            }
        }
        return out;
    }

    private static long atoi(String s, String what) {
        Long v = parseInt(s);
        if (v == null) {
            throw new IllegalArgumentException(what + ": strconv.Atoi: parsing \"" + s + "\": invalid syntax");
        }
        return v;
    }

    /** Go's {@code strconv.Atoi}: an optional sign and ASCII digits fitting in 64 bits, else null. */
    static Long parseInt(String s) {
        int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        if (i == s.length()) {
            return null;
        }
        for (int k = i; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(s.charAt(0) == '+' ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            return null; // out of range
        }
    }

    /** robfig's {@code getField}: comma-separated ranges, empty pieces skipped. */
    private static String field(String field, Bounds b) {
        for (String expr : field.split(",")) {
            if (expr.isEmpty()) {
                continue;
            }
            String error = range(expr, b);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    /** robfig's {@code getRange}: {@code *}, {@code ?}, {@code n}, {@code n-m}, each with an optional {@code /step}. */
    private static String range(String expr, Bounds b) {
        String[] rangeAndStep = expr.split("/", -1);
        String[] lowAndHigh = rangeAndStep[0].split("-", -1);
        boolean single = lowAndHigh.length == 1;
        long start;
        long end;
        if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
            start = b.min();
            end = b.max();
        } else {
            Long s = intOrName(lowAndHigh[0], b);
            if (s == null) {
                return "failed to parse int from " + lowAndHigh[0];
            }
            if (s < 0) {
                return "negative number (" + s + ") not allowed: " + lowAndHigh[0];
            }
            start = s;
            if (lowAndHigh.length == 1) {
                end = start;
            } else if (lowAndHigh.length == 2) {
                Long e = intOrName(lowAndHigh[1], b);
                if (e == null) {
                    return "failed to parse int from " + lowAndHigh[1];
                }
                if (e < 0) {
                    return "negative number (" + e + ") not allowed: " + lowAndHigh[1];
                }
                end = e;
            } else {
                return "too many hyphens: " + expr;
            }
        }
        long step;
        if (rangeAndStep.length == 1) {
            step = 1;
        } else if (rangeAndStep.length == 2) {
            Long s = parseInt(rangeAndStep[1]);
            if (s == null) {
                return "failed to parse int from " + rangeAndStep[1];
            }
            if (s < 0) {
                return "negative number (" + s + ") not allowed: " + rangeAndStep[1];
            }
            step = s;
            if (single) {
                end = b.max();
            }
        } else {
            return "too many slashes: " + expr;
        }
        if (start < b.min()) {
            return "beginning of range (" + start + ") below minimum (" + b.min() + "): " + expr;
        }
        if (end > b.max()) {
            return "end of range (" + end + ") above maximum (" + b.max() + "): " + expr;
        }
        if (start > end) {
            return "beginning of range (" + start + ") beyond end of range (" + end + "): " + expr;
        }
        if (step == 0) {
            return "step of range should be a positive number: " + expr;
        }
        return null;
    }

    private static Long intOrName(String expr, Bounds b) {
        if (b.names() != null) {
            Integer named = b.names().get(expr.toLowerCase(Locale.ROOT));
            if (named != null) {
                return named.longValue();
            }
        }
        return parseInt(expr);
    }

    private static String descriptor(String spec) {
        switch (spec) {
            case "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly":
                return VALID;
            default:
                break;
        }
        String every = "@every ";
        if (spec.startsWith(every)) {
            String d = duration(spec.substring(every.length()));
            return d == null || d.isEmpty() ? d : "failed to parse duration " + spec + ": " + d;
        }
        return "unrecognized descriptor: " + spec;
    }

    private static final Map<String, Long> UNITS = Map.of("ns", 1L, "us", 1_000L, "\u00b5s", 1_000L,
        "\u03bcs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    /** Go's {@code time.ParseDuration}: null when accepted, {@link #UNSURE} near its overflow limit, else why not. */
    static String duration(String orig) {
        String s = orig;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return null;
        }
        if (s.isEmpty()) {
            return "time: invalid duration \"" + orig + "\"";
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return "time: invalid duration \"" + orig + "\"";
            }
            int start = i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            boolean pre = i > start;
            String whole = s.substring(start, i);
            String fraction = "";
            boolean post = false;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int f = i;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    i++;
                }
                post = i > f;
                fraction = s.substring(f, i);
            }
            if (!pre && !post) {
                return "time: invalid duration \"" + orig + "\"";
            }
            int u = i;
            while (i < s.length() && s.charAt(i) != '.' && !isDigit(s.charAt(i))) {
                i++;
            }
            if (i == u) {
                return "time: missing unit in duration \"" + orig + "\"";
            }
            Long unit = UNITS.get(s.substring(u, i));
            if (unit == null) {
                return "time: unknown unit \"" + s.substring(u, i) + "\" in duration \"" + orig + "\"";
            }
            BigDecimal value = new BigDecimal((whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
            total = total.add(value.multiply(BigDecimal.valueOf(unit)));
        }
        BigDecimal limit = new BigDecimal(BigInteger.ONE.shiftLeft(63));
        if (total.compareTo(limit.multiply(BigDecimal.valueOf(2))) > 0) {
            return "time: invalid duration \"" + orig + "\"";
        }
        return total.compareTo(limit.divide(BigDecimal.valueOf(2))) < 0 ? null : UNSURE;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Go's {@code strings.Fields}: split on Unicode white space ({@code unicode.IsSpace}). */
    static List<String> fields(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static boolean isSpace(int c) {
        if (c <= 0xFF) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
            || c == 0x205F || c == 0x3000;
    }
}
