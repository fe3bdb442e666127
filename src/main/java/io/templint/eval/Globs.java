package io.templint.eval;

import io.templint.internal.CountedChars;
import java.util.regex.Pattern;

/**
 * Terraform {@code fileset} glob patterns: {@code *} (any run of characters but {@code /}),
 * {@code **} (any number of directories), {@code ?} (one character but {@code /}), {@code [...]}
 * classes ({@code [!...]} or {@code [^...]} negated) and <code>{a,b}</code> alternatives.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class Globs {

    private Globs() { }

    /**
     * The leading folders of a pattern that hold no wildcard, such as {@code modules/x} of
     * {@code modules/x/*.tf}: only files below them can match, so a listing starts there. Stops at
     * an empty, {@code .} or {@code ..} segment; "" when there is none.
     */
    public static String literalFolders(String glob) {
        int end = 0;
        int segmentStart = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if ("*?[]{}\\".indexOf(c) >= 0) {
                break;
            }
            if (c == '/') {
                String seg = glob.substring(segmentStart, i);
                if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
                    break;
                }
                end = i;
                segmentStart = i + 1;
            }
        }
        return glob.substring(0, end);
    }

    /**
     * How many {@code /} a path matching the pattern can hold: the pattern's own when it has no
     * {@code **}, alternatives, classes or escapes (which could match across folders), otherwise
     * {@link Integer#MAX_VALUE}. A listing need not go deeper.
     */
    public static int maxSlashes(String glob) {
        if (glob.contains("**") || glob.indexOf('{') >= 0 || glob.indexOf('[') >= 0 || glob.indexOf('\\') >= 0) {
            return Integer.MAX_VALUE;
        }
        int n = 0;
        for (int i = 0; i < glob.length(); i++) {
            if (glob.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }

    /** The regular expression a glob pattern denotes, over {@code /}-separated relative paths. */
    public static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        int n = glob.length();
        for (int i = 0; i < n; i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < n && glob.charAt(i + 1) == '*') {
                        boolean slashAfter = i + 2 < n && glob.charAt(i + 2) == '/';
                        boolean atSegmentStart = i == 0 || glob.charAt(i - 1) == '/';
                        if (slashAfter && atSegmentStart) {
                            re.append("(?:[^/]*(?:/[^/]*)*/)?");
                            i += 2;
                        } else {
                            re.append(".*");
                            i += 1;
                        }
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        re.append("\\[");
                    } else {
                        String body = glob.substring(i + 1, close);
                        boolean negate = body.startsWith("!") || body.startsWith("^");
                        if (negate) {
                            body = body.substring(1);
                        }
                        re.append('[').append(negate ? "^/" : "");
                        for (char b : body.toCharArray()) {
                            re.append(b == '\\' || b == '[' || b == ']' || b == '&' || b == '^' ? "\\" + b : b);
                        }
                        re.append(']');
                        i = close;
                    }
                }
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        re.append(')');
                    } else {
                        re.append("\\}");
                    }
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 < n) {
                        re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        while (braces-- > 0) {
            re.append(')');
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    /**
     * How many characters one {@code fileset} call's matching may read. Go's {@code filepath.Match},
     * which Terraform uses, never backtracks; the regular expression a glob becomes here can (a
     * pattern like {@code *a*a*a*a*b} against a long name), so the reads are counted and matching
     * stops past this many with {@link TooCostly}: a limit of templint's, not an error of the template.
     */
    public static final long MAX_READS_PER_CALL = 20_000_000L;

    /** Thrown when one call's matching has read more than {@link #MAX_READS_PER_CALL} characters. */
    public static final class TooCostly extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooCostly() {
            super("matching the pattern against the template's files takes more work than templint allows", null,
                false, false);
        }
    }

    /**
     * Whether {@code path} matches {@code re}, counting the characters the matcher reads in
     * {@code reads} (shared by the calls of one {@code fileset}).
     *
     * @throws TooCostly when the count passes {@link #MAX_READS_PER_CALL}
     */
    public static boolean matches(Pattern re, String path, long[] reads) {
        return re.matcher(new CountedChars(path, () -> {
            if (++reads[0] > MAX_READS_PER_CALL) {
                throw new TooCostly();
            }
        })).matches();
    }
}
