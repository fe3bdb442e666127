/**
 * Where templates come from: folders, in-memory files, and tar / tar.gz / zip archives read from a
 * stream, all treated as untrusted. {@link io.templint.terraform.source.TemplateSource#open} checks
 * every entry (no escaping paths, links, duplicates; limits on entries, bytes and compression
 * ratio, see {@link io.templint.terraform.source.SourceLimits}) and throws
 * {@link io.templint.terraform.source.TemplateSourceException} with a message naming the entry and
 * the limit. Archives are read into memory; nothing is written to disk.
 *
 * <h2>API status</h2>
 * <b>Supported:</b> {@link io.templint.terraform.source.TemplateSource} (the source of an
 * {@link io.templint.api.Input}), {@link io.templint.terraform.source.SourceLimits} (for
 * {@link io.templint.api.Templint.Builder#sourceLimits}) and
 * {@link io.templint.terraform.source.TemplateSourceException} (the cause of a
 * {@link io.templint.api.TemplintException}). The other public types are <b>internal</b>: they may
 * change without notice.
 */
package io.templint.terraform.source;
