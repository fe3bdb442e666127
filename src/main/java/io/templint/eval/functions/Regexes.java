package io.templint.eval.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Terraform's regular expressions (RE2 syntax) on Java's engine: {@code (?P<name>...)} groups are
 * renamed to Java-legal names, POSIX classes translated, and matching runs on a character budget
 * so that catastrophic backtracking ends with an error instead of hanging.
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

    /** Raised from inside matching when the budget is spent. */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super("regular expression matching takes too long", null, false, false);
        }
    }

    /** A char sequence that fails after {@code budget} reads. */
    static final class Budgeted implements CharSequence {
        private final String s;
        private final long[] budget;

        Budgeted(String s, long budget) {
            this(s, new long[] {budget});
        }

        private Budgeted(String s, long[] budget) {
            this.s = s;
            this.budget = budget;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new BudgetExceeded();
            }
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(s.substring(start, end), budget);
        }

        @Override
        public String toString() {
            return s;
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

    /** A matcher over {@code input} that fails after a budget proportional to the step limit. */
    static Matcher matcher(Compiled c, String input, CallContext ctx) {
        long budget = Math.max(1_000_000L, Math.min(ctx.limits().maxSteps() * 10, 200_000_000L));
        return c.pattern().matcher(new Budgeted(input, budget));
    }
}
