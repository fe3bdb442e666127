package io.templint.terraform.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Paths inside a template: '/'-separated, relative to the template root, without {@code .} or
 * {@code ..} segments; the root itself is the empty string. Untrusted names are checked here.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class TemplatePaths {

    private TemplatePaths() { }

    /**
     * Normalises an entry name from an archive or a caller: drops a leading {@code ./}, empty and
     * {@code .} segments and a trailing slash. Returns a reason string instead of a path when the
     * name is unsafe (see {@link Checked}).
     */
    public static Checked check(String name, SourceLimits limits) {
        if (name == null || name.isEmpty()) {
            return Checked.bad("the entry name is empty");
        }
        if (name.length() > limits.maxPathLength()) {
            return Checked.bad("the entry name is longer than " + limits.maxPathLength()
                + " characters (SourceLimits.maxPathLength)");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 0) {
                return Checked.bad("the entry name contains a NUL character");
            }
            if (c == '\\') {
                return Checked.bad("the entry name contains a backslash");
            }
            if (c < 0x20 || c == 0x7f) {
                return Checked.bad("the entry name contains a control character");
            }
        }
        if (name.startsWith("/")) {
            return Checked.bad("the entry name is an absolute path");
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            return Checked.bad("the entry name starts with a drive letter");
        }
        List<String> out = new ArrayList<>();
        for (String seg : name.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                return Checked.bad("the entry name contains a '..' segment that could escape the template root");
            }
            out.add(seg);
        }
        if (out.size() > limits.maxDepth()) {
            return Checked.bad("the entry is nested deeper than " + limits.maxDepth()
                + " directories (SourceLimits.maxDepth)");
        }
        return new Checked(String.join("/", out), null);
    }

    /** The parent directory of a normalised path ("" for top-level entries and the root). */
    public static String parent(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    /** The last segment of a normalised path. */
    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Joins a directory and a relative name, both normalised ("" is the root). */
    public static String join(String dir, String name) {
        if (dir.isEmpty()) {
            return name;
        }
        return name.isEmpty() ? dir : dir + "/" + name;
    }

    /**
     * Resolves a relative reference such as {@code ../modules/x} against a directory, the way a
     * module source or a file function argument is resolved. Returns null when the result would
     * leave the template root or the reference is absolute.
     */
    public static String resolve(String dir, String relative) {
        if (relative.startsWith("/") || relative.contains("\\") || relative.indexOf(0) >= 0
                || relative.length() >= 2 && relative.charAt(1) == ':' && Character.isLetter(relative.charAt(0))) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (!dir.isEmpty()) {
            out.addAll(List.of(dir.split("/")));
        }
        for (String seg : relative.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (out.isEmpty()) {
                    return null;
                }
                out.remove(out.size() - 1);
            } else {
                out.add(seg);
            }
        }
        return String.join("/", out);
    }

    /**
     * The outcome of {@link #check}: a normalised path, or the reason the name was refused.
     *
     * @param path   the normalised path ("" for the root itself), or null when refused
     * @param reason why the name was refused, or null when it is fine
     */
    public record Checked(String path, String reason) {
        static Checked bad(String reason) {
            return new Checked(null, reason);
        }

        /** Whether the name was accepted. */
        public boolean ok() {
            return reason == null;
        }
    }
}
