package io.templint.hcl.parser;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Range;
import io.templint.hcl.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagnostics of one parse, in the order the reference parser reports them. Sub-parsers ask
 * whether they added an error since a {@link #mark()}, as hclsyntax checks {@code diags.HasErrors()}
 * on the diagnostics of a sub-call.
 */
final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();
    private int errors;

    void error(String summary, String detail, Range subject) {
        add(new Diagnostic(Severity.ERROR, summary, detail, subject, null));
    }

    void error(String summary, String detail, Range subject, Range context) {
        add(new Diagnostic(Severity.ERROR, summary, detail, subject, context));
    }

    void add(Diagnostic d) {
        list.add(d);
        if (d.isError()) {
            errors++;
        }
    }

    /** A mark to test later with {@link #hasErrorsSince(int)}: the number of errors so far. */
    int mark() {
        return errors;
    }

    boolean hasErrorsSince(int mark) {
        return errors > mark;
    }

    /** The number of diagnostics so far, for {@link #cut(int)}. */
    int size() {
        return list.size();
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** Removes and returns the diagnostics after the first {@code size}, to be re-added later. */
    List<Diagnostic> cut(int size) {
        List<Diagnostic> tail = new ArrayList<>(list.subList(size, list.size()));
        list.subList(size, list.size()).clear();
        for (Diagnostic d : tail) {
            if (d.isError()) {
                errors--;
            }
        }
        return tail;
    }

    void addAll(List<Diagnostic> ds) {
        for (Diagnostic d : ds) {
            add(d);
        }
    }

    List<Diagnostic> list() {
        return list;
    }
}
