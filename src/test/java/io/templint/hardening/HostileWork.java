package io.templint.hardening;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Templates that make the evaluation do unbounded work or keep unbounded values unless every
 * function and loop charges the template's budgets (issue #11): generated here, small in source,
 * each a root {@code main.tf}.
 */
enum HostileWork {

    /** One catastrophically backtracking regex, a hundred times. */
    REGEX_LOOP("locals {\n  s = join(\"\", [for j in range(3000) : \"a\"])\n"
        + "  r = [for i in range(100) : can(regex(\"(a+a+)+b\", local.s))]\n}\noutput \"r\" { value = local.r }\n"),
    /** A linear search of a million elements, two hundred times. */
    CONTAINS_RANGE(repeat(200, "  c%d = contains(range(1000000), -1)\n")),
    /** Each local merges the previous one with one more key: quadratic in all. */
    CHAINED_MERGE(mergeChain(3000)),
    /** A reversed million-element list, a hundred times, all kept. */
    REVERSE_RANGE(repeat(100, "  r%d = reverse(range(1000000))\n")),
    /** A thousand million-element lists in one value. */
    FOR_RANGE("locals {\n  x = [for i in range(1000) : range(1000000)]\n}\noutput \"x\" { value = local.x }\n"),
    /** One block of 100,000 unused locals: 100,000 findings placed in the same block. */
    UNUSED_LOCALS(repeat(100_000, "  u%d = 1\n"));

    private final String mainTf;

    HostileWork(String mainTf) {
        this.mainTf = mainTf;
    }

    /** The template's files. */
    Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("main.tf", mainTf.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String repeat(int n, String line) {
        StringBuilder sb = new StringBuilder("locals {\n");
        for (int i = 0; i < n; i++) {
            sb.append(String.format(line, i));
        }
        return sb.append("}\n").toString();
    }

    private static String mergeChain(int n) {
        StringBuilder sb = new StringBuilder("locals {\n  m0 = {}\n");
        for (int i = 1; i < n; i++) {
            sb.append("  m").append(i).append(" = merge(local.m").append(i - 1).append(", { k").append(i)
                .append(" = ").append(i).append(" })\n");
        }
        return sb.append("}\noutput \"m\" { value = local.m").append(n - 1).append(" }\n").toString();
    }
}
