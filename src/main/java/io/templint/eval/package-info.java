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
 */
package io.templint.eval;
