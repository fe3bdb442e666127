package io.templint.report;

import io.templint.api.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a run may report, in the order they are listed. Formatters use it for rule metadata
 * (SARIF's {@code tool.driver.rules}); {@code templint rules} and {@code explain} print it.
 */
public final class RuleCatalog {

    /** The rule of syntax errors. */
    public static final RuleInfo SYNTAX = RuleInfo.of("syntax", Severity.ERROR,
        "The file is not valid HCL native or JSON syntax.",
        "A .tf or .tf.json file that Terraform cannot read. templint reports every syntax error it "
            + "finds with its exact location and goes on reading at the next attribute or block, so "
            + "one typo does not hide the rest of the template. Fix the syntax as the message says; "
            + "`templint parse FILE` checks one file on its own.");

    /** The rule of templates without any Terraform file. */
    public static final RuleInfo EMPTY_TEMPLATE = RuleInfo.of("empty-template", Severity.WARNING,
        "The template holds no .tf or .tf.json file.",
        "A template's root module is the .tf and .tf.json files of its folder (or archive root). "
            + "There are none, so there is nothing to analyse: check that the path names the "
            + "template's folder and not its parent.");

    private final Map<String, RuleInfo> rules;

    private RuleCatalog(Collection<RuleInfo> rules) {
        Map<String, RuleInfo> map = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            map.putIfAbsent(r.id(), r);
        }
        this.rules = map;
    }

    /** The rules the command line itself reports: syntax and input problems. */
    public static RuleCatalog builtin() {
        return new RuleCatalog(List.of(SYNTAX, EMPTY_TEMPLATE));
    }

    /** A catalog of the built-in rules followed by {@code more} (a rule engine's rules). */
    public static RuleCatalog withBuiltins(Collection<RuleInfo> more) {
        List<RuleInfo> all = new ArrayList<>(builtin().all());
        all.addAll(more);
        return new RuleCatalog(all);
    }

    /** Every rule, in listing order. */
    public List<RuleInfo> all() {
        return List.copyOf(rules.values());
    }

    /** The rule with this id. */
    public Optional<RuleInfo> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The rule with this id, or a generic description when the catalog does not know it. */
    public RuleInfo describe(String id) {
        RuleInfo r = rules.get(id);
        return r != null ? r : RuleInfo.unknown(id);
    }
}
