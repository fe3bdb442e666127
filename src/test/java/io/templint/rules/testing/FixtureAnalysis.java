package io.templint.rules.testing;

import io.templint.hcl.HclFile;
import io.templint.rules.AnalysedTemplate;
import java.util.List;

/**
 * How fixture tests turn parsed files into an {@link AnalysedTemplate}. Today: the files alone.
 * When the module model, values and Coder facts exist, this is the one place that adds them, so
 * every rule's fixtures see the same analysis the CLI does.
 */
public final class FixtureAnalysis {

    private FixtureAnalysis() { }

    /** The analysed template of a fixture. */
    public static AnalysedTemplate analyse(String templatePath, List<HclFile> files) {
        return AnalysedTemplate.of(templatePath, files);
    }
}
