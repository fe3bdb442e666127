/**
 * The public Java API and the report records of the contract.
 *
 * <pre>{@code
 * Templint templint = Templint.builder()
 *     .coderVersion("2.27")                       // whose rule decides task.capable
 *     .sourceLimits(SourceLimits.DEFAULTS)        // untrusted uploads: entries, bytes, ratio, paths
 *     .addRule(myRule)                            // runs with the built-in rules
 *     .build();                                   // immutable, thread-safe: share it
 * Report report = templint.analyze(Path.of("template"));            // a folder or an archive file
 * Report upload = templint.analyze(filesByPath, "uploads/42");      // files in memory
 * Report tar = templint.analyzeArchive(inputStream, "upload.tar");  // tar, tar.gz or zip
 * String json = ReportJson.toJson(report);
 * }</pre>
 *
 * <p>{@link io.templint.api.Templint} never prints, exits, touches the network, runs programs or
 * writes files. Problems in a template are {@link io.templint.api.Finding}s in
 * {@link io.templint.api.TemplateReport#diagnostics()}: {@code syntax} for syntax errors,
 * {@code terraform} for configuration the loader rejects, rule ids for rule findings. Only API
 * misuse throws ({@link java.lang.IllegalArgumentException}), and a source that cannot be read at
 * all throws {@link io.templint.api.TemplintException}.
 */
package io.templint.api;
