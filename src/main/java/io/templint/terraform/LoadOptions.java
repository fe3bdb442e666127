package io.templint.terraform;

import io.templint.eval.EvalLimits;
import io.templint.hcl.ParseOptions;
import io.templint.terraform.source.SourceLimits;
import java.nio.file.Path;
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
 *                       syntax such as {@code ["a","b"]} for collections); they take precedence
 *                       over variable definition files
 * @param readVariableFiles whether the root module's {@code terraform.tfvars},
 *                       {@code terraform.tfvars.json} and {@code *.auto.tfvars[.json]} give
 *                       variable values, as they do for {@code terraform plan}
 * @param evalLimits     bounds on the static evaluation of the loaded tree ({@link ModuleTree#evaluation()})
 * @param maxInstances   most instances the evaluation expands for one resource or module call; a
 *                       larger {@code count} or {@code for_each} leaves its instances unknown, with a
 *                       warning (Terraform accepts it, so the configuration is not wrong)
 * @param moduleRoot     for a template folder on disk, the farthest folder up from which local
 *                       module sources ({@code ../../modules/x}) are read; null (the default) for
 *                       the repository root: the nearest folder at or above the template that holds
 *                       {@code .git}, else the template folder itself. A source beyond it is not
 *                       read: the module is unresolved ({@code outside-root}) with a warning.
 *                       Archives and uploads are always their own root.
 * @param moduleCatalog  whether a Coder registry module call that is not installed in
 *                       {@code .terraform/modules} is resolved from templint's offline catalog of
 *                       registry agent modules ({@link ModuleCatalog}); off by default (an import
 *                       pipeline has the modules after {@code terraform init}), on in the command line.
 *                       Modules on disk always win.
 */
public record LoadOptions(SourceLimits sourceLimits, ParseOptions parseOptions, int maxModuleDepth, int maxModules,
                          Map<String, String> variables, boolean readVariableFiles, EvalLimits evalLimits,
                          int maxInstances, Path moduleRoot, boolean moduleCatalog) {

    /** The default of {@link #maxInstances()}: far more than a Coder template creates of anything. */
    public static final int DEFAULT_MAX_INSTANCES = 10_000;

    /**
     * Safe defaults: {@link SourceLimits#DEFAULTS}, {@link ParseOptions#DEFAULTS}, depth 32, 1000
     * modules, no {@code -var} values, variable definition files read, {@link EvalLimits#DEFAULTS},
     * {@value #DEFAULT_MAX_INSTANCES} instances, local modules read up to the repository root.
     */
    public static final LoadOptions DEFAULTS = new LoadOptions(SourceLimits.DEFAULTS, ParseOptions.DEFAULTS, 32, 1000,
        Map.of(), true, EvalLimits.DEFAULTS, DEFAULT_MAX_INSTANCES, null, false);

    public LoadOptions {
        Objects.requireNonNull(sourceLimits, "sourceLimits");
        Objects.requireNonNull(parseOptions, "parseOptions");
        Objects.requireNonNull(evalLimits, "evalLimits");
        if (maxModuleDepth < 0 || maxModules < 1) {
            throw new IllegalArgumentException("module limits must be positive");
        }
        if (maxInstances < 0) {
            throw new IllegalArgumentException("maxInstances must not be negative");
        }
        variables = Map.copyOf(variables);
    }

    /** Options without the module catalog (see {@link #moduleCatalog()}). */
    public LoadOptions(SourceLimits sourceLimits, ParseOptions parseOptions, int maxModuleDepth, int maxModules,
                       Map<String, String> variables, boolean readVariableFiles, EvalLimits evalLimits,
                       int maxInstances, Path moduleRoot) {
        this(sourceLimits, parseOptions, maxModuleDepth, maxModules, variables, readVariableFiles, evalLimits,
            maxInstances, moduleRoot, false);
    }

    /** A copy that does or does not resolve registry modules not on disk from the module catalog. */
    public LoadOptions withModuleCatalog(boolean on) {
        return new LoadOptions(sourceLimits, parseOptions, maxModuleDepth, maxModules, variables, readVariableFiles,
            evalLimits, maxInstances, moduleRoot, on);
    }

    /** A copy with other source limits. */
    public LoadOptions withSourceLimits(SourceLimits limits) {
        return new LoadOptions(limits, parseOptions, maxModuleDepth, maxModules, variables, readVariableFiles, evalLimits,
            maxInstances, moduleRoot, moduleCatalog);
    }

    /** A copy with other module limits. */
    public LoadOptions withModuleLimits(int depth, int modules) {
        return new LoadOptions(sourceLimits, parseOptions, depth, modules, variables, readVariableFiles, evalLimits,
            maxInstances, moduleRoot, moduleCatalog);
    }

    /** A copy with values for the root module's variables. */
    public LoadOptions withVariables(Map<String, String> values) {
        return new LoadOptions(sourceLimits, parseOptions, maxModuleDepth, maxModules, values, readVariableFiles, evalLimits,
            maxInstances, moduleRoot, moduleCatalog);
    }

    /** A copy that does or does not read the root module's variable definition files. */
    public LoadOptions withVariableFiles(boolean read) {
        return new LoadOptions(sourceLimits, parseOptions, maxModuleDepth, maxModules, variables, read, evalLimits,
            maxInstances, moduleRoot, moduleCatalog);
    }

    /** A copy with other evaluation limits. */
    public LoadOptions withEvalLimits(EvalLimits limits) {
        return new LoadOptions(sourceLimits, parseOptions, maxModuleDepth, maxModules, variables, readVariableFiles,
            limits, maxInstances, moduleRoot, moduleCatalog);
    }

    /** A copy with other parse limits. */
    public LoadOptions withParseOptions(ParseOptions options) {
        return new LoadOptions(sourceLimits, options, maxModuleDepth, maxModules, variables, readVariableFiles,
            evalLimits, maxInstances, moduleRoot, moduleCatalog);
    }

    /** A copy that expands at most {@code max} instances of one resource or module call. */
    public LoadOptions withMaxInstances(int max) {
        return new LoadOptions(sourceLimits, parseOptions, maxModuleDepth, maxModules, variables, readVariableFiles,
            evalLimits, max, moduleRoot, moduleCatalog);
    }

    /**
     * A copy that reads local module sources of a template folder up to {@code root} (see
     * {@link #moduleRoot()}); null for the repository root.
     */
    public LoadOptions withModuleRoot(Path root) {
        return new LoadOptions(sourceLimits, parseOptions, maxModuleDepth, maxModules, variables, readVariableFiles,
            evalLimits, maxInstances, root, moduleCatalog);
    }
}
