/**
 * Static evaluation of Terraform expressions: what templint can know about a value without running
 * Terraform.
 *
 * <ul>
 *   <li>{@link io.templint.eval.Value} and {@link io.templint.eval.Type}: cty-like values (known,
 *       null, or unknown with a reason) and types, with {@link io.templint.eval.Marks} (sensitive
 *       sources and origins) that survive every operation.</li>
 *   <li>{@link io.templint.eval.Evaluator}: evaluates any {@link io.templint.hcl.Expression} over a
 *       {@link io.templint.eval.Scope} (where {@code var.*}, {@code local.*}, resources ... come
 *       from), with Terraform's operators and built-in functions; problems are diagnostics.</li>
 *   <li>{@link io.templint.eval.Convert} and {@link io.templint.eval.TypeConstraint}: Terraform's
 *       automatic conversions and variable type constraints with optional attribute defaults.</li>
 *   <li>{@link io.templint.eval.FileAccess}: how file functions read files, never outside the
 *       template; {@link io.templint.eval.EvalLimits}: bounds for adversarial input.</li>
 * </ul>
 *
 * <h2>API status</h2>
 * <b>Supported for rule authors, read-only:</b> {@link io.templint.eval.Value},
 * {@link io.templint.eval.Type} and {@link io.templint.eval.Marks}, the values rules find in the
 * facts. The evaluator and everything else public here is <b>internal</b>: it may change without
 * notice.
 */
package io.templint.eval;
