/**
 * HCL syntax trees: what a {@code .tf} or {@code .tf.json} file says, before any Terraform
 * meaning is given to it.
 *
 * <p>{@link io.templint.hcl.Hcl} parses native syntax and JSON syntax into an immutable
 * {@link io.templint.hcl.HclFile}: a {@link io.templint.hcl.Body} of
 * {@link io.templint.hcl.Attribute}s and {@link io.templint.hcl.Block}s, whose values are
 * {@link io.templint.hcl.Expression}s (a sealed interface; each kind is a nested record). Every
 * node has a {@link io.templint.hcl.Range} of {@link io.templint.hcl.Pos}itions in its
 * {@link io.templint.hcl.SourceFile}; problems are {@link io.templint.hcl.Diagnostic}s, never
 * exceptions, and a file with syntax errors still yields the tree recovered around them.
 * {@link io.templint.hcl.Expressions} walks expressions without recursion, so deeply nested input
 * cannot overflow the stack; {@link io.templint.hcl.ParseOptions} bounds what a parse may cost.
 *
 * <pre>{@code
 * HclFile file = Hcl.parse(SourceFile.of("main.tf", text));
 * for (Diagnostic d : file.diagnostics()) { ... }
 * for (Block b : file.body().blocks("resource")) { ... }
 * }</pre>
 *
 * <h2>API status</h2>
 * <b>Supported extension point:</b> the tree is what rules ({@link io.templint.rules.Rule}) read,
 * and it changes only compatibly: methods may be added, and new expression kinds may be added to
 * the sealed {@link io.templint.hcl.Expression}, so keep a default branch when switching over it. The parsers behind {@link io.templint.hcl.Hcl}
 * ({@code io.templint.hcl.parser}, {@code io.templint.hcl.json}) are internal.
 */
package io.templint.hcl;
