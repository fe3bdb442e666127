package io.templint.rules;

import io.templint.internal.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The rules known to a run: the built-in ones ({@link BuiltinRules}) and those other jars provide
 * through {@link RuleProvider}. Ids are unique, and no rule uses an {@link EngineRules} id.
 * Immutable.
 */
public final class RuleRegistry {

    private final Map<String, Rule> rules;

    private RuleRegistry(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /**
     * A registry of exactly {@code rules}.
     *
     * @throws IllegalArgumentException when two rules share an id or a rule uses an engine id
     */
    public static RuleRegistry of(Collection<? extends Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rules) {
            String id = r.metadata().id();
            if (EngineRules.isEngineId(id)) {
                throw new IllegalArgumentException("rule " + r.getClass().getName() + " uses the reserved id " + id);
            }
            Rule before = byId.putIfAbsent(id, r);
            if (before != null) {
                throw new IllegalArgumentException("rule id " + id + " is used by both " + before.getClass().getName()
                    + " and " + r.getClass().getName());
            }
        }
        return new RuleRegistry(byId);
    }

    /** The built-in rules only. */
    public static RuleRegistry builtin() {
        return of(BuiltinRules.all());
    }

    /** The built-in rules and those of every {@link RuleProvider} visible to the context class loader. */
    public static RuleRegistry discover() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return discover(cl != null ? cl : RuleRegistry.class.getClassLoader());
    }

    /**
     * The built-in rules and those of every {@link RuleProvider} that {@code loader} finds.
     *
     * @throws IllegalStateException when a provider cannot be loaded or its rules clash with others
     */
    public static RuleRegistry discover(ClassLoader loader) {
        List<Rule> all = new ArrayList<>(BuiltinRules.all());
        try {
            for (RuleProvider p : ServiceLoader.load(RuleProvider.class, loader)) {
                all.addAll(p.rules());
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot load a rule provider: " + e.getMessage(), e);
        }
        try {
            return of(all);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The rules, built-in ones first, each group in registration order. */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /** The rule with id {@code id}. */
    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Whether {@code id} names a rule or an engine id. */
    public boolean isKnown(String id) {
        return rules.containsKey(id) || EngineRules.isEngineId(id);
    }

    /** The metadata of {@code id}: a rule's, or an engine id's. */
    public Optional<RuleMetadata> metadata(String id) {
        Rule r = rules.get(id);
        if (r != null) {
            return Optional.of(r.metadata());
        }
        return EngineRules.all().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Everything {@code templint rules} lists: every rule and engine id, sorted by id. */
    public List<RuleMetadata> allMetadata() {
        List<RuleMetadata> out = new ArrayList<>(EngineRules.all());
        for (Rule r : rules.values()) {
            out.add(r.metadata());
        }
        out.sort(Comparator.comparing(RuleMetadata::id));
        return out;
    }

    /** The known id nearest to a misspelt {@code id}, when one is close enough to suggest. */
    public Optional<String> closestId(String id) {
        List<String> ids = allMetadata().stream().map(RuleMetadata::id).toList();
        return Suggestions.nearestWithin(id, ids, Math.max(2, id.length() / 4));
    }
}
