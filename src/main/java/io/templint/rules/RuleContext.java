package io.templint.rules;

import io.templint.api.Severity;
import io.templint.hcl.HclFile;
import io.templint.hcl.Node;
import io.templint.hcl.Range;
import java.util.List;
import java.util.Optional;

/**
 * What a rule sees while it checks one template, and where it reports. One context serves one
 * rule on one template; it is not shared between threads.
 *
 * <p>Queries over the syntax ({@link #blocks}, {@link #attributes}, {@link #forEachExpression})
 * read the template's {@link SyntaxIndex}, which is built once per template for all rules. The
 * later layers' results come from {@link #get(FactKey)}.
 */
public interface RuleContext {

    /** The template under analysis. */
    AnalysedTemplate template();

    /** The metadata of the rule being run. */
    RuleMetadata rule();

    /**
     * The run's settings, e.g. {@link TemplintConfig#coderVersion()}, the Coder release the user
     * targets (null when none is set: rules then apply the default release's behaviour).
     */
    TemplintConfig config();

    /**
     * Reports a finding of the running rule.
     *
     * @param range   where; a user's editor jumps to its start
     * @param message one or two sentences, specific to this occurrence (name the offending thing)
     * @param related other places involved, may be empty
     */
    void report(Range range, String message, List<RelatedLocation> related);

    /** Reports a finding with no related locations. */
    /**
     * Reports a finding whose severity is at most {@code most}: the configured severity when it is
     * lower, else {@code most} (a rule's finding that cannot fail the template yet, say).
     */
    default void report(Severity most, Range range, String message, List<RelatedLocation> related) {
        report(range, message, related);
    }

    default void report(Range range, String message) {
        report(range, message, List.of());
    }

    /** Reports a finding with related locations. */
    default void report(Range range, String message, RelatedLocation... related) {
        report(range, message, List.of(related));
    }

    /** Reports a finding covering a syntax node. */
    default void report(Node node, String message) {
        report(node.range(), message, List.of());
    }

    /** Reports a finding covering a syntax node, with related locations. */
    default void report(Node node, String message, RelatedLocation... related) {
        report(node.range(), message, List.of(related));
    }

    /** The fact under {@code key}; see {@link AnalysedTemplate#get(FactKey)}. */
    default <T> T get(FactKey<T> key) {
        return template().get(key);
    }

    /** The fact under {@code key}, if the template has it. */
    default <T> Optional<T> find(FactKey<T> key) {
        return template().find(key);
    }

    /** The template's parsed files. */
    default List<HclFile> files() {
        return template().files();
    }

    /** The template's syntax index. */
    default SyntaxIndex syntax() {
        return template().syntax();
    }

    /** Top-level blocks of a type with leading labels, across all files; see {@link SyntaxIndex#blocks}. */
    default List<BlockSite> blocks(String type, String... labels) {
        return syntax().blocks(type, labels);
    }

    /** Every attribute at any depth, across all files. */
    default List<AttributeSite> attributes() {
        return syntax().attributes();
    }

    /** Visits every expression node of every attribute value. */
    default void forEachExpression(ExpressionVisitor visitor) {
        syntax().forEachExpression(visitor);
    }

    /** The source text of {@code range}, or the empty string when its file is not in the template. */
    default String text(Range range) {
        return template().file(range.filename()).map(f -> f.source().text(range)).orElse("");
    }

    /** The source text of a node. */
    default String text(Node node) {
        return text(node.range());
    }
}
