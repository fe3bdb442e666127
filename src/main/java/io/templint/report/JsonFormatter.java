package io.templint.report;

import io.templint.api.Report;
import java.io.IOException;

/**
 * The JSON report of the contract ({@code shared/CONTRACT.md}), described by the JSON Schema
 * {@code io/templint/report-schema.json} shipped in the jar.
 */
final class JsonFormatter implements Formatter {

    /** Class-path resource of the report's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/io/templint/report-schema.json";

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String description() {
        return "the JSON report (schemaVersion 1), for pipelines and services";
    }

    @Override
    public void write(Report report, ReportContext context, Appendable out) throws IOException {
        JsonOut.write(report, out);
    }
}
