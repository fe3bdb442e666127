package io.templint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A folder glob of {@code .templint.hcl}, read as {@code .gitignore} reads its patterns, relative
 * to the folder of the configuration file:
 * <ul>
 *   <li>{@code *} matches any characters but {@code /}, {@code ?} one character but {@code /};</li>
 *   <li>{@code **} as a whole path segment matches any number of folders, none included:
 *       {@code modules/**}, {@code **}{@code /modules}, {@code a/**}{@code /b};</li>
 *   <li>a pattern with a {@code /} at its start or in its middle is anchored at the configuration
 *       file's folder; one without (such as {@code modules}) matches at any depth below it; a
 *       trailing {@code /} is allowed (only folders are matched anyway);</li>
 *   <li>a folder matches when the pattern matches it or one of its parent folders below the
 *       configuration file's folder: {@code modules} covers {@code modules/x/y}.</li>
 * </ul>
 * Matching is case-sensitive. {@code [}, {@code ]} and {@code \} are refused (no character
 * classes, no escapes, no Windows separators), as are empty patterns, {@code .} and {@code ..}
 * segments and a {@code **} inside a segment ({@code a**}).
 */
public final class PathPattern {

    private final String glob;
    private final Pattern regex;

    private PathPattern(String glob, Pattern regex) {
        this.glob = glob;
        this.regex = regex;
    }

    /**
     * Compiles a glob.
     *
     * @param glob the pattern as written
     * @return the pattern
     * @throws IllegalArgumentException when it is not a valid pattern; the message says why
     */
    public static PathPattern compile(String glob) {
        Objects.requireNonNull(glob, "glob");
        for (char c : new char[] {'[', ']', '\\'}) {
            if (glob.indexOf(c) >= 0) {
                throw new IllegalArgumentException("'" + c + "' is not allowed in a path pattern (only *, ? and **"
                    + " are special, and folders are separated by /)");
            }
        }
        String body = glob;
        boolean anchored = body.startsWith("/");
        if (anchored) {
            body = body.substring(1);
        }
        while (body.endsWith("/")) {
            body = body.substring(0, body.length() - 1);
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException("empty path pattern (use \"**\" for every folder)");
        }
        String[] segments = body.split("/", -1);
        anchored |= segments.length > 1;
        List<String> parts = new ArrayList<>();
        for (String seg : segments) {
            if (seg.isEmpty()) {
                throw new IllegalArgumentException("empty folder name (\"//\") in path pattern");
            }
            if (seg.equals(".") || seg.equals("..")) {
                throw new IllegalArgumentException("\"" + seg + "\" is not allowed in a path pattern: patterns are"
                    + " relative to the folder of the configuration file and stay inside it");
            }
            if (!seg.equals("**") && seg.contains("**")) {
                throw new IllegalArgumentException("\"**\" must be a whole folder name (\"a/**/b\"), not part of \""
                    + seg + "\"");
            }
            parts.add(seg);
        }
        StringBuilder re = new StringBuilder(anchored ? "" : "(?:[^/]+/)*");
        for (int i = 0; i < parts.size(); i++) {
            String seg = parts.get(i);
            boolean last = i == parts.size() - 1;
            if (seg.equals("**")) {
                // any number of folders: "a/**" needs at least one more folder, "**/b" and "a/**/b" none
                re.append(last ? "[^/]+(?:/[^/]+)*" : "(?:[^/]+/)*");
                continue;
            }
            for (char c : seg.toCharArray()) {
                switch (c) {
                    case '*' -> re.append("[^/]*");
                    case '?' -> re.append("[^/]");
                    default -> re.append(Pattern.quote(String.valueOf(c)));
                }
            }
            if (!last) {
                re.append('/');
            }
        }
        // a match covers the folders below it, as in .gitignore
        re.append("(?:/.*)?");
        return new PathPattern(glob, Pattern.compile(re.toString()));
    }

    /**
     * Whether a folder matches.
     *
     * @param relative the folder relative to the configuration file's folder, '/'-separated, without
     *                 a leading or trailing '/'; {@code ""} is that folder itself (matched by no pattern)
     * @return whether the pattern matches it or one of its parent folders
     */
    public boolean matches(String relative) {
        return !relative.isEmpty() && regex.matcher(relative).matches();
    }

    /** The pattern as written. */
    public String glob() {
        return glob;
    }

    @Override
    public String toString() {
        return glob;
    }
}
