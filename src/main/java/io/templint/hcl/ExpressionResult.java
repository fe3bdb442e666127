package io.templint.hcl;

import java.util.List;

/** An expression read on its own (a template, or an expression file), with its diagnostics. */
public record ExpressionResult(Expression expression, List<Diagnostic> diagnostics) {
    public ExpressionResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
