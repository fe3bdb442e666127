/**
 * Terraform's built-in functions for the evaluator: {@link io.templint.eval.functions.Functions}
 * is the shared, stateless function table; each {@link io.templint.eval.functions.Function}
 * declares its {@link io.templint.eval.functions.Param parameters} (types, null, unknown and mark
 * handling), so that implementations only see the arguments they can compute with.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
package io.templint.eval.functions;
