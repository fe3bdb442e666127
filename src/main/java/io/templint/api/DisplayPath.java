package io.templint.api;

/** Report paths: the template path as given joined with a path inside the template. */
final class DisplayPath {

    private DisplayPath() { }

    /** {@code examples/t} + {@code main.tf} = {@code examples/t/main.tf}; {@code .} + {@code main.tf} = {@code main.tf}. */
    static String join(String template, String inside) {
        String base = template;
        while (base.length() > 1 && (base.endsWith("/") || base.endsWith(java.io.File.separator))) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.isEmpty() || base.equals(".")) {
            return inside;
        }
        return base + "/" + inside;
    }
}
