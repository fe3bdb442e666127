package io.templint.rules;

import io.templint.api.Severity;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of a {@code .templint.hcl} file (see {@link ConfigLoader}). Command-line options
 * take precedence over it; that is the CLI's business.
 *
 * @param coderVersion the Coder release to target ({@code "2.27"}), or null
 * @param failOn       the least severe finding that fails a run, or null for the default
 * @param rules        per-rule settings by rule id
 * @param source       the file it was read from, or null
 * @param paths        per-folder settings ({@code paths "glob" { ... }} blocks), in file order
 * @param exclude      folders that are not checked ({@code config { exclude = [...] }}), relative to
 *                     {@link #baseDir()}
 */
public record TemplintConfig(String coderVersion, FailOn failOn, Map<String, RuleConfig> rules, String source,
                             List<PathConfig> paths, List<PathPattern> exclude) {

    /** No configuration: every rule on or off as by default, with its default severity. */
    public static final TemplintConfig EMPTY = new TemplintConfig(null, null, Map.of(), null);

    public TemplintConfig {
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        paths = List.copyOf(paths);
        exclude = List.copyOf(exclude);
    }

    /** A configuration without per-folder settings. */
    public TemplintConfig(String coderVersion, FailOn failOn, Map<String, RuleConfig> rules, String source) {
        this(coderVersion, failOn, rules, source, List.of(), List.of());
    }

    /** A configuration that excludes no folder. */
    public TemplintConfig(String coderVersion, FailOn failOn, Map<String, RuleConfig> rules, String source,
                          List<PathConfig> paths) {
        this(coderVersion, failOn, rules, source, paths, List.of());
    }

    /** This configuration with another Coder release (e.g. from {@code --coder-version}). */
    public TemplintConfig withCoderVersion(String version) {
        return new TemplintConfig(version, failOn, rules, source, paths, exclude);
    }

    /** This configuration with another failure threshold (e.g. from {@code --fail-on}). */
    public TemplintConfig withFailOn(FailOn threshold) {
        return new TemplintConfig(coderVersion, threshold, rules, source, paths, exclude);
    }

    /**
     * The folder that {@code paths} globs are relative to: the configuration file's folder, or the
     * working directory for a configuration that was not read from a file.
     */
    public Path baseDir() {
        Path file = source == null ? null : Path.of(source).toAbsolutePath().normalize();
        Path dir = file == null ? null : file.getParent();
        return dir != null ? dir : Path.of("").toAbsolutePath();
    }

    /**
     * The last {@code paths} block that matches {@code location} and sets {@code kind}.
     *
     * @param location a template folder or archive file on disk
     * @return that block, or empty when none does (or the location is not below {@link #baseDir()})
     */
    public Optional<PathConfig> kindAt(Path location) {
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        String relative = relative(location);
        PathConfig found = null;
        for (PathConfig p : paths) {
            if (p.kind() != null && relative != null && p.pattern().matches(relative)) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The first {@code exclude} glob that matches {@code location} (or one of its parent folders
     * below {@link #baseDir()}): such a folder is not checked.
     *
     * @param location a template folder or archive file on disk, or null
     * @return the glob, or empty when the location is not excluded
     */
    public Optional<PathPattern> excludedBy(Path location) {
        String relative = exclude.isEmpty() ? null : relative(location);
        if (relative == null) {
            return Optional.empty();
        }
        return exclude.stream().filter(p -> p.matches(relative)).findFirst();
    }

    /**
     * The settings that apply to the template at {@code location}: the top-level rule settings,
     * then those of every {@code paths} block that matches it, in file order, each setting
     * ({@code enabled}, {@code severity}) of a later block replacing that of an earlier one.
     *
     * @param location a template folder or archive file on disk, or null (then: this configuration)
     * @return this configuration when no {@code paths} block sets a rule there, else a copy with
     *         the merged rule settings
     */
    public TemplintConfig at(Path location) {
        String relative = paths.stream().anyMatch(p -> !p.rules().isEmpty()) ? relative(location) : null;
        if (relative == null) {
            return this;
        }
        Map<String, RuleConfig> merged = new LinkedHashMap<>(rules);
        boolean changed = false;
        for (PathConfig p : paths) {
            if (p.rules().isEmpty() || !p.pattern().matches(relative)) {
                continue;
            }
            for (RuleConfig r : p.rules().values()) {
                RuleConfig before = merged.get(r.id());
                merged.put(r.id(), before == null ? r : new RuleConfig(r.id(),
                    r.enabled() != null ? r.enabled() : before.enabled(),
                    r.severity() != null ? r.severity() : before.severity(), r.range()));
                changed = true;
            }
        }
        return changed ? new TemplintConfig(coderVersion, failOn, merged, source, paths, exclude) : this;
    }

    /** {@code location} relative to {@link #baseDir()}, '/'-separated; null when it is not inside it. */
    private String relative(Path location) {
        if (location == null) {
            return null;
        }
        Path base = baseDir();
        Path target = location.toAbsolutePath().normalize();
        if (!target.startsWith(base)) {
            return null;
        }
        return base.relativize(target).toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * This configuration with each of {@code rules} that is off by default turned on, unless it
     * already says whether that rule runs.
     */
    public TemplintConfig enabling(java.util.Collection<? extends Rule> rules) {
        Map<String, RuleConfig> map = new LinkedHashMap<>(this.rules);
        for (Rule r : rules) {
            RuleConfig c = map.get(r.id());
            if (!r.metadata().enabledByDefault() && (c == null || c.enabled() == null)) {
                map.put(r.id(), new RuleConfig(r.id(), true, c == null ? null : c.severity(), c == null ? null : c.range()));
            }
        }
        return new TemplintConfig(coderVersion, failOn, map, source, paths, exclude);
    }

    /** Whether the rule or engine id {@code id} runs, for one that is on by default. */
    public boolean isEnabled(String id) {
        return isEnabled(id, true);
    }

    /** Whether {@code rule} runs: as configured, else as its metadata says ({@link RuleMetadata#enabledByDefault()}). */
    public boolean isEnabled(RuleMetadata rule) {
        return isEnabled(rule.id(), rule.enabledByDefault());
    }

    private boolean isEnabled(String id, boolean byDefault) {
        RuleConfig c = rules.get(id);
        return c == null || c.enabled() == null ? byDefault : c.enabled();
    }

    /** The severity findings of {@code rule} get. */
    public Severity severity(RuleMetadata rule) {
        RuleConfig c = rules.get(rule.id());
        return c == null || c.severity() == null ? rule.defaultSeverity() : c.severity();
    }
}
