package io.templint.cli;

import io.templint.api.TemplateKind;
import io.templint.rules.TemplintConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@code templint check} hands to the {@link Analyzer}.
 *
 * @param inputs       the templates, in the order given
 * @param coderVersion the Coder release to apply ({@code X.Y}): {@code --coder-version}, else the
 *                     config's {@code coder_version}, else null for the default rule
 *                     ({@link #DEFAULT_CODER_VERSION})
 * @param config       the configuration ({@code --config FILE} or the discovered
 *                     {@code .templint.hcl}); {@link TemplintConfig#EMPTY} when there is none
 * @param keepSources  whether {@link AnalysisResult#sources()} must hold the text of the files
 *                     the report names (the output shows code frames); when false it may be empty
 * @param progress     told as each template starts
 * @param kind         {@code --kind}: what every input is, or null to decide per folder
 * @param moduleRoot   {@code --root}: how far up a folder's local module sources may be read; null
 *                     for each folder's repository root
  * @param jobs         {@code --jobs}: how many templates may be analysed at once (1: one after
  *                     another on the calling thread); the report is the same whatever the number
  * @param configs      the configuration of each input, in the order of {@code inputs} (each
  *                     template's own discovered {@code .templint.hcl}); empty when {@code config}
  *                     applies to all
  * @param moduleCatalog {@code --module-catalog}: whether registry modules not on disk are resolved
  *                     from templint's module catalog (on by default in the command line)
  */
record AnalysisRequest(List<TemplateInput> inputs, String coderVersion, TemplintConfig config,
                              boolean keepSources, Progress progress, TemplateKind kind, Path moduleRoot,
                              int jobs, List<TemplintConfig> configs, boolean moduleCatalog) {

    /** The release whose rule applies by default: 2.24 - 2.27, the rule the Tasks documentation states. */
    public static final String DEFAULT_CODER_VERSION = "2.27";

    public AnalysisRequest {
        inputs = List.copyOf(inputs);
        config = config == null ? TemplintConfig.EMPTY : config;
        progress = progress == null ? Progress.NONE : progress;
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        configs = List.copyOf(configs);
        if (!configs.isEmpty() && configs.size() != inputs.size()) {
            throw new IllegalArgumentException("one configuration per input: " + configs.size() + " for "
                + inputs.size() + " inputs");
        }
    }

    /**
     * A request that analyses one template after another, with one configuration for every input and the
     * module catalog on, as the command line has it by default.
     */
    AnalysisRequest(List<TemplateInput> inputs, String coderVersion, TemplintConfig config, boolean keepSources,
                    Progress progress, TemplateKind kind, Path moduleRoot) {
        this(inputs, coderVersion, config, keepSources, progress, kind, moduleRoot, 1, List.of(), true);
    }

    /** The configuration of the input at {@code index}. */
    public TemplintConfig configOf(int index) {
        return configs.isEmpty() ? config : configs.get(index);
    }

    /** A request that decides each input's kind on its own and reads each folder's local modules up to its repository root. */
    AnalysisRequest(List<TemplateInput> inputs, String coderVersion, TemplintConfig config, boolean keepSources,
                    Progress progress) {
        this(inputs, coderVersion, config, keepSources, progress, null, null);
    }

    /** The Coder release to apply: the one given, or the default. */
    public String effectiveCoderVersion() {
        return Objects.requireNonNullElse(coderVersion, DEFAULT_CODER_VERSION);
    }
}
