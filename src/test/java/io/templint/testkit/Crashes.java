package io.templint.testkit;

import io.templint.api.Finding;
import io.templint.api.Report;
import io.templint.api.TemplateReport;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one check every fuzz property and every robustness or hostile-input test makes on a result:
 * templint turns its own exceptions into a diagnostic ("Internal parser error", the JSON reader's and
 * the evaluator's "Internal error") or a finding of rule {@code internal_error}, so that a pipeline
 * never sees a stack trace; a test that only looks for a result would count such a crash as a pass.
 * These checks fail on any of them, and on any diagnostic or finding located outside its input.
 * They throw {@link AssertionError}, which also stops a fuzzing session with a reproducer.
 */
public final class Crashes {

    private Crashes() { }

    /** Whether a parser, JSON reader or evaluator diagnostic reports a bug of templint's rather than of the input. */
    public static boolean isInternalError(Diagnostic d) {
        return isInternalText(d.summary()) || isInternalText(d.detail());
    }

    /** Whether a report finding reports a bug of templint's (rule {@code internal_error}, or a diagnostic that does). */
    public static boolean isInternalError(Finding f) {
        return "internal_error".equals(f.rule()) || isInternalText(f.message());
    }

    private static boolean isInternalText(String s) {
        if (s == null) {
            return false;
        }
        String t = s.toLowerCase(Locale.ROOT);
        return t.startsWith("internal error") || t.startsWith("internal parser error")
            || t.contains("failed with an internal error") || t.contains("templint failed to evaluate");
    }

    /** A parse result: whole, no internal error, every diagnostic inside the file. */
    public static HclFile check(HclFile file) {
        if (file == null || file.body() == null || file.diagnostics() == null || file.comments() == null) {
            throw new AssertionError("incomplete parse result: " + file);
        }
        check(file.diagnostics(), file.source());
        return file;
    }

    /** Diagnostics about {@code source}: no internal error, every range inside it. */
    public static void check(List<Diagnostic> diagnostics, SourceFile source) {
        for (Diagnostic d : diagnostics) {
            if (isInternalError(d)) {
                throw new AssertionError("internal error (a crash caught by templint): " + d);
            }
            checkRange(d, d.subject(), source);
            checkRange(d, d.context(), source);
        }
    }

    /**
     * Diagnostics of a multi-file result (a module tree, an evaluation): no internal error, and the
     * ranges in the files of {@code sources} (by file name) inside them.
     */
    public static void check(List<Diagnostic> diagnostics, Map<String, SourceFile> sources) {
        for (Diagnostic d : diagnostics) {
            if (isInternalError(d)) {
                throw new AssertionError("internal error (a crash caught by templint): " + d);
            }
            for (Range r : new Range[] {d.subject(), d.context()}) {
                if (r != null && sources.containsKey(r.filename())) {
                    checkRange(d, r, sources.get(r.filename()));
                }
            }
        }
    }

    private static void checkRange(Diagnostic d, Range r, SourceFile source) {
        if (r == null) {
            return;
        }
        String why = outside(r.startLine(), r.startColumn(), r.startByte(), source);
        if (why == null) {
            why = outside(r.endLine(), r.endColumn(), r.endByte(), source);
        }
        if (why == null && r.startByte() > r.endByte()) {
            why = "it ends before it starts";
        }
        if (why != null) {
            throw new AssertionError("diagnostic outside the input of " + source.length() + " bytes (" + why
                + "): " + d);
        }
    }

    private static String outside(int line, int column, int offset, SourceFile source) {
        if (offset < 0 || offset > source.length()) {
            return "byte " + offset;
        }
        if (line < 1 || column < 1) {
            return "line " + line + " column " + column;
        }
        int lines = source.lineCount();
        if (line > lines + 1) {
            return "line " + line + " of " + lines;
        }
        return null;
    }

    /** A report: no internal error in any template, and every finding inside the input it names. */
    public static Report check(Report report, Map<String, byte[]> inputs) {
        for (TemplateReport t : report.templates()) {
            check(t, inputs);
        }
        return report;
    }

    /**
     * A template report: no internal error, and each finding that names one of {@code inputs} (by
     * path, or path relative to the template) lies within that file's lines and columns.
     */
    public static TemplateReport check(TemplateReport template, Map<String, byte[]> inputs) {
        List<String> problems = new ArrayList<>();
        Map<String, int[]> lineLengths = new java.util.HashMap<>();
        for (Finding f : template.diagnostics()) {
            if (isInternalError(f)) {
                problems.add("internal error (a crash caught by templint): " + f);
                continue;
            }
            if (f.line() < 1 || f.column() < 1 || f.endLine() < f.line()
                    || f.endLine() == f.line() && f.endColumn() < f.column()) {
                problems.add("finding with an impossible range: " + f);
                continue;
            }
            byte[] bytes = input(inputs, template.path(), f.file());
            if (bytes != null) {
                // a column counts characters, each at least one byte: at most the line's bytes + 1
                int[] lines = lineLengths.computeIfAbsent(f.file(), k -> lineLengths(bytes));
                if (f.endLine() > lines.length) {
                    problems.add("finding beyond the last line (" + lines.length + ") of " + f.file() + ": " + f);
                } else if (f.column() > lines[f.line() - 1] + 1 || f.endColumn() > lines[f.endLine() - 1] + 1) {
                    problems.add("finding beyond the end of its line in " + f.file() + ": " + f);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
        return template;
    }

    /** The length in bytes of each line (lines end at {@code \n}). */
    private static int[] lineLengths(byte[] bytes) {
        int n = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        int[] out = new int[n];
        int line = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                out[line++] = i - start;
                start = i + 1;
            }
        }
        out[line] = bytes.length - start;
        return out;
    }

    private static byte[] input(Map<String, byte[]> inputs, String template, String file) {
        if (inputs == null || file == null) {
            return null;
        }
        byte[] b = inputs.get(file);
        if (b == null && template != null && file.startsWith(template + "/")) {
            b = inputs.get(file.substring(template.length() + 1));
        }
        return b;
    }
}
