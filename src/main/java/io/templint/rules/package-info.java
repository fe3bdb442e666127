/**
 * The rule engine: rules, their metadata, configuration, inline suppression and documentation.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>A {@link io.templint.rules.Rule} has immutable {@link io.templint.rules.RuleMetadata}
 *       (stable snake_case id, default severity, summary, Markdown description, link) and checks one
 *       {@link io.templint.rules.AnalysedTemplate} through a {@link io.templint.rules.RuleContext}.
 *       Rules are stateless; one instance serves all templates on all threads.</li>
 *   <li>An {@link io.templint.rules.AnalysedTemplate} holds the parsed files and, under typed
 *       {@link io.templint.rules.FactKey}s, whatever later layers computed (module model, values,
 *       Coder facts). Its {@link io.templint.rules.SyntaxIndex} (every block and attribute, with
 *       their enclosing blocks) is built once and shared by all rules.</li>
 *   <li>{@link io.templint.rules.BuiltinRules} is the explicit list of built-in rules;
 *       {@link io.templint.rules.RuleProvider} services add more;
 *       {@link io.templint.rules.RuleRegistry} holds them, plus the engine's own ids
 *       ({@link io.templint.rules.EngineRules}: {@code syntax}, {@code internal_error},
 *       {@code unused_suppression}).</li>
 *   <li>{@link io.templint.rules.RuleEngine} runs the enabled rules over a template: a rule that
 *       throws becomes one {@code internal_error} finding, rules whose facts are missing are
 *       skipped, {@code templint-ignore} comments ({@code Suppressions}) mark
 *       the findings they cover, and every finding gets a line-independent
 *       {@link io.templint.rules.Fingerprints fingerprint}. The result is a
 *       {@link io.templint.rules.LintResult} of {@link io.templint.rules.RuleFinding}s, which
 *       convert to {@link io.templint.api.Finding}s.</li>
 *   <li>{@link io.templint.rules.ConfigLoader} reads {@code .templint.hcl} into a
 *       {@link io.templint.rules.TemplintConfig}; {@link io.templint.rules.RuleDocs} renders a rule's
 *       page and the rule table.</li>
 * </ul>
 *
 * <h2>Writing a rule</h2>
 * <pre>{@code
 * public final class AppSlugRule implements Rule {
 *     static final RuleMetadata METADATA = new RuleMetadata("coder_app_slug_invalid", Severity.ERROR,
 *         "A coder_app slug is not a valid slug",
 *         """
 *         Markdown: why it matters, an example of the finding and of the fix.
 *         """,
 *         "https://coder.com/docs/...");
 *
 *     public RuleMetadata metadata() { return METADATA; }
 *
 *     // Only when the rule needs a later layer; without the fact the rule is skipped.
 *     public Set<FactKey<?>> requiredFacts() { return Set.of(CoderFacts.KEY); }
 *
 *     public void check(RuleContext ctx) {
 *         for (BlockSite app : ctx.blocks("resource", "coder_app")) {
 *             app.attribute("slug").ifPresent(slug -> {
 *                 if (slug.expression() instanceof Expression.Template t && t.isStringLiteral()
 *                         && !t.literalString().matches("[a-z0-9](-?[a-z0-9])*")) {
 *                     ctx.report(slug.expression(), "slug \"" + t.literalString() + "\" is not a valid slug");
 *                 }
 *             });
 *         }
 *     }
 * }
 * }</pre>
 * Then add it to {@link io.templint.rules.BuiltinRules} and give it fixtures in
 * {@code testdata/rules/<rule_id>/} with {@code # expect:} markers (see
 * {@code testdata/rules/README.md}); {@code BuiltinRuleFixturesTest} runs them and fails when a
 * built-in rule has none, and {@code BuiltinRulesTest} checks that the rule class is final and
 * keeps no mutable state. The run's settings (e.g. the targeted Coder release) are in
 * {@link io.templint.rules.RuleContext#config()}; the module tree is
 * {@link io.templint.rules.TerraformFacts#MODULE_TREE}, and its static values come from
 * {@link io.templint.rules.TerraformFacts#evaluation(RuleContext)}, the evaluation the analysis
 * shares with every rule (do not make another: values would be computed again).
 *
 * <p>Messages name the offending thing and say what to do; they never contain line numbers (they
 * are part of the fingerprint), and other places go in {@link io.templint.rules.RelatedLocation}s.
 * Fact keys live on the rules side (e.g. a {@code CoderFacts} class next to the Coder rules),
 * because the analysis layers must not depend on this package.
 *
 * <h2>API status</h2>
 * <b>Supported extension point</b> for rule authors: {@link io.templint.rules.Rule},
 * {@link io.templint.rules.RuleMetadata}, {@link io.templint.rules.RuleContext},
 * {@link io.templint.rules.RuleProvider} (a {@link java.util.ServiceLoader} service),
 * {@link io.templint.rules.RuleRegistry}, {@link io.templint.rules.AnalysedTemplate},
 * {@link io.templint.rules.BlockSite}, {@link io.templint.rules.AttributeSite},
 * {@link io.templint.rules.RelatedLocation}, {@link io.templint.rules.FactKey},
 * {@link io.templint.rules.AnalysisFacts}, {@link io.templint.rules.TerraformFacts},
 * {@link io.templint.rules.RuleConfig}, {@link io.templint.rules.TemplintConfig},
 * {@link io.templint.rules.ConfigLoader} and {@link io.templint.rules.ConfigException}; they change
 * only compatibly (new methods may be added, with defaults on interfaces). The engine itself
 * ({@link io.templint.rules.RuleEngine}, {@link io.templint.rules.LintResult},
 * {@link io.templint.rules.RuleFinding}, {@link io.templint.rules.Fingerprints},
 * {@link io.templint.rules.SyntaxIndex}, {@link io.templint.rules.RuleDocs},
 * {@link io.templint.rules.BuiltinRules}, {@link io.templint.rules.EngineRules},
 * {@link io.templint.rules.FailOn}, {@link io.templint.rules.CommentLines},
 * {@link io.templint.rules.ExpressionVisitor}) is public for templint's other packages and is
 * <b>internal</b>: it may change without notice.
 */
package io.templint.rules;
