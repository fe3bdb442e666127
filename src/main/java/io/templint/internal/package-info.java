/**
 * Small helpers shared by several of templint's packages: edit-distance suggestions, Go-style
 * quoting for diagnostics, running a task on a thread with a large stack. They live below
 * {@code io.templint.hcl}, the lowest layer, so that every package may use them.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice. Public only
 * so that templint's own packages can reach them.
 */
package io.templint.internal;
