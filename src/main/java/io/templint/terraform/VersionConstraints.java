package io.templint.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * Version constraints as Terraform writes them ({@code >= 1.0, < 2.0}, {@code ~> 1.2}): one reading
 * for the rules that ask what a {@code required_version} or a provider's {@code version} allows.
 */
public final class VersionConstraints {

    private VersionConstraints() { }

    /**
     * One part of a constraint list.
     *
     * @param op       {@code =}, {@code !=}, {@code >}, {@code >=}, {@code <}, {@code <=} or {@code ~>}
     * @param version  the version's major, minor and patch (missing segments are 0)
     * @param segments how many segments were written (1 to 3): {@code ~>} lets the last one grow
     */
    public record Constraint(String op, int[] version, int segments) { }

    private static final String[] OPERATORS = {">=", "<=", "~>", "!=", ">", "<", "="};

    /**
     * The parts of {@code constraints} (comma-separated), or null when one of them is not a
     * constraint this reading understands (a {@code v} prefix and a pre-release suffix are allowed).
     *
     * @param constraints the constraint list as written
     * @return its parts, or null
     */
    public static List<Constraint> parse(String constraints) {
        List<Constraint> out = new ArrayList<>();
        for (String part : constraints.split(",")) {
            String c = part.strip();
            String op = "=";
            for (String o : OPERATORS) {
                if (c.startsWith(o)) {
                    op = o;
                    c = c.substring(o.length()).strip();
                    break;
                }
            }
            c = c.startsWith("v") ? c.substring(1) : c;
            int dash = c.indexOf('-');
            String core = dash < 0 ? c : c.substring(0, dash);
            String[] segs = core.split("\\.", -1);
            if (segs.length > 3) {
                return null;
            }
            int[] version = new int[3];
            for (int i = 0; i < segs.length; i++) {
                if (segs[i].isEmpty() || !segs[i].chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                    return null;
                }
                try {
                    version[i] = Integer.parseInt(segs[i]);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            out.add(new Constraint(op, version, segs.length));
        }
        return out;
    }

    /**
     * Whether {@code version} meets every constraint; false for constraints that do not parse.
     *
     * @param constraints the constraint list as written
     * @param version     major, minor and patch
     * @return whether the version is allowed
     */
    public static boolean admits(String constraints, int[] version) {
        List<Constraint> parts = parse(constraints);
        return parts != null && admits(parts, version);
    }

    /**
     * Whether {@code version} meets every one of {@code parts} (a constraint list {@link #parse} read).
     *
     * @param parts   the constraints
     * @param version major, minor and patch
     * @return whether the version is allowed
     */
    public static boolean admits(List<Constraint> parts, int[] version) {
        for (Constraint c : parts) {
            int cmp = compare(version, c.version());
            boolean ok = switch (c.op()) {
                case ">=" -> cmp >= 0;
                case "<=" -> cmp <= 0;
                case ">" -> cmp > 0;
                case "<" -> cmp < 0;
                case "!=" -> cmp != 0;
                case "~>" -> cmp >= 0 && samePrefix(version, c.version(), c.segments() - 1);
                default -> cmp == 0;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code constraints} admit some Terraform 1.0.x release (1.0.0 to 1.0.11).
     *
     * @param constraints the constraint list as written
     * @return whether one of them is allowed
     */
    public static boolean admitsTerraform10(String constraints) {
        List<Constraint> parts = parse(constraints);
        if (parts == null) {
            return false;
        }
        for (int patch = 0; patch <= 11; patch++) {
            if (admits(parts, new int[] {1, 0, patch})) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compares two versions segment by segment.
     *
     * @param a major, minor and patch
     * @param b major, minor and patch
     * @return negative, zero or positive as {@code a} is older than, equal to or newer than {@code b}
     */
    public static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    private static boolean samePrefix(int[] a, int[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
