/**
 * The Terraform module model: loading a template into a tree of modules, Terraform's
 * configuration diagnostics, static evaluation in module scope, and the reference graph.
 *
 * <h2>Typical use</h2>
 * <pre>{@code
 * ModuleTree tree = TemplateLoader.load(TemplateSource.of(path), LoadOptions.DEFAULTS); // throws TemplateSourceException
 * tree.diagnostics();                       // parse + decode + module resolution problems
 * tree.resources(Resource.Mode.MANAGED, "coder_ai_task");   // across every loaded module
 * tree.unresolved();                        // module calls whose source is not in the template
 *
 * TemplateEvaluation ev = tree.evaluation(); // lazy, cached, not thread-safe
 * ModuleEvaluation root = ev.root();
 * root.instanceCount(resource);              // count / for_each with Coder's import-time inputs
 * root.evaluate(expression).value();         // io.templint.eval.Value, marks name its origins
 * ev.evaluateAll();                          // every named value once, in source order
 * ev.problems();                             // cycles, invalid count / for_each, limits: what the report shows
 *
 * ReferenceGraph g = tree.references();
 * g.origins(codeEnv, "agent_id");            // -> coder_agent.main.id, through module variables
 * g.flowsOf("var.github_pat");               // every use of a secret, across modules
 * }</pre>
 *
 * <p>Addresses are Terraform's, without instance keys: {@code coder_agent.main},
 * {@code data.coder_parameter.p}, {@code var.v}, {@code local.x}, {@code output.o}, and inside
 * modules {@code module.a.module.b.coder_app.x}. See {@link io.templint.terraform.ModulePath}.
 *
 * <h2>API status</h2>
 * <b>Supported for rule authors, read-only:</b> the module model ({@link io.templint.terraform.ModuleTree},
 * {@link io.templint.terraform.Module} and its declarations, {@link io.templint.terraform.ModulePath},
 * {@link io.templint.terraform.ReferenceGraph}), which rules receive through
 * {@link io.templint.rules.TerraformFacts#MODULE_TREE}, and {@link io.templint.terraform.LoadOptions}
 * for {@link io.templint.api.Templint.Builder#loadOptions}. Loading it yourself
 * ({@link io.templint.terraform.TemplateLoader}) is <b>internal</b>: it may change without notice;
 * analyse templates with {@link io.templint.api.Templint}.
 */
package io.templint.terraform;
