/**
 * Generic Terraform rules that need only the syntax tree: deprecated syntax and duplicate
 * declarations. They are useful to any Terraform author and prove the rule framework.
 */
package io.templint.rules.terraform;
