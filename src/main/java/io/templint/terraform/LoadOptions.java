package io.templint.terraform;

import io.templint.hcl.ParseOptions;
import io.templint.terraform.source.SourceLimits;
import java.util.Map;
import java.util.Objects;

/**
 * How a template is loaded.
 *
 * @param sourceLimits   limits on reading the template's files
 * @param parseOptions   limits on parsing each file
 * @param maxModuleDepth deepest module nesting followed (the root is depth 0); deeper calls get a diagnostic
 * @param maxModules     most modules loaded in one tree; further calls get a diagnostic
 * @param variables      values for the root module's variables, like Terraform's {@code -var name=value}:
 *                       the value as typed on a command line (a string for a string variable, HCL
 *                       syntax such as {@code ["a","b"]} for collections)
 */
public record LoadOptions(SourceLimits sourceLimits, ParseOptions parseOptions, int maxModuleDepth, int maxModules,
                          Map<String, String> variables) {

    /** Safe defaults: {@link SourceLimits#DEFAULTS}, {@link ParseOptions#DEFAULTS}, depth 32, 1000 modules. */
    public static final LoadOptions DEFAULTS =
        new LoadOptions(SourceLimits.DEFAULTS, ParseOptions.DEFAULTS, 32, 1000, Map.of());

    public LoadOptions {
        Objects.requireNonNull(sourceLimits, "sourceLimits");
        Objects.requireNonNull(parseOptions, "parseOptions");
        if (maxModuleDepth < 0 || maxModules < 1) {
            throw new IllegalArgumentException("module limits must be positive");
        }
        variables = Map.copyOf(variables);
    }

    /** A copy with other source limits. */
    public LoadOptions withSourceLimits(SourceLimits limits) {
        return new LoadOptions(limits, parseOptions, maxModuleDepth, maxModules, variables);
    }

    /** A copy with other module limits. */
    public LoadOptions withModuleLimits(int depth, int modules) {
        return new LoadOptions(sourceLimits, parseOptions, depth, modules, variables);
    }

    /** A copy with values for the root module's variables. */
    public LoadOptions withVariables(Map<String, String> values) {
        return new LoadOptions(sourceLimits, parseOptions, maxModuleDepth, maxModules, values);
    }
}
