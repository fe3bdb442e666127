package io.templint.report;

import java.util.Objects;

/**
 * What a {@link Formatter} needs besides the report itself.
 *
 * @param sources the source text of the files the report names, for code frames
 * @param rules   metadata of every rule that may appear in the report
 * @param color   whether to use ANSI colours (only the {@code text} format does)
 */
public record ReportContext(SourceLookup sources, RuleCatalog rules, boolean color) {

    public ReportContext {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(rules, "rules");
    }

    /** A context with no sources, the built-in rules and no colour. */
    public static ReportContext plain() {
        return new ReportContext(SourceLookup.none(), RuleCatalog.builtin(), false);
    }
}
