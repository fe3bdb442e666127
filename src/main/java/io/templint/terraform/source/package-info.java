/**
 * Where templates come from: folders, in-memory files, and tar / tar.gz / zip archives read from a
 * stream, all treated as untrusted. {@link io.templint.terraform.source.TemplateSource#open} checks
 * every entry (no escaping paths, links, duplicates; limits on entries, bytes and compression
 * ratio, see {@link io.templint.terraform.source.SourceLimits}) and throws
 * {@link io.templint.terraform.source.TemplateSourceException} with a message naming the entry and
 * the limit. Archives are read into memory; nothing is written to disk.
 */
package io.templint.terraform.source;
