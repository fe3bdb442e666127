/**
 * Report formats: a {@link io.templint.report.Formatter} writes an {@link io.templint.api.Report}
 * as {@code text}, {@code compact}, {@code json}, {@code sarif}, {@code checkstyle}, {@code junit}
 * or {@code github}; {@link io.templint.report.Formatters} is the registry by name. Formatters
 * read source text (code frames) through a {@link io.templint.report.SourceLookup} and rule
 * metadata through a {@link io.templint.report.RuleCatalog}, both in the
 * {@link io.templint.report.ReportContext}; they never read files themselves.
 *
 * <p>The JSON report's schema ships as the resource {@code /io/templint/report-schema.json}.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice. To
 * serialise a report, use {@link io.templint.api.ReportJson}; for the other formats, run the
 * {@code templint} command line.
 */
package io.templint.report;
