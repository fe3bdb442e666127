/**
 * Generic Terraform rules that need only the syntax tree: deprecated syntax and duplicate
 * declarations. They are useful to any Terraform author and prove the rule framework.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice. The rules
 * are reached through {@link io.templint.rules.RuleRegistry} by their ids, which are stable.
 */
package io.templint.rules.terraform;
