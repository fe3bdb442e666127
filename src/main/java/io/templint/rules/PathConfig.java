package io.templint.rules;

import io.templint.api.TemplateKind;
import io.templint.hcl.Range;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the configuration says about the folders a glob matches:
 * {@code paths "modules/**" { kind = "module"  rule "unused_variable" { enabled = false } }}. When
 * several blocks match a folder, the last one that sets a value decides: {@code kind}, and each
 * rule's {@code enabled} and {@code severity} on their own, over the top-level rule settings.
 *
 * @param pattern the folder glob, relative to the configuration file's folder
 * @param kind    what the matched folders are, or null when the block does not say
 * @param rules   rule settings for the matched folders, by rule id (empty when the block has none)
 * @param range   where it is configured (the block's header), or null when configured in code
 */
public record PathConfig(PathPattern pattern, Kind kind, Map<String, RuleConfig> rules, Range range) {

    /** The values of {@code kind}. */
    public enum Kind {
        /** Decide by the folder's content and the run's module calls, as without configuration. */
        AUTO,
        /** A Coder template. */
        TEMPLATE,
        /** A module: its caller decides whether it is a Task. */
        MODULE;

        /** The kind this setting forces, or null for {@link #AUTO}. */
        public TemplateKind forced() {
            return switch (this) {
                case AUTO -> null;
                case TEMPLATE -> TemplateKind.TEMPLATE;
                case MODULE -> TemplateKind.MODULE;
            };
        }
    }

    public PathConfig {
        Objects.requireNonNull(pattern, "pattern");
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** A block that sets only {@code kind}. */
    public PathConfig(PathPattern pattern, Kind kind, Range range) {
        this(pattern, kind, Map.of(), range);
    }
}
