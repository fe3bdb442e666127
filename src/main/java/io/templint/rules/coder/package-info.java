/**
 * The built-in rules for Coder templates: the checks Coder and its Terraform provider apply at
 * import (agent names, app slugs, {@code coder_env} names, parameter definitions), the Task
 * pitfalls users hit ("AI Prompt" parameter, sidebar app, apps), and secrets written into the
 * template. Rules read the module tree ({@link io.templint.rules.TerraformFacts#MODULE_TREE}) and,
 * where they need them, the Coder facts ({@link io.templint.rules.AnalysisFacts#CODER}); Task rules
 * follow the targeted Coder release ({@link io.templint.rules.RuleContext#config()}).
 *
 * <p>Declarations in modules installed by {@code terraform init} ({@code .terraform/modules}) are
 * checked too, since Coder imports them, but findings there are reported at the module call the
 * author wrote ({@link io.templint.rules.coder.Visible}).
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice. The rules
 * are reached through {@link io.templint.rules.RuleRegistry} by their ids, which are stable.
 */
package io.templint.rules.coder;
