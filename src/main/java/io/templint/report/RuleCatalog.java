package io.templint.report;

import io.templint.api.Severity;
import io.templint.rules.RuleDocs;
import io.templint.rules.RuleMetadata;
import io.templint.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a run may report, in the order they are listed: the rule engine's rules and engine
 * ids, and the few the command line reports itself. Formatters use it for rule metadata (SARIF's
 * {@code tool.driver.rules}); {@code templint rules} and {@code explain} print it.
 */
public final class RuleCatalog {

    /** The rule of templates without any Terraform file (reported by the command line). */
    public static final RuleInfo EMPTY_TEMPLATE = RuleInfo.of("empty_template", Severity.WARNING,
        "The template holds no .tf or .tf.json file",
        "A template's root module is the .tf and .tf.json files of its folder (or of its archive's root). "
            + "There are none, so there is nothing to analyse: check that the path names the template's "
            + "folder and not its parent.");

    /**
     * A template that cannot be read at all: a corrupt, truncated or unsafe archive, a source over
     * the limits (reported by the command line, which goes on with the other templates and exits 2).
     */
    public static final RuleInfo TEMPLATE_SOURCE = RuleInfo.of("template_source", Severity.ERROR,
        "The template cannot be read",
        "templint could not read this template at all, so it analysed nothing in it: an archive that is corrupt, "
            + "truncated or not an archive, an entry that escapes the archive's root, is a link or a device or "
            + "appears twice, or a template over the source limits (entries, sizes, compression ratio, path "
            + "length). The message names the entry and the limit. The other templates of the run are analysed "
            + "and reported as usual, but the run exits with status 2 because an input could not be read.");

    /** Problems of the Terraform configuration found while loading the module tree (reported by the analysis). */
    public static final RuleInfo TERRAFORM = RuleInfo.of("terraform", Severity.ERROR,
        "The configuration is not valid Terraform",
        "The template parses, but Terraform would reject it or templint cannot load part of it: a reference to "
            + "an undeclared variable, local value, module or resource, a duplicate declaration in a downloaded "
            + "module (those of the template's own modules are terraform_duplicate_declaration findings), a "
            + "missing or unexpected module argument, a module source that is missing or leads "
            + "outside the template, a module nested too deep. The message names the problem; modules that "
            + "cannot be loaded are left out of the analysis, so Task verdicts may become unknown. Static "
            + "evaluation adds errors Terraform reports when it plans (a cycle between local values, module "
            + "outputs or arguments; an invalid count or for_each) and warnings where the analysis is "
            + "incomplete: an evaluation limit reached, a count or for_each with more instances than templint "
            + "expands, a file function path outside the template, which templint does not read (Terraform "
            + "would: make sure the template does not depend on files of the machine it is planned on).");

    private final Map<String, RuleInfo> rules;

    private RuleCatalog(Collection<RuleInfo> rules) {
        Map<String, RuleInfo> map = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            map.putIfAbsent(r.id(), r);
        }
        this.rules = map;
    }

    /** A catalog of exactly these rules. */
    public static RuleCatalog of(Collection<RuleInfo> rules) {
        return new RuleCatalog(rules);
    }

    /** Every rule and engine id of {@code registry}, then the command line's own rules. */
    public static RuleCatalog from(RuleRegistry registry) {
        List<RuleInfo> all = new ArrayList<>();
        for (RuleMetadata m : registry.allMetadata()) {
            String rejected = RuleDocs.rejection(m);
            String description = m.description().strip() + (rejected == null ? "" : "\n\n" + rejected);
            all.add(new RuleInfo(m.id(), m.defaultSeverity(), m.summary(), description, m.link(), m.fixable(),
                m.enabledByDefault()));
        }
        all.add(EMPTY_TEMPLATE);
        all.add(TERRAFORM);
        all.add(TEMPLATE_SOURCE);
        return new RuleCatalog(all);
    }

    /** The catalog of the built-in rules. */
    public static RuleCatalog builtin() {
        return from(RuleRegistry.builtin());
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
