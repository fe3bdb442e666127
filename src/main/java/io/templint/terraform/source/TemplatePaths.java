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
        return resolve(dir, relative, List.of());
    }

    /**
     * Resolves a relative reference against a directory when the folders above the template root,
     * up to a wider root, may be read too: {@code base} names the folders from that wider root
     * down to the template root ({@code [examples, complete]}). The result is the canonical path
     * relative to the template root: it starts with as many {@code ..} segments as it climbs
     * above the template root ({@code ../../modules/x}), and has none when it stays inside
     * ({@code ../../examples/complete/x} is {@code x}). Returns null when the result would leave
     * the wider root or the reference is absolute.
     *
     * @param dir      a canonical path (it may start with {@code ..} segments)
     * @param relative the reference as written
     * @param base     the template root's folder names below the wider root; empty when the
     *                 template root is the limit
     */
    public static String resolve(String dir, String relative, List<String> base) {
        if (relative.startsWith("/") || relative.contains("\\") || relative.indexOf(0) >= 0
                || relative.length() >= 2 && relative.charAt(1) == ':' && Character.isLetter(relative.charAt(0))) {
            return null;
        }
        // the path from the wider root down, then back relative to the template root
        List<String> abs = new ArrayList<>(base);
        if (!apply(abs, dir) || !apply(abs, relative)) {
            return null;
        }
        int common = 0;
        while (common < abs.size() && common < base.size() && abs.get(common).equals(base.get(common))) {
            common++;
        }
        List<String> out = new ArrayList<>();
        for (int i = common; i < base.size(); i++) {
            out.add("..");
        }
        out.addAll(abs.subList(common, abs.size()));
        return String.join("/", out);
    }

    /** Applies the segments of {@code path} to {@code abs}; false when a {@code ..} climbs above its start. */
    private static boolean apply(List<String> abs, String path) {
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (abs.isEmpty()) {
                    return false;
                }
                abs.remove(abs.size() - 1);
            } else {
                abs.add(seg);
            }
        }
        return true;
    }

    /**
     * A directory and a relative reference joined and cleaned as text, the way Terraform names a
     * local module's directory in its messages ({@code modules/a} and {@code ../../x} give
     * {@code ../x}; the root itself is {@code .}). Never null; it may lead outside the root.
     */
    public static String clean(String dir, String relative) {
        List<String> out = new ArrayList<>();
        for (String part : new String[] {dir, relative}) {
            for (String seg : part.split("/", -1)) {
                if (seg.isEmpty() || seg.equals(".")) {
                    continue;
                }
                if (seg.equals("..") && !out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                } else {
                    out.add(seg);
                }
            }
        }
        return out.isEmpty() ? "." : String.join("/", out);
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
