package io.templint.hcl;

import java.util.Objects;

/**
 * A problem found while reading a file, modelled on HCL's {@code hcl.Diagnostic}.
 *
 * @param severity error or warning
 * @param summary  a short, stable summary ("Invalid expression")
 * @param detail   a sentence or two that explain it; may be empty, never null
 * @param subject  the range the problem is about; may be null for whole-file problems
 * @param context  a larger range around {@code subject} that gives context; may be null
 */
public record Diagnostic(Severity severity, String summary, String detail, Range subject, Range context) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        detail = detail == null ? "" : detail;
    }

    public static Diagnostic error(String summary, String detail, Range subject) {
        return new Diagnostic(Severity.ERROR, summary, detail, subject, null);
    }

    public static Diagnostic warning(String summary, String detail, Range subject) {
        return new Diagnostic(Severity.WARNING, summary, detail, subject, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (subject == null ? "" : subject + ": ") + severity.label() + ": " + summary
            + (detail.isEmpty() ? "" : "; " + detail);
    }
}
