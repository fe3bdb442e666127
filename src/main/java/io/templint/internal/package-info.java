/**
 * Small helpers shared by several of templint's packages (edit-distance suggestions, running a
 * task on a thread with a large stack). They live below {@code io.templint.hcl}, the lowest layer,
 * so that every package may use them.
 *
 * <p>Internal: public only so that templint's own packages can reach them. Not part of the
 * supported API; may change in any release.
 */
package io.templint.internal;
