package io.templint.eval.functions;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A function table: Terraform's built-in functions that can be evaluated statically. Immutable and
 * shared; {@link #standard()} is built once.
 *
 * <p>Impure functions ({@code timestamp}, {@code uuid}, {@code bcrypt}, ...) are in the table and
 * return unknown values that say why. Names not in the table (provider functions, functions of
 * newer Terraform versions) are not errors: the evaluator makes their calls unknown.
 */
public final class Functions {

    private static final Functions STANDARD = new Functions(build());

    private final Map<String, Function> table;

    private Functions(Map<String, Function> table) {
        this.table = Collections.unmodifiableMap(table);
    }

    /** Terraform's built-in functions. */
    public static Functions standard() {
        return STANDARD;
    }

    /** The function called {@code name} (also as {@code core::name}), or null. */
    public Function lookup(String name) {
        Function f = table.get(name);
        if (f == null && name.startsWith("core::")) {
            f = table.get(name.substring("core::".length()));
        }
        return f;
    }

    /** The names in this table, sorted. */
    public Collection<String> names() {
        return table.keySet();
    }

    /** This table with {@code f} added or replacing the function of the same name. */
    public Functions with(Function f) {
        Map<String, Function> m = new TreeMap<>(table);
        m.put(f.name(), f);
        return new Functions(m);
    }

    private static Map<String, Function> build() {
        Map<String, Function> m = new TreeMap<>();
        for (List<Function> group : List.of(
                StringFunctions.all(), CollectionFunctions.all(), EncodingFunctions.all(), NumericFunctions.all(),
                HashFunctions.all(), TimeFunctions.all(), NetworkFunctions.all(), TypeFunctions.all(),
                FileFunctions.all())) {
            for (Function f : group) {
                if (m.put(f.name(), f) != null) {
                    throw new IllegalStateException("duplicate function " + f.name());
                }
            }
        }
        return m;
    }
}
