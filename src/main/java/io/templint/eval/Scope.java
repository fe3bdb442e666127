package io.templint.eval;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the {@link Evaluator} reads variables from: resolves the root of a traversal such as
 * {@code var.region}, {@code local.env}, {@code coder_agent.main.id},
 * {@code data.coder_workspace_owner.me.session_token}, {@code module.m.out}, {@code count.index},
 * {@code each.value}, {@code path.module}, {@code terraform.workspace} or {@code self}.
 *
 * <p>A scope may consume as many traversal steps as it likes ({@code var.region} consumes the
 * {@code .region} step; a resource reference may consume type, name and attribute) and returns
 * the value they denote; the evaluator applies the remaining steps with Terraform's rules. This
 * lets the module layer evaluate lazily: only what is referenced is computed.
 *
 * <p>Iteration variables of {@code for} expressions are bound by the evaluator itself, shadowing
 * the scope. Implementations must be safe to call from one evaluation at a time; a scope shared
 * between threads must be thread-safe.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
@FunctionalInterface
public interface Scope {

    /**
     * Resolves a reference.
     *
     * @param root  the root name: {@code var}, {@code local}, {@code coder_agent}, {@code each}, ...
     * @param rest  the traversal steps after the root (attributes and literal indexes)
     * @param where the range of the whole traversal, for diagnostics
     * @return the resolution, or null when the scope does not know the root name at all (the
     *         evaluator then reports "Unknown variable")
     */
    Resolution resolve(String root, List<Traverser> rest, Range where);

    /**
     * What a reference resolved to.
     *
     * @param value       the value of the root and the first {@code consumed} steps of the traversal
     * @param consumed    how many steps after the root the scope took (0 to {@code rest.size()})
     * @param diagnostics problems found, e.g. "Reference to undeclared input variable"
     */
    record Resolution(Value value, int consumed, List<Diagnostic> diagnostics) {
        public Resolution {
            Objects.requireNonNull(value, "value");
            if (consumed < 0) {
                throw new IllegalArgumentException("consumed must not be negative");
            }
            diagnostics = List.copyOf(diagnostics);
        }

        /** A resolution without diagnostics. */
        public static Resolution of(Value value, int consumed) {
            return new Resolution(value, consumed, List.of());
        }

        /**
         * An invalid reference: the whole traversal becomes an unknown value and the diagnostic is
         * reported.
         */
        public static Resolution invalid(Diagnostic problem, int restSize) {
            return new Resolution(Value.unknown("invalid reference"), restSize, List.of(problem));
        }
    }

    /** A scope that knows no names. */
    Scope EMPTY = (root, rest, where) -> null;

    /** A scope of fixed root values ({@code "var"} to an object of variables, ...); consumes no steps. */
    static Scope of(Map<String, Value> roots) {
        Map<String, Value> copy = Map.copyOf(roots);
        return (root, rest, where) -> {
            Value v = copy.get(root);
            return v == null ? null : Resolution.of(v, 0);
        };
    }

    /**
     * A scope of lazily computed root values; each supplier is called on every reference, so
     * suppliers should cache.
     */
    static Scope lazy(Map<String, Supplier<Value>> roots) {
        Map<String, Supplier<Value>> copy = Map.copyOf(roots);
        return (root, rest, where) -> {
            Supplier<Value> s = copy.get(root);
            return s == null ? null : Resolution.of(s.get(), 0);
        };
    }

    /** This scope, falling back to {@code parent} for names it does not know. */
    default Scope orElse(Scope parent) {
        return (root, rest, where) -> {
            Resolution r = resolve(root, rest, where);
            return r != null ? r : parent.resolve(root, rest, where);
        };
    }
}
