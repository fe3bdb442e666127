package io.templint.eval;

import io.templint.hcl.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * The value of an expression and the problems found evaluating it.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public record EvalResult(Value value, List<Diagnostic> diagnostics) {
    public EvalResult {
        Objects.requireNonNull(value, "value");
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
