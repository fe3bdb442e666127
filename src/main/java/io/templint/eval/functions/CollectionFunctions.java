package io.templint.eval.functions;

import java.util.List;

/** Terraform's built-in functions of one group. */
final class CollectionFunctions {
    private CollectionFunctions() { }

    static List<Function> all() {
        return List.of();
    }
}
