package io.templint.api;

/** Report paths: the template path as given joined with a path inside the template. */
final class DisplayPath {

    private DisplayPath() { }

    /**
     * {@code examples/t} + {@code main.tf} = {@code examples/t/main.tf}; {@code .} + {@code main.tf} =
     * {@code main.tf}. A path above the template (a local module read from the repository:
     * {@code ../../modules/x/main.tf}) climbs out of the template path as a user would open it:
     * {@code repo/examples/t} + {@code ../../modules/x/main.tf} = {@code repo/modules/x/main.tf},
     * {@code .} + {@code ../x.tf} = {@code ../x.tf}.
     */
    static String join(String template, String inside) {
        if (inside.startsWith(io.templint.terraform.ModuleCatalog.DIR_PREFIX)) {
            return inside; // a module from the module catalog: no file of the template
        }
        String base = template;
        while (base.length() > 1 && (base.endsWith("/") || base.endsWith(java.io.File.separator))) {
            base = base.substring(0, base.length() - 1);
        }
        if (!inside.startsWith("..")) {
            return base.isEmpty() || base.equals(".") ? inside : base + "/" + inside;
        }
        String rest = inside;
        while (rest.equals("..") || rest.startsWith("../")) {
            String last = lastSegment(base);
            if (last.isEmpty() || last.equals(".") || last.equals("..") || base.equals("/")) {
                break;
            }
            base = last.length() == base.length() ? "." : base.substring(0, base.length() - last.length() - 1);
            if (base.isEmpty()) {
                base = "/"; // an absolute template path climbed to the file system root
            }
            rest = rest.length() == 2 ? "" : rest.substring(3);
        }
        if (base.isEmpty() || base.equals(".")) {
            return rest.isEmpty() ? "." : rest;
        }
        if (rest.isEmpty()) {
            return base;
        }
        return base.endsWith("/") ? base + rest : base + "/" + rest;
    }

    private static String lastSegment(String path) {
        int i = Math.max(path.lastIndexOf('/'), path.lastIndexOf(java.io.File.separatorChar));
        return path.substring(i + 1);
    }
}
