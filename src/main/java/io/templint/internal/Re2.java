package io.templint.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression in Go's RE2 syntax ({@code regexp.Compile}, Perl flags), read the way Go's
 * {@code regexp/syntax} parser reads it: {@link #error()} is Go's own message for an expression Go
 * refuses ("error parsing regexp: invalid or unsupported Perl syntax: `(?=`"), and {@link #find}
 * answers Go's {@code MatchString} (an unanchored search) on a {@link java.util.regex.Pattern}
 * written from the parsed expression, so that Java's own syntax and semantics never leak in.
 *
 * <p>What RE2 refuses and Java accepts is refused (backreferences {@code \1}, lookaround
 * {@code (?=}, {@code (?<=}, atomic groups {@code (?>}, possessive {@code a*+}, {@code \Z},
 * {@code \u0041}, counts over 1000); what RE2 accepts and Java does not is accepted
 * ({@code (?P<name>...)}, {@code [[:alpha:]]}, {@code \pL}, {@code \Q...\E}, {@code (?U)}). The
 * translation keeps Go's meaning where Java's differs: {@code $} matches only at the end of the text
 * (not before a final newline), {@code (?m)^} also after a final newline, {@code .} never matches
 * {@code \n} unless {@code (?s)}, {@code \s}, {@code \d}, {@code \w} and {@code \b} are ASCII,
 * case folding follows Go's for ASCII. Where templint is not sure to agree with Go (a Unicode
 * class or case folding on a non-ASCII text, a Unicode class name Java does not know), {@link #find}
 * answers null rather than guess; where Go's parser might accept what this one refuses, this one
 * accepts (Unicode class names are not checked; expression size limits are not applied).
 *
 * <p>Internal helper, not part of templint's supported API.
 */
public final class Re2 {

    /** Largest count of a repetition {@code {n,m}}, and of nested counts multiplied. */
    static final int MAX_REPEAT = 1000;

    /** How deep groups may nest before templint stops reading the expression (and is not sure). */
    static final int MAX_DEPTH = 500;

    private final String expr;
    private final String error;
    private final String java;
    private final boolean unicodeTables;
    private final boolean foldsNonAscii;
    private Pattern pattern;
    private boolean patternFailed;

    private Re2(String expr, String error, String java, boolean unicodeTables, boolean foldsNonAscii) {
        this.expr = expr;
        this.error = error;
        this.java = java;
        this.unicodeTables = unicodeTables;
        this.foldsNonAscii = foldsNonAscii;
    }

    /** Reads {@code expr} as Go's {@code regexp.Compile} does; never throws. */
    public static Re2 parse(String expr) {
        Parser p = new Parser(expr);
        try {
            Node root = p.parseWhole();
            Emitter e = new Emitter();
            String java = p.unsure ? null : e.emit(root);
            return new Re2(expr, null, java, p.unicodeTables, p.foldsNonAscii);
        } catch (GoError ge) {
            return new Re2(expr, "error parsing regexp: " + ge.code + ": `" + ge.arg + "`", null, false, false);
        } catch (Unsure | StackOverflowError u) {
            return new Re2(expr, null, null, false, false);
        }
    }

    /** The expression as written. */
    public String expression() {
        return expr;
    }

    /** Go's error for an expression it refuses ({@code error parsing regexp: ...}), or null when it accepts it. */
    public String error() {
        return error;
    }

    /** The equivalent {@link java.util.regex.Pattern} syntax, or null when there is none templint is sure of. */
    public String javaPattern() {
        return java;
    }

    /**
     * Whether Go's {@code MatchString} finds the expression in {@code input}: TRUE or FALSE, or null
     * when the expression is refused, templint is not sure to match exactly as Go does on this
     * input, or matching reads more than {@code maxReads} characters (a backtracking pattern).
     */
    public Boolean find(String input, long maxReads) {
        if (error != null || java == null) {
            return null;
        }
        boolean ascii = input.chars().allMatch(c -> c < 0x80);
        if (!ascii && (unicodeTables || foldsNonAscii)) {
            return null;
        }
        Pattern compiled = compiled();
        if (compiled == null) {
            return null;
        }
        long[] reads = {0};
        Cancellation cancel = Cancellation.current();
        Matcher m = compiled.matcher(new CountedChars(input, () -> {
            if (++reads[0] > maxReads || (reads[0] & 1023) == 0 && cancel.check()) {
                throw new OverBudget();
            }
        }));
        try {
            return m.find();
        } catch (OverBudget | StackOverflowError e) {
            return null;
        }
    }

    private synchronized Pattern compiled() {
        if (pattern == null && !patternFailed) {
            try {
                pattern = Pattern.compile(java);
            } catch (RuntimeException | StackOverflowError e) {
                patternFailed = true;
            }
        }
        return pattern;
    }

    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super("regular expression matching read too many characters", null, false, false);
        }
    }

    /** One of Go's parse errors: its code (message) and the part of the expression it quotes. */
    private static final class GoError extends RuntimeException {
        final String code;
        final String arg;

        GoError(String code, String arg) {
            super(code, null, false, false);
            this.code = code;
            this.arg = arg;
        }
    }

    /** The expression is beyond what templint reads with certainty (too deep). */
    private static final class Unsure extends RuntimeException {
        Unsure() {
            super("not sure", null, false, false);
        }
    }

    static final String INVALID_CHAR_CLASS = "invalid character class";
    static final String INVALID_CHAR_RANGE = "invalid character class range";
    static final String INVALID_ESCAPE = "invalid escape sequence";
    static final String INVALID_NAMED_CAPTURE = "invalid named capture";
    static final String INVALID_PERL_OP = "invalid or unsupported Perl syntax";
    static final String INVALID_REPEAT_OP = "invalid nested repetition operator";
    static final String INVALID_REPEAT_SIZE = "invalid repeat count";
    static final String MISSING_BRACKET = "missing closing ]";
    static final String MISSING_PAREN = "missing closing )";
    static final String MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
    static final String TRAILING_BACKSLASH = "trailing backslash at end of expression";
    static final String UNEXPECTED_PAREN = "unexpected )";

    // ---- the parsed expression ------------------------------------------------------------------

    private enum Kind { EMPTY, CLASS, JAVA_CLASS, BEGIN_TEXT, END_TEXT, BEGIN_LINE, END_LINE, WORD_BOUNDARY,
        NO_WORD_BOUNDARY, CONCAT, ALTERNATE, GROUP, REPEAT }

    /** A node: a character class (ranges of code points, maybe with Java Unicode classes), an assertion, or a composite. */
    private static final class Node {
        final Kind kind;
        final List<Node> subs = new ArrayList<>();
        int[] ranges; // CLASS: sorted, merged [lo, hi] pairs
        String javaClass; // JAVA_CLASS: a whole Java class expression
        int min;
        int max; // REPEAT: -1 for no upper bound
        boolean counted; // REPEAT: written {n,m} (Go's OpRepeat), not *, + or ?

        Node(Kind kind) {
            this.kind = kind;
        }
    }

    // ---- the parser -----------------------------------------------------------------------------

    private static final class Parser {
        private final String s;
        private int pos;
        private boolean fold;
        private boolean dotNL;
        private boolean oneLine = true;
        private int depth;
        boolean unsure;
        boolean unicodeTables;
        boolean foldsNonAscii;

        Parser(String s) {
            this.s = s;
        }

        Node parseWhole() {
            Node n = parseAlternation();
            if (pos < s.length()) { // a ')' with no group open
                throw new GoError(UNEXPECTED_PAREN, s);
            }
            return n;
        }

        /** Alternatives up to an unmatched ')' or the end; flags set inside persist across '|'. */
        private Node parseAlternation() {
            Node alt = new Node(Kind.ALTERNATE);
            alt.subs.add(parseConcat());
            while (pos < s.length() && s.charAt(pos) == '|') {
                pos++;
                alt.subs.add(parseConcat());
            }
            return alt.subs.size() == 1 ? alt.subs.get(0) : alt;
        }

        private Node parseConcat() {
            Node concat = new Node(Kind.CONCAT);
            int lastRepeatStart = -1; // where the repetition operator just before began, or -1
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '|' || c == ')') {
                    break;
                }
                int start = pos;
                int repeatStart = -1;
                switch (c) {
                    case '(' -> {
                        if (pos + 1 < s.length() && s.charAt(pos + 1) == '?') {
                            Node g = parsePerlGroup();
                            if (g != null) {
                                concat.subs.add(g);
                            }
                        } else {
                            pos++;
                            concat.subs.add(group());
                        }
                    }
                    case '^' -> {
                        pos++;
                        concat.subs.add(new Node(oneLine ? Kind.BEGIN_TEXT : Kind.BEGIN_LINE));
                    }
                    case '$' -> {
                        pos++;
                        concat.subs.add(new Node(oneLine ? Kind.END_TEXT : Kind.END_LINE));
                    }
                    case '.' -> {
                        pos++;
                        concat.subs.add(dotNL ? classOf(0, 0x10FFFF) : classOf(0, '\n' - 1, '\n' + 1, 0x10FFFF));
                    }
                    case '[' -> concat.subs.add(parseClass());
                    case '*', '+', '?' -> {
                        pos++;
                        repeat(concat, c == '+' ? 1 : 0, c == '?' ? 1 : -1, start, lastRepeatStart, false);
                        repeatStart = start;
                    }
                    case '{' -> {
                        int[] r = parseRepeat();
                        if (r == null) {
                            pos++;
                            concat.subs.add(literal('{'));
                        } else {
                            if (r[0] < 0 || r[0] > MAX_REPEAT || r[1] > MAX_REPEAT || r[1] >= 0 && r[0] > r[1]) {
                                throw new GoError(INVALID_REPEAT_SIZE, s.substring(start, pos));
                            }
                            repeat(concat, r[0], r[1], start, lastRepeatStart, true);
                            repeatStart = start;
                        }
                    }
                    case '\\' -> parseBackslash(concat);
                    default -> {
                        int cp = s.codePointAt(pos);
                        pos += Character.charCount(cp);
                        concat.subs.add(literal(cp));
                    }
                }
                lastRepeatStart = repeatStart;
            }
            if (concat.subs.isEmpty()) {
                return new Node(Kind.EMPTY);
            }
            return concat.subs.size() == 1 ? concat.subs.get(0) : concat;
        }

        /** A group's body after '(' or '(?:' (flags are restored after it). */
        private Node group() {
            if (++depth > MAX_DEPTH) {
                throw new Unsure();
            }
            boolean f = fold;
            boolean d = dotNL;
            boolean o = oneLine;
            Node body = parseAlternation();
            if (pos >= s.length()) {
                throw new GoError(MISSING_PAREN, s);
            }
            pos++; // ')'
            fold = f;
            dotNL = d;
            oneLine = o;
            depth--;
            Node g = new Node(Kind.GROUP);
            g.subs.add(body);
            return g;
        }

        /** {@code (?P<name>}, {@code (?<name>}, {@code (?flags)} or {@code (?flags:}; null for flags only. */
        private Node parsePerlGroup() {
            int start = pos;
            String t = s.substring(pos);
            boolean withP = t.length() > 4 && t.charAt(2) == 'P' && t.charAt(3) == '<';
            boolean withName = t.length() > 3 && t.charAt(2) == '<';
            if (withP || withName) {
                int end = t.indexOf('>');
                if (end < 0) {
                    throw new GoError(INVALID_NAMED_CAPTURE, t);
                }
                String name = t.substring(withP ? 4 : 3, end);
                if (name.isEmpty() || !name.chars().allMatch(ch -> ch == '_' || isAlnum(ch))) {
                    throw new GoError(INVALID_NAMED_CAPTURE, t.substring(0, end + 1));
                }
                pos += end + 1;
                return group();
            }
            pos += 2;
            boolean newFold = fold;
            boolean newDot = dotNL;
            boolean newOneLine = oneLine;
            boolean negated = false;
            boolean sawFlag = false;
            while (pos < s.length()) {
                int c = s.codePointAt(pos);
                pos += Character.charCount(c);
                switch (c) {
                    case 'i' -> {
                        newFold = !negated;
                        sawFlag = true;
                    }
                    case 'm' -> {
                        newOneLine = negated;
                        sawFlag = true;
                    }
                    case 's' -> {
                        newDot = !negated;
                        sawFlag = true;
                    }
                    case 'U' -> sawFlag = true; // greediness does not change whether there is a match
                    case '-' -> {
                        if (negated) {
                            throw new GoError(INVALID_PERL_OP, s.substring(start, pos));
                        }
                        negated = true;
                        sawFlag = false;
                    }
                    case ':', ')' -> {
                        if (negated && !sawFlag) {
                            throw new GoError(INVALID_PERL_OP, s.substring(start, pos));
                        }
                        if (c == ':') {
                            // the group's flags are the new ones; those before it come back after it
                            boolean f = fold;
                            boolean d = dotNL;
                            boolean o = oneLine;
                            fold = newFold;
                            dotNL = newDot;
                            oneLine = newOneLine;
                            Node g = group();
                            fold = f;
                            dotNL = d;
                            oneLine = o;
                            return g;
                        }
                        fold = newFold;
                        dotNL = newDot;
                        oneLine = newOneLine;
                        return null;
                    }
                    default -> throw new GoError(INVALID_PERL_OP, s.substring(start, pos));
                }
            }
            throw new GoError(INVALID_PERL_OP, s.substring(start, pos));
        }

        /**
         * Applies a repetition operator (already read, from {@code start}) to the last item; an
         * operator right after another is Go's "invalid nested repetition operator".
         */
        private void repeat(Node concat, int min, int max, int start, int lastRepeatStart, boolean counted) {
            if (pos < s.length() && s.charAt(pos) == '?') {
                pos++; // non-greedy: the same answer to "is there a match"
            }
            if (lastRepeatStart >= 0) {
                throw new GoError(INVALID_REPEAT_OP, s.substring(lastRepeatStart, pos));
            }
            if (concat.subs.isEmpty()) {
                throw new GoError(MISSING_REPEAT_ARGUMENT, s.substring(start, pos));
            }
            Node sub = concat.subs.remove(concat.subs.size() - 1);
            Node r = new Node(Kind.REPEAT);
            r.min = min;
            r.max = max;
            r.counted = counted;
            r.subs.add(sub);
            concat.subs.add(r);
            if (counted && (min >= 2 || max >= 2) && !repeatIsValid(r, MAX_REPEAT)) {
                throw new GoError(INVALID_REPEAT_SIZE, s.substring(start, pos));
            }
        }

        /** Whether nested counted repetitions stay within {@code n} copies, as Go checks. */
        private static boolean repeatIsValid(Node re, int n) {
            if (re.kind == Kind.REPEAT && re.counted) {
                int m = re.max;
                if (m == 0) {
                    return true;
                }
                if (m < 0) {
                    m = re.min;
                }
                if (m > n) {
                    return false;
                }
                if (m > 0) {
                    n /= m;
                }
            }
            for (Node sub : re.subs) {
                if (!repeatIsValid(sub, n)) {
                    return false;
                }
            }
            return true;
        }

        /** {@code {n}}, {@code {n,}}, {@code {n,m}} as {min, max (-1: none)}, min -1 when too big; null when not a repeat. */
        private int[] parseRepeat() {
            int p = pos + 1;
            int[] first = parseInt(p);
            if (first == null) {
                return null;
            }
            int min = first[0];
            int max;
            p = first[1];
            if (p >= s.length()) {
                return null;
            }
            if (s.charAt(p) != ',') {
                max = min;
            } else {
                p++;
                if (p >= s.length()) {
                    return null;
                }
                if (s.charAt(p) == '}') {
                    max = -1;
                } else {
                    int[] second = parseInt(p);
                    if (second == null) {
                        return null;
                    }
                    max = second[0];
                    p = second[1];
                    if (max < 0) {
                        min = -1;
                    }
                }
            }
            if (p >= s.length() || s.charAt(p) != '}') {
                return null;
            }
            pos = p + 1;
            return new int[] {min, max};
        }

        /** A decimal integer without leading zeros at {@code p}: {value (-1 when too big), end}, or null. */
        private int[] parseInt(int p) {
            if (p >= s.length() || !isDigit(s.charAt(p))) {
                return null;
            }
            if (p + 1 < s.length() && s.charAt(p) == '0' && isDigit(s.charAt(p + 1))) {
                return null;
            }
            int end = p;
            while (end < s.length() && isDigit(s.charAt(end))) {
                end++;
            }
            int n = 0;
            for (int i = p; i < end; i++) {
                if (n >= 100_000_000) {
                    n = -1;
                    break;
                }
                n = n * 10 + s.charAt(i) - '0';
            }
            return new int[] {n, end};
        }

        private void parseBackslash(Node concat) {
            if (pos + 1 < s.length()) {
                char d = s.charAt(pos + 1);
                switch (d) {
                    case 'A' -> {
                        pos += 2;
                        concat.subs.add(new Node(Kind.BEGIN_TEXT));
                        return;
                    }
                    case 'b', 'B' -> {
                        pos += 2;
                        concat.subs.add(new Node(d == 'b' ? Kind.WORD_BOUNDARY : Kind.NO_WORD_BOUNDARY));
                        return;
                    }
                    case 'C' -> throw new GoError(INVALID_ESCAPE, "\\C");
                    case 'Q' -> {
                        int end = s.indexOf("\\E", pos + 2);
                        String lit = end < 0 ? s.substring(pos + 2) : s.substring(pos + 2, end);
                        pos = end < 0 ? s.length() : end + 2;
                        lit.codePoints().forEach(cp -> concat.subs.add(literal(cp)));
                        return;
                    }
                    case 'z' -> {
                        pos += 2;
                        concat.subs.add(new Node(Kind.END_TEXT));
                        return;
                    }
                    default -> { }
                }
            }
            Node unicode = parseUnicodeClass();
            if (unicode != null) {
                concat.subs.add(unicode);
                return;
            }
            int[] perl = perlClass();
            if (perl != null) {
                concat.subs.add(classNode(perl));
                return;
            }
            concat.subs.add(literal(parseEscape()));
        }

        /** {@code \d \D \s \S \w \W} at pos (consumed), folded when case-insensitive, or null. */
        private int[] perlClass() {
            if (pos + 1 >= s.length() || s.charAt(pos) != '\\') {
                return null;
            }
            char d = s.charAt(pos + 1);
            int[] base = switch (Character.toLowerCase(d)) {
                case 'd' -> DIGIT;
                case 's' -> PERL_SPACE;
                case 'w' -> WORD;
                default -> null;
            };
            if (base == null) {
                return null;
            }
            pos += 2;
            int[] r = foldIfNeeded(base);
            return Character.isUpperCase(d) ? negate(r) : r;
        }

        private int[] foldIfNeeded(int[] r) {
            return fold ? foldRanges(r) : r;
        }

        /** A {@code \p} or {@code \P} class at pos (consumed), or null when there is none. */
        private Node parseUnicodeClass() {
            if (pos + 1 >= s.length() || s.charAt(pos) != '\\' || s.charAt(pos + 1) != 'p' && s.charAt(pos + 1) != 'P') {
                return null;
            }
            boolean negated = s.charAt(pos + 1) == 'P';
            String name;
            int end;
            if (pos + 2 >= s.length()) {
                throw new GoError(INVALID_CHAR_RANGE, s.substring(pos));
            }
            if (s.charAt(pos + 2) != '{') {
                int cp = s.codePointAt(pos + 2);
                end = pos + 2 + Character.charCount(cp);
                name = new String(Character.toChars(cp));
            } else {
                int close = s.indexOf('}', pos);
                if (close < 0) {
                    throw new GoError(INVALID_CHAR_RANGE, s.substring(pos));
                }
                name = s.substring(pos + 3, close);
                end = close + 1;
            }
            pos = end;
            if (name.startsWith("^")) {
                negated = !negated;
                name = name.substring(1);
            }
            Node n = new Node(Kind.JAVA_CLASS);
            switch (name) {
                case "Any" -> {
                    n = classNode(negated ? new int[0] : new int[] {0, 0x10FFFF});
                    return n;
                }
                case "ASCII" -> {
                    int[] ascii = new int[] {0, 0x7F};
                    n = classNode(negated ? negate(foldIfNeeded(ascii)) : foldIfNeeded(ascii));
                    return n;
                }
                default -> { }
            }
            String javaName = javaUnicodeName(name);
            if (javaName == null || fold) {
                unsure = true; // a name Go may know and Java not, or Go's folding of a Unicode table
            }
            unicodeTables = true;
            n.javaClass = (negated ? "\\P{" : "\\p{") + (javaName == null ? "L" : javaName) + "}";
            return n;
        }

        /** A Java name for a Go Unicode category or script, or null. */
        private static String javaUnicodeName(String name) {
            if (CATEGORIES.contains(name)) {
                return name;
            }
            if (!name.matches("[A-Z][A-Za-z_]*")) {
                return null;
            }
            try {
                Character.UnicodeScript script = Character.UnicodeScript.forName(name);
                return "script=" + script.name();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static final List<String> CATEGORIES = List.of("C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo",
            "Lt", "Lu", "LC", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps",
            "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs");

        /** An ordinary escape at pos ({@code \n}, {@code \x41}, {@code \.}...): its code point; Go's error otherwise. */
        private int parseEscape() {
            int start = pos;
            pos++; // backslash
            if (pos >= s.length()) {
                throw new GoError(TRAILING_BACKSLASH, "");
            }
            int c = s.codePointAt(pos);
            pos += Character.charCount(c);
            if (c < 0x80 && !isAlnum(c)) {
                return c;
            }
            switch (c) {
                case '1', '2', '3', '4', '5', '6', '7', '0' -> {
                    if (c != '0' && (pos >= s.length() || s.charAt(pos) < '0' || s.charAt(pos) > '7')) {
                        break; // a backreference
                    }
                    int r = c - '0';
                    for (int i = 1; i < 3; i++) {
                        if (pos >= s.length() || s.charAt(pos) < '0' || s.charAt(pos) > '7') {
                            break;
                        }
                        r = r * 8 + s.charAt(pos) - '0';
                        pos++;
                    }
                    return r;
                }
                case 'x' -> {
                    if (pos >= s.length()) {
                        break;
                    }
                    int d = s.codePointAt(pos);
                    pos += Character.charCount(d);
                    if (d == '{') {
                        int nhex = 0;
                        long r = 0;
                        while (true) {
                            if (pos >= s.length()) {
                                throw new GoError(INVALID_ESCAPE, s.substring(start, pos));
                            }
                            int h = s.codePointAt(pos);
                            pos += Character.charCount(h);
                            if (h == '}') {
                                break;
                            }
                            int v = unhex(h);
                            if (v < 0) {
                                throw new GoError(INVALID_ESCAPE, s.substring(start, pos));
                            }
                            r = r * 16 + v;
                            if (r > 0x10FFFF) {
                                throw new GoError(INVALID_ESCAPE, s.substring(start, pos));
                            }
                            nhex++;
                        }
                        if (nhex == 0) {
                            break;
                        }
                        return (int) r;
                    }
                    if (pos >= s.length()) {
                        break;
                    }
                    int e = s.codePointAt(pos);
                    pos += Character.charCount(e);
                    if (unhex(d) < 0 || unhex(e) < 0) {
                        break;
                    }
                    return unhex(d) * 16 + unhex(e);
                }
                case 'a' -> {
                    return 7;
                }
                case 'f' -> {
                    return '\f';
                }
                case 'n' -> {
                    return '\n';
                }
                case 'r' -> {
                    return '\r';
                }
                case 't' -> {
                    return '\t';
                }
                case 'v' -> {
                    return 0x0B;
                }
                default -> { }
            }
            throw new GoError(INVALID_ESCAPE, s.substring(start, pos));
        }

        /** A bracketed class at pos, Go's way ({@code ]} first is literal, {@code [:name:]}, ranges). */
        private Node parseClass() {
            String whole = s.substring(pos);
            pos++; // [
            boolean negated = false;
            if (pos < s.length() && s.charAt(pos) == '^') {
                negated = true;
                pos++;
            }
            List<int[]> parts = new ArrayList<>();
            List<String> javaParts = new ArrayList<>();
            boolean first = true;
            while (pos >= s.length() || s.charAt(pos) != ']' || first) {
                first = false;
                if (pos + 2 < s.length() && s.startsWith("[:", pos)) {
                    int close = s.indexOf(":]", pos + 2);
                    if (close >= 0) {
                        String name = s.substring(pos, close + 2);
                        int[] r = posix(name);
                        if (r == null) {
                            throw new GoError(INVALID_CHAR_RANGE, name);
                        }
                        r = foldIfNeeded(r); // Go folds a named class before negating it
                        parts.add(name.startsWith("[:^") ? negate(r) : r);
                        pos = close + 2;
                        continue;
                    }
                }
                Node u = parseUnicodeClass();
                if (u != null) {
                    if (u.kind == Kind.CLASS) {
                        parts.add(u.ranges);
                    } else {
                        javaParts.add(u.javaClass);
                    }
                    continue;
                }
                int[] perl = perlClass();
                if (perl != null) {
                    parts.add(perl);
                    continue;
                }
                int rangeStart = pos;
                int lo = classChar(whole);
                int hi = lo;
                if (pos + 1 < s.length() && s.charAt(pos) == '-' && s.charAt(pos + 1) != ']') {
                    pos++;
                    hi = classChar(whole);
                    if (hi < lo) {
                        throw new GoError(INVALID_CHAR_RANGE, s.substring(rangeStart, pos));
                    }
                }
                int[] r = {lo, hi};
                parts.add(fold ? foldRanges(r) : r);
                if (fold && hi >= 0x80) {
                    foldsNonAscii = true;
                }
            }
            pos++; // ]
            int[] ranges = new int[0];
            for (int[] p : parts) {
                ranges = union(ranges, p);
            }
            if (javaParts.isEmpty()) {
                return classNode(negated ? negate(ranges) : ranges);
            }
            Node n = new Node(Kind.JAVA_CLASS);
            StringBuilder sb = new StringBuilder(negated ? "[^" : "[");
            appendRanges(sb, ranges);
            javaParts.forEach(sb::append);
            n.javaClass = sb.append(']').toString();
            return n;
        }

        private int classChar(String whole) {
            if (pos >= s.length()) {
                throw new GoError(MISSING_BRACKET, whole);
            }
            if (s.charAt(pos) == '\\') {
                return parseEscape();
            }
            int cp = s.codePointAt(pos);
            pos += Character.charCount(cp);
            return cp;
        }

        private Node literal(int cp) {
            if (!fold) {
                return classOf(cp, cp);
            }
            if (cp >= 0x80) {
                foldsNonAscii = true;
            }
            return classNode(foldRanges(new int[] {cp, cp}));
        }
    }

    // ---- character classes as sorted [lo, hi] pairs ---------------------------------------------

    private static final int[] DIGIT = {'0', '9'};
    private static final int[] PERL_SPACE = {'\t', '\n', '\f', '\r', ' ', ' '};
    private static final int[] WORD = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};

    /** The ranges of a POSIX class named like {@code [:alpha:]} or {@code [:^alpha:]}, not negated; null if unknown. */
    private static int[] posix(String name) {
        boolean negated = name.startsWith("[:^");
        String n = name.substring(negated ? 3 : 2, name.length() - 2);
        int[] r = switch (n) {
            case "alnum" -> new int[] {'0', '9', 'A', 'Z', 'a', 'z'};
            case "alpha" -> new int[] {'A', 'Z', 'a', 'z'};
            case "ascii" -> new int[] {0, 0x7F};
            case "blank" -> new int[] {'\t', '\t', ' ', ' '};
            case "cntrl" -> new int[] {0, 0x1F, 0x7F, 0x7F};
            case "digit" -> new int[] {'0', '9'};
            case "graph" -> new int[] {'!', '~'};
            case "lower" -> new int[] {'a', 'z'};
            case "print" -> new int[] {' ', '~'};
            case "punct" -> new int[] {'!', '/', ':', '@', '[', '`', '{', '~'};
            case "space" -> new int[] {'\t', '\r', ' ', ' '};
            case "upper" -> new int[] {'A', 'Z'};
            case "word" -> WORD;
            case "xdigit" -> new int[] {'0', '9', 'A', 'F', 'a', 'f'};
            default -> null;
        };
        return r;
    }

    private static Node classOf(int... ranges) {
        return classNode(ranges);
    }

    private static Node classNode(int[] ranges) {
        Node n = new Node(Kind.CLASS);
        n.ranges = ranges;
        return n;
    }

    /**
     * Adds the case-fold equivalents Go adds: for ASCII letters the other case (and the Kelvin sign
     * for k, the long s for s); for other code points Java's upper and lower case (not sure to be
     * Go's orbit, which is why folding a non-ASCII class makes matching non-ASCII text unsure).
     */
    static int[] foldRanges(int[] r) {
        List<Integer> extra = new ArrayList<>();
        for (int i = 0; i < r.length; i += 2) {
            int lo = r[i];
            int hi = Math.min(r[i + 1], lo + 0x3000); // classes this wide fold into themselves in practice
            for (int c = Math.max(lo, 'A'); c <= hi; c++) {
                if (c >= 'A' && c <= 'Z') {
                    extra.add(c + 32);
                } else if (c >= 'a' && c <= 'z') {
                    extra.add(c - 32);
                } else if (c >= 0x80) {
                    extra.add(Character.toUpperCase(c));
                    extra.add(Character.toLowerCase(c));
                    if (c == 0x212A) {
                        extra.add((int) 'k');
                    } else if (c == 0x017F) {
                        extra.add((int) 's');
                    }
                }
                if (c == 'k' || c == 'K') {
                    extra.add(0x212A);
                } else if (c == 's' || c == 'S') {
                    extra.add(0x017F);
                }
            }
        }
        int[] add = new int[extra.size() * 2];
        for (int i = 0; i < extra.size(); i++) {
            add[2 * i] = extra.get(i);
            add[2 * i + 1] = extra.get(i);
        }
        return union(r, add);
    }

    /** The union of two range lists, sorted and merged. */
    static int[] union(int[] a, int[] b) {
        int n = (a.length + b.length) / 2;
        long[] pairs = new long[n];
        for (int i = 0; i < a.length; i += 2) {
            pairs[i / 2] = ((long) a[i] << 32) | a[i + 1];
        }
        for (int i = 0; i < b.length; i += 2) {
            pairs[a.length / 2 + i / 2] = ((long) b[i] << 32) | b[i + 1];
        }
        Arrays.sort(pairs);
        List<Integer> out = new ArrayList<>();
        for (long p : pairs) {
            int lo = (int) (p >> 32);
            int hi = (int) p;
            int last = out.size() - 1;
            if (last > 0 && lo <= out.get(last) + 1) {
                out.set(last, Math.max(out.get(last), hi));
            } else {
                out.add(lo);
                out.add(hi);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The complement of a sorted, merged range list within [0, 0x10FFFF]. */
    static int[] negate(int[] r) {
        List<Integer> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < r.length; i += 2) {
            if (next <= r[i] - 1) {
                out.add(next);
                out.add(r[i] - 1);
            }
            next = r[i + 1] + 1;
        }
        if (next <= 0x10FFFF) {
            out.add(next);
            out.add(0x10FFFF);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void appendRanges(StringBuilder sb, int[] r) {
        for (int i = 0; i < r.length; i += 2) {
            int lo = r[i];
            int hi = r[i + 1];
            // Java text holds no lone surrogates: leave them out of ranges (Go's text is UTF-8)
            if (lo < 0xD800 && hi >= 0xD800) {
                appendRange(sb, lo, 0xD7FF);
                if (hi > 0xDFFF) {
                    appendRange(sb, 0xE000, hi);
                }
            } else if (lo >= 0xD800 && lo <= 0xDFFF) {
                if (hi > 0xDFFF) {
                    appendRange(sb, 0xE000, hi);
                }
            } else {
                appendRange(sb, lo, hi);
            }
        }
    }

    private static void appendRange(StringBuilder sb, int lo, int hi) {
        sb.append("\\x{").append(Integer.toHexString(lo)).append('}');
        if (hi != lo) {
            sb.append("-\\x{").append(Integer.toHexString(hi)).append('}');
        }
    }

    // ---- Java syntax ----------------------------------------------------------------------------

    private static final String WORD_CLASS = "[0-9A-Za-z_]";

    private static final class Emitter {
        private final StringBuilder sb = new StringBuilder();

        String emit(Node root) {
            emit(root, sb);
            return sb.toString();
        }

        private void emit(Node n, StringBuilder out) {
            switch (n.kind) {
                case EMPTY -> { }
                case CLASS -> {
                    if (n.ranges.length == 0) {
                        out.append("(?!)");
                    } else {
                        out.append('[');
                        appendRanges(out, n.ranges);
                        out.append(']');
                    }
                }
                case JAVA_CLASS -> out.append(n.javaClass);
                case BEGIN_TEXT -> out.append("\\A");
                case END_TEXT -> out.append("\\z");
                case BEGIN_LINE -> out.append("(?:\\A|(?<=\\n))");
                case END_LINE -> out.append("(?=\\n|\\z)");
                case WORD_BOUNDARY -> out.append("(?:(?<=" + WORD_CLASS + ")(?!" + WORD_CLASS + ")|(?<!" + WORD_CLASS
                    + ")(?=" + WORD_CLASS + "))");
                case NO_WORD_BOUNDARY -> out.append("(?:(?<=" + WORD_CLASS + ")(?=" + WORD_CLASS + ")|(?<!" + WORD_CLASS
                    + ")(?!" + WORD_CLASS + "))");
                case CONCAT -> n.subs.forEach(sub -> emit(sub, out));
                case ALTERNATE -> {
                    out.append("(?:");
                    for (int i = 0; i < n.subs.size(); i++) {
                        if (i > 0) {
                            out.append('|');
                        }
                        emit(n.subs.get(i), out);
                    }
                    out.append(')');
                }
                case GROUP -> {
                    out.append("(?:");
                    emit(n.subs.get(0), out);
                    out.append(')');
                }
                case REPEAT -> {
                    out.append("(?:");
                    emit(n.subs.get(0), out);
                    out.append(')');
                    if (n.max == -1) {
                        out.append(n.min == 0 ? "*" : n.min == 1 ? "+" : "{" + n.min + ",}");
                    } else if (n.min == 0 && n.max == 1) {
                        out.append('?');
                    } else {
                        out.append('{').append(n.min).append(n.min == n.max ? "" : "," + n.max).append('}');
                    }
                }
                default -> throw new IllegalStateException(n.kind.name());
            }
        }
    }

    private static boolean isAlnum(int c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int unhex(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Re2[" + expr + "]";
    }
}
