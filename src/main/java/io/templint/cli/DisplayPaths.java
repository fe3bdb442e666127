package io.templint.cli;

/** Builds the paths reports show: the template path as given joined with a path inside it. */
final class DisplayPaths {

    private DisplayPaths() { }

    /** {@code examples/t} + {@code main.tf} = {@code examples/t/main.tf}; {@code .} + {@code main.tf} = {@code main.tf}. */
    public static String join(String template, String inside) {
        String base = stripTrailingSlashes(template);
        if (base.isEmpty() || base.equals(".")) {
            return inside;
        }
        return base + "/" + inside;
    }

    /** The folder part of a file path as given: {@code a/b/main.tf} gives {@code a/b}, {@code main.tf} gives {@code .}. */
    public static String parent(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf(java.io.File.separatorChar));
        if (slash < 0) {
            return ".";
        }
        return slash == 0 ? file.substring(0, 1) : file.substring(0, slash);
    }

    /** The name part of a file path as given. */
    public static String name(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf(java.io.File.separatorChar));
        return file.substring(slash + 1);
    }

    /** {@code a/b/} becomes {@code a/b}; {@code /} stays. */
    public static String stripTrailingSlashes(String path) {
        String p = path;
        while (p.length() > 1 && (p.endsWith("/") || p.endsWith(java.io.File.separator))) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
