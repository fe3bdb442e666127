package io.templint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@code templint check} hands to the {@link Analyzer}.
 *
 * @param inputs       the templates, in the order given
 * @param coderVersion the Coder release given with {@code --coder-version} ({@code X.Y}), or null
 *                     for the default rule ({@link #DEFAULT_CODER_VERSION})
 * @param config       the file given with {@code --config}, or null
 * @param progress     told as each template starts
 */
public record AnalysisRequest(List<TemplateInput> inputs, String coderVersion, Path config, Progress progress) {

    /** The release whose rule applies without {@code --coder-version}: 2.24 - 2.27, the documented rule. */
    public static final String DEFAULT_CODER_VERSION = "2.27";

    public AnalysisRequest {
        inputs = List.copyOf(inputs);
        progress = progress == null ? Progress.NONE : progress;
    }

    /** The Coder release to apply: the one given, or the default. */
    public String effectiveCoderVersion() {
        return Objects.requireNonNullElse(coderVersion, DEFAULT_CODER_VERSION);
    }
}
