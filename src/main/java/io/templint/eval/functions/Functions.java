package io.templint.eval.functions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A function table: Terraform's built-in functions that can be evaluated statically. Immutable and
 * shared; {@link #standard()} is one instance.
 *
 * <p>Impure functions ({@code timestamp}, {@code uuid}, {@code bcrypt}, ...) are in the table and
 * return unknown values that say why. Names not in the table (provider functions, functions of
 * newer Terraform versions) are not errors: the evaluator makes their calls unknown.
 *
 * <p>The standard table knows every function's name from the start, but makes a family's functions
 * ({@code StringFunctions}, {@code CollectionFunctions}, ...) only when one of them is first looked
 * up: a template calls few functions, and making all of them (over 150 lambdas) took a noticeable
 * part of a short run's start. The names each family declares here are checked against the
 * functions it makes, when it makes them.
 */
public final class Functions {

    /** The families, in the order of {@link #family(int)}, and the names of their functions. */
    private static final String[][] FAMILY_NAMES = {
        {"format", "formatlist", "join", "split", "lower", "upper", "title", "trim", "trimprefix", "trimsuffix",
            "trimspace", "replace", "substr", "strrev", "chomp", "indent", "regex", "regexall", "startswith",
            "endswith", "strcontains", "templatestring"},
        {"length", "element", "index", "lookup", "merge", "concat", "flatten", "distinct", "contains", "keys",
            "values", "zipmap", "coalesce", "coalescelist", "compact", "range", "slice", "reverse", "sort",
            "setunion", "setintersection", "setsubtract", "setproduct", "chunklist", "transpose", "one", "alltrue",
            "anytrue", "sum", "matchkeys"},
        {"jsonencode", "jsondecode", "yamlencode", "yamldecode", "base64encode", "base64decode", "base64gzip",
            "urlencode", "csvdecode", "textencodebase64", "textdecodebase64"},
        {"abs", "ceil", "floor", "signum", "log", "pow", "max", "min", "parseint"},
        {"md5", "sha1", "sha256", "sha512", "base64sha256", "base64sha512", "uuidv5", "uuid", "bcrypt", "rsadecrypt"},
        {"timestamp", "plantimestamp", "formatdate", "timeadd", "timecmp"},
        {"cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets"},
        {"tostring", "tonumber", "tobool", "tolist", "toset", "tomap", "sensitive", "nonsensitive", "issensitive",
            "ephemeralasnull"},
        {"file", "filebase64", "filemd5", "filesha1", "filesha256", "filesha512", "filebase64sha256",
            "filebase64sha512", "fileexists", "fileset", "templatefile", "dirname", "basename", "abspath",
            "pathexpand"},
    };

    /** Each standard function's name and the index of its family. */
    private static final Map<String, Integer> FAMILY_OF = new HashMap<>();

    /** Every standard function's name, sorted. */
    private static final List<String> STANDARD_NAMES;

    static {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < FAMILY_NAMES.length; i++) {
            for (String name : FAMILY_NAMES[i]) {
                if (FAMILY_OF.put(name, i) != null) {
                    throw new IllegalStateException("duplicate function " + name);
                }
                names.add(name);
            }
        }
        Collections.sort(names);
        STANDARD_NAMES = Collections.unmodifiableList(names);
    }

    private static final Functions STANDARD = new Functions(null);

    /** The functions of a table made by {@link #with}, or null for the standard table. */
    private final Map<String, Function> table;

    private Functions(Map<String, Function> table) {
        this.table = table == null ? null : Collections.unmodifiableMap(table);
    }

    /** Terraform's built-in functions. */
    public static Functions standard() {
        return STANDARD;
    }

    /** The function called {@code name} (also as {@code core::name}), or null. */
    public Function lookup(String name) {
        Function f = find(name);
        if (f == null && name.startsWith("core::")) {
            f = find(name.substring("core::".length()));
        }
        return f;
    }

    private Function find(String name) {
        if (table != null) {
            return table.get(name);
        }
        Integer family = FAMILY_OF.get(name);
        return family == null ? null : family(family).get(name);
    }

    /** The names in this table, sorted. */
    public Collection<String> names() {
        return table != null ? table.keySet() : STANDARD_NAMES;
    }

    /** This table with {@code f} added or replacing the function of the same name. */
    public Functions with(Function f) {
        Map<String, Function> m = new TreeMap<>();
        if (table != null) {
            m.putAll(table);
        } else {
            for (int i = 0; i < FAMILY_NAMES.length; i++) {
                m.putAll(family(i));
            }
        }
        m.put(f.name(), f);
        return new Functions(m);
    }

    /**
     * Family {@code i}'s functions by name, made on first use: each family is held by a class of its
     * own, which the JVM initialises once, on first use, safely for concurrent lookups.
     */
    private static Map<String, Function> family(int i) {
        return switch (i) {
            case 0 -> StringFamily.TABLE;
            case 1 -> CollectionFamily.TABLE;
            case 2 -> EncodingFamily.TABLE;
            case 3 -> NumericFamily.TABLE;
            case 4 -> HashFamily.TABLE;
            case 5 -> TimeFamily.TABLE;
            case 6 -> NetworkFamily.TABLE;
            case 7 -> TypeFamily.TABLE;
            case 8 -> FileFamily.TABLE;
            default -> throw new IllegalArgumentException("no function family " + i);
        };
    }

    private static final class StringFamily {
        static final Map<String, Function> TABLE = make(0);
    }

    private static final class CollectionFamily {
        static final Map<String, Function> TABLE = make(1);
    }

    private static final class EncodingFamily {
        static final Map<String, Function> TABLE = make(2);
    }

    private static final class NumericFamily {
        static final Map<String, Function> TABLE = make(3);
    }

    private static final class HashFamily {
        static final Map<String, Function> TABLE = make(4);
    }

    private static final class TimeFamily {
        static final Map<String, Function> TABLE = make(5);
    }

    private static final class NetworkFamily {
        static final Map<String, Function> TABLE = make(6);
    }

    private static final class TypeFamily {
        static final Map<String, Function> TABLE = make(7);
    }

    private static final class FileFamily {
        static final Map<String, Function> TABLE = make(8);
    }

    private static Map<String, Function> make(int i) {
        List<Function> functions = switch (i) {
            case 0 -> StringFunctions.all();
            case 1 -> CollectionFunctions.all();
            case 2 -> EncodingFunctions.all();
            case 3 -> NumericFunctions.all();
            case 4 -> HashFunctions.all();
            case 5 -> TimeFunctions.all();
            case 6 -> NetworkFunctions.all();
            case 7 -> TypeFunctions.all();
            case 8 -> FileFunctions.all();
            default -> throw new IllegalArgumentException("no function family " + i);
        };
        Map<String, Function> m = new HashMap<>();
        for (Function f : functions) {
            if (m.put(f.name(), f) != null) {
                throw new IllegalStateException("duplicate function " + f.name());
            }
        }
        if (!m.keySet().equals(Set.of(FAMILY_NAMES[i]))) {
            throw new IllegalStateException("function family " + i + " makes " + new TreeMap<>(m).keySet()
                + " but declares " + Arrays.toString(FAMILY_NAMES[i]));
        }
        return m;
    }
}
