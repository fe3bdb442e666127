package io.templint.eval.functions;

import io.templint.internal.CountedChars;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Terraform's regular expressions (RE2 syntax) on Java's engine: {@code (?P<name>...)} groups are
 * renamed to Java-legal names, POSIX classes translated, and the characters matching reads are
 * charged to the evaluation's steps, so that catastrophic backtracking ends at the evaluation's
 * limits (an unknown value and a warning) instead of hanging.
 */
final class Regexes {

    private Regexes() { }

    /** A compiled pattern and its RE2 group names (null for unnamed groups), by group number. */
    record Compiled(Pattern pattern, List<String> groupNames) {
        boolean hasNamedGroups() {
            return groupNames.stream().anyMatch(n -> n != null);
        }

        boolean hasUnnamedGroups() {
            return groupNames.stream().anyMatch(n -> n == null);
        }
    }

    /** Raised from inside matching when the budget is spent (a context whose work() fails with a FunctionException). */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super("regular expression matching takes too long", null, false, false);
        }
    }

    /** Characters a matcher reads between two charges of the evaluation's budget. */
    static final int READS_PER_CHARGE = 1024;
    /** Characters read per evaluation step. */
    static final int READS_PER_STEP = 8;

    /**
     * Charges the evaluation for every {@value #READS_PER_CHARGE} characters a matcher reads (a
     * step per {@value #READS_PER_STEP}: backtracking costs about as much per read as other
     * evaluation work per step), so that backtracking, in one call or in many, counts against the
     * same step limits as everything else the template does.
     */
    private static final class StepCharge implements CountedChars.Counter {
        private final CallContext ctx;
        private int reads;

        StepCharge(CallContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void read() {
            if (++reads >= READS_PER_CHARGE) {
                reads = 0;
                try {
                    ctx.step(READS_PER_CHARGE / READS_PER_STEP);
                } catch (FunctionException e) {
                    throw new BudgetExceeded();
                }
            }
        }
    }

    static Compiled compile(String re2, int argIndex) throws FunctionException {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        boolean inClass = false;
        int n = re2.length();
        for (int i = 0; i < n; i++) {
            char c = re2.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char d = re2.charAt(i + 1);
                if (d == 'C') {
                    throw new FunctionException(argIndex, "invalid regular expression: \\C is not supported.");
                } else {
                    out.append(c).append(d);
                }
                i++;
                continue;
            }
            if (inClass) {
                if (c == '[' && re2.startsWith("[:", i)) {
                    int close = re2.indexOf(":]", i + 2);
                    if (close > 0) {
                        String cls = re2.substring(i + 2, close);
                        boolean neg = cls.startsWith("^");
                        String name = posix(neg ? cls.substring(1) : cls);
                        if (name == null) {
                            throw new FunctionException(argIndex, "invalid regular expression: invalid character class"
                                + " range [:" + cls + ":].");
                        }
                        out.append(neg ? "\\P{" : "\\p{").append(name).append('}');
                        i = close + 1;
                        continue;
                    }
                }
                if (c == '[') {
                    out.append("\\[");
                    continue;
                }
                if (c == '&' && i + 1 < n && re2.charAt(i + 1) == '&') {
                    out.append("\\&");
                    continue;
                }
                if (c == ']') {
                    inClass = false;
                }
                out.append(c);
                continue;
            }
            if (c == '[') {
                inClass = true;
                out.append(c);
                if (i + 1 < n && re2.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                if (i + 1 < n && re2.charAt(i + 1) == ']') {
                    out.append("\\]");
                    i++;
                }
                continue;
            }
            if (c == '(') {
                if (re2.startsWith("(?P<", i) || re2.startsWith("(?<", i)) {
                    int start = re2.indexOf('<', i) + 1;
                    int close = re2.indexOf('>', start);
                    if (close < 0) {
                        throw new FunctionException(argIndex, "invalid regular expression: invalid named capture.");
                    }
                    names.add(re2.substring(start, close));
                    out.append("(?<g").append(names.size()).append('>');
                    i = close;
                    continue;
                }
                if (!re2.startsWith("(?", i)) {
                    names.add(null);
                }
            }
            out.append(c);
        }
        try {
            return new Compiled(Pattern.compile(out.toString()), names);
        } catch (PatternSyntaxException e) {
            throw new FunctionException(argIndex, "invalid regular expression: " + e.getDescription() + ".");
        } catch (StackOverflowError e) {
            throw new FunctionException(argIndex, "invalid regular expression: the pattern is too complex.");
        }
    }

    private static String posix(String name) {
        return switch (name) {
            case "alnum" -> "Alnum";
            case "alpha" -> "Alpha";
            case "ascii" -> "ASCII";
            case "blank" -> "Blank";
            case "cntrl" -> "Cntrl";
            case "digit" -> "Digit";
            case "graph" -> "Graph";
            case "lower" -> "Lower";
            case "print" -> "Print";
            case "punct" -> "Punct";
            case "space" -> "Space";
            case "upper" -> "Upper";
            case "word" -> "Alnum";
            case "xdigit" -> "XDigit";
            default -> null;
        };
    }

    /** A matcher over {@code input} whose reads are charged to the evaluation ({@link StepCharge}). */
    static Matcher matcher(Compiled c, String input, CallContext ctx) {
        return c.pattern().matcher(new CountedChars(input, new StepCharge(ctx)));
    }
}
