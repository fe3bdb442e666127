package io.templint.eval.functions;

import java.util.List;

/** Terraform's built-in functions of one group. */
final class TimeFunctions {
    private TimeFunctions() { }

    static List<Function> all() {
        return List.of();
    }
}
