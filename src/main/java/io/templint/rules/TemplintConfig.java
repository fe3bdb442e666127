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
 */
public record TemplintConfig(String coderVersion, FailOn failOn, Map<String, RuleConfig> rules, String source,
                             List<PathConfig> paths) {

    /** No configuration: every rule on or off as by default, with its default severity. */
    public static final TemplintConfig EMPTY = new TemplintConfig(null, null, Map.of(), null);

    public TemplintConfig {
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        paths = List.copyOf(paths);
    }

    /** A configuration without per-folder settings. */
    public TemplintConfig(String coderVersion, FailOn failOn, Map<String, RuleConfig> rules, String source) {
        this(coderVersion, failOn, rules, source, List.of());
    }

    /** This configuration with another Coder release (e.g. from {@code --coder-version}). */
    public TemplintConfig withCoderVersion(String version) {
        return new TemplintConfig(version, failOn, rules, source, paths);
    }

    /** This configuration with another failure threshold (e.g. from {@code --fail-on}). */
    public TemplintConfig withFailOn(FailOn threshold) {
        return new TemplintConfig(coderVersion, threshold, rules, source, paths);
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
        if (paths.isEmpty() || location == null) {
            return Optional.empty();
        }
        Path base = baseDir();
        Path target = location.toAbsolutePath().normalize();
        if (!target.startsWith(base)) {
            return Optional.empty();
        }
        String relative = base.relativize(target).toString().replace(java.io.File.separatorChar, '/');
        PathConfig found = null;
        for (PathConfig p : paths) {
            if (p.kind() != null && p.pattern().matches(relative)) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
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
        return new TemplintConfig(coderVersion, failOn, map, source, paths);
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
