package io.templint.report;

import io.templint.api.Report;
import java.io.IOException;

/**
 * Writes a {@link Report} in one output format ({@code text}, {@code json}, {@code sarif}, ...).
 *
 * <p>Implementations are stateless and thread-safe; everything that varies per run comes in the
 * {@link ReportContext}.
 */
public interface Formatter {

    /** The name users select it by with {@code --format}, e.g. {@code sarif}. */
    String name();

    /** One line that says what the format is for, shown in the list of formats. */
    String description();

    /**
     * Whether it shows source text (code frames) from {@link ReportContext#sources()}. When no
     * format of a run does, the analysis need not keep every file's text until the end, which
     * matters when thousands of templates are checked at once.
     */
    default boolean showsSource() {
        return false;
    }

    /**
     * Writes the report.
     *
     * @param report  the report to write
     * @param context the sources, rule metadata and terminal settings of this run
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    void write(Report report, ReportContext context, Appendable out) throws IOException;
}
