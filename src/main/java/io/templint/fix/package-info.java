/**
 * Mechanical fixes for {@code templint check --fix}: for a finding with exactly one correct fix, the
 * edits of the file's bytes that make it, taken from the syntax tree ({@link io.templint.fix.FixFinder}),
 * applied together when they do not overlap ({@link io.templint.fix.Edits}), and shown as a unified diff
 * by {@code --fix-dry-run} ({@link io.templint.fix.UnifiedDiff}).
 *
 * <p>Files in JSON syntax ({@code .tf.json}) get no fixes.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
package io.templint.fix;
