package io.templint.api;

import io.templint.report.Json;
import io.templint.report.JsonOut;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/** The JSON form of a {@link Report} (the contract's {@code --format json}), and back. */
public final class ReportJson {

    private ReportJson() { }

    /**
     * The report as indented JSON followed by a newline.
     *
     * @param report the report
     * @return its JSON, as {@code templint check --format json} writes it
     */
    public static String toJson(Report report) {
        StringBuilder out = new StringBuilder();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * Writes the report as indented JSON followed by a newline.
     *
     * @param report the report
     * @param out    where to write it
     * @throws IOException when {@code out} fails
     */
    public static void write(Report report, Appendable out) throws IOException {
        JsonOut.write(Objects.requireNonNull(report, "report"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Reads a JSON report back.
     *
     * @param json a report as {@link #toJson} writes it
     * @return the report
     * @throws IOException when the text is not a report
     */
    public static Report fromJson(String json) throws IOException {
        return Json.mapper().readValue(Objects.requireNonNull(json, "json"), Report.class);
    }
}
