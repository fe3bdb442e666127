package io.templint.rules.terraform;

/** Version constraints as Terraform writes them ({@code >= 1.0, < 2.0}, {@code ~> 1.2}). */
final class VersionConstraints {

    private VersionConstraints() { }

    /** Whether {@code constraints} admit some Terraform 1.0.x release (1.0.0 to 1.0.11). */
    static boolean admitsTerraform10(String constraints) {
        for (int patch = 0; patch <= 11; patch++) {
            if (admits(constraints, new int[] {1, 0, patch})) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code version} meets every constraint; false for constraints that do not parse. */
    static boolean admits(String constraints, int[] version) {
        for (String part : constraints.split(",")) {
            String c = part.strip();
            String op = "=";
            for (String o : new String[] {">=", "<=", "~>", "!=", ">", "<", "="}) {
                if (c.startsWith(o)) {
                    op = o;
                    c = c.substring(o.length()).strip();
                    break;
                }
            }
            c = c.startsWith("v") ? c.substring(1) : c;
            int dash = c.indexOf('-');
            String core = dash < 0 ? c : c.substring(0, dash);
            String[] segs = core.split("\\.");
            if (segs.length == 0 || segs.length > 3) {
                return false;
            }
            int[] want = new int[3];
            try {
                for (int i = 0; i < segs.length; i++) {
                    want[i] = Integer.parseInt(segs[i]);
                }
            } catch (NumberFormatException e) {
                return false;
            }
            int cmp = compare(version, want);
            boolean ok = switch (op) {
                case ">=" -> cmp >= 0;
                case "<=" -> cmp <= 0;
                case ">" -> cmp > 0;
                case "<" -> cmp < 0;
                case "!=" -> cmp != 0;
                case "~>" -> cmp >= 0 && samePrefix(version, want, segs.length - 1);
                default -> cmp == 0;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePrefix(int[] a, int[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
