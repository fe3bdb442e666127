package io.templint.rules;

import io.templint.hcl.HclFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything known about one template when the rules run: its parsed files, and the results of
 * the later analysis layers (module model, static values, Coder facts) stored under
 * {@link FactKey}s. Immutable and safe to share between threads.
 *
 * <p>A layer that cannot be built (e.g. the module model of a template with syntax errors) simply
 * does not add its fact; rules that need it are skipped for that template.
 */
public final class AnalysedTemplate {

    private final String path;
    private final List<HclFile> files;
    private final Map<String, HclFile> filesByName;
    private final Map<FactKey<?>, Object> facts;
    private volatile SyntaxIndex syntax;

    private AnalysedTemplate(Builder b) {
        this.path = b.path;
        this.files = List.copyOf(b.files);
        Map<String, HclFile> byName = new HashMap<>();
        for (HclFile f : files) {
            byName.putIfAbsent(f.name(), f);
        }
        this.filesByName = byName;
        this.facts = new IdentityHashMap<>(b.facts);
    }

    /** A template with parsed files and no other facts. */
    public static AnalysedTemplate of(String path, List<HclFile> files) {
        return builder(path).files(files).build();
    }

    /** Starts a template; {@code path} is the template path as the user gave it. */
    public static Builder builder(String path) {
        return new Builder(path);
    }

    /** The template path as the user gave it. */
    public String path() {
        return path;
    }

    /** The parsed files, in the order the loader read them. */
    public List<HclFile> files() {
        return files;
    }

    /** The file whose {@link HclFile#name()} is {@code name}. */
    public Optional<HclFile> file(String name) {
        return Optional.ofNullable(filesByName.get(name));
    }

    /** Whether the template carries {@code key}'s fact. */
    public boolean has(FactKey<?> key) {
        return facts.containsKey(key);
    }

    /** The fact stored under {@code key}, if any. */
    public <T> Optional<T> find(FactKey<T> key) {
        Object v = facts.get(key);
        return v == null ? Optional.empty() : Optional.of(key.cast(v));
    }

    /**
     * The fact stored under {@code key}. A rule that lists the key in {@link Rule#requiredFacts()}
     * can rely on it being present.
     *
     * @throws IllegalStateException when it is absent
     */
    public <T> T get(FactKey<T> key) {
        Object v = facts.get(key);
        if (v == null) {
            throw new IllegalStateException("template " + path + " has no fact " + key.name()
                + " (declare it in Rule.requiredFacts() so that the rule is skipped when it is missing)");
        }
        return key.cast(v);
    }

    /** The syntax index over all files, built on first use and then shared by every rule. */
    public SyntaxIndex syntax() {
        SyntaxIndex s = syntax;
        if (s == null) {
            synchronized (this) {
                s = syntax;
                if (s == null) {
                    s = new SyntaxIndex(files);
                    syntax = s;
                }
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return "AnalysedTemplate[" + path + ", " + files.size() + " files, facts " + factNames() + "]";
    }

    private List<String> factNames() {
        List<String> names = new ArrayList<>();
        for (FactKey<?> k : facts.keySet()) {
            names.add(k.name());
        }
        names.sort(null);
        return names;
    }

    /** Builds an {@link AnalysedTemplate}; each layer adds its files or facts. */
    public static final class Builder {
        private final String path;
        private final List<HclFile> files = new ArrayList<>();
        private final Map<FactKey<?>, Object> facts = new LinkedHashMap<>();

        private Builder(String path) {
            this.path = Objects.requireNonNull(path, "path");
        }

        /** Adds a parsed file. */
        public Builder file(HclFile file) {
            files.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Adds parsed files. */
        public Builder files(List<HclFile> more) {
            more.forEach(this::file);
            return this;
        }

        /** Stores a fact; a second value for the same key replaces the first. */
        public <T> Builder put(FactKey<T> key, T value) {
            Objects.requireNonNull(key, "key");
            facts.put(key, key.cast(Objects.requireNonNull(value, "value")));
            return this;
        }

        public AnalysedTemplate build() {
            return new AnalysedTemplate(this);
        }
    }
}
