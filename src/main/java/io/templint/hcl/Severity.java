package io.templint.hcl;

/** Severity of a parser or loader diagnostic (HCL's {@code DiagError} / {@code DiagWarning}). */
public enum Severity {
    ERROR, WARNING;

    /** Lower-case name as used in reports: {@code error}, {@code warning}. */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
