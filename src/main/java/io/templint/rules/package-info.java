/**
 * The rule engine: rules, their metadata, configuration, inline suppression and documentation.
 *
 * <ul>
 *   <li>A {@link io.templint.rules.Rule} has immutable {@link io.templint.rules.RuleMetadata} and
 *       checks one {@link io.templint.rules.AnalysedTemplate} through a
 *       {@link io.templint.rules.RuleContext}: syntax queries, layer facts by
 *       {@link io.templint.rules.FactKey}, and {@code report(range, message, related...)}.</li>
 *   <li>{@link io.templint.rules.BuiltinRules} lists the built-in rules;
 *       {@link io.templint.rules.RuleProvider} services add more;
 *       {@link io.templint.rules.RuleRegistry} holds them.</li>
 *   <li>{@link io.templint.rules.RuleEngine} runs them (in parallel over templates if the caller
 *       wishes), turns failures into {@code internal_error} findings, applies
 *       {@link io.templint.rules.Suppressions} and computes {@link io.templint.rules.Fingerprints}.</li>
 *   <li>{@link io.templint.rules.ConfigLoader} reads {@code .templint.hcl};
 *       {@link io.templint.rules.RuleDocs} renders documentation.</li>
 * </ul>
 */
package io.templint.rules;
