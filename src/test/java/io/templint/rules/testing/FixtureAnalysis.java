package io.templint.rules.testing;

import io.templint.api.TemplateKind;
import io.templint.coder.CoderAnalysis;
import io.templint.coder.CoderRelease;
import io.templint.coder.ModuleSignature;
import io.templint.rules.AnalysedTemplate;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.LoadOptions;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.TemplateLoader;
import io.templint.terraform.source.TemplateSource;
import io.templint.terraform.source.TemplateSourceException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How fixture tests turn a fixture's files into an {@link AnalysedTemplate}: the way the CLI does,
 * through the loader, so rules see the module tree ({@link TerraformFacts#MODULE_TREE}), the
 * Coder facts ({@link AnalysisFacts#CODER}) and the folder's kind ({@link AnalysisFacts#KIND}: a
 * module when its code says so, {@link ModuleSignature}).
 */
public final class FixtureAnalysis {

    private FixtureAnalysis() { }

    /** The analysed template of a fixture (file name inside the template to text), for the default release. */
    public static AnalysedTemplate analyse(String templatePath, Map<String, String> sources) {
        return analyse(templatePath, sources, CoderRelease.defaultRelease());
    }

    /** The analysed template of a fixture, with the Coder facts of {@code release}. */
    public static AnalysedTemplate analyse(String templatePath, Map<String, String> sources, CoderRelease release) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        sources.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        try {
            ModuleTree tree = TemplateLoader.load(TemplateSource.files(templatePath, bytes), LoadOptions.DEFAULTS);
            AnalysedTemplate base = TerraformFacts.template(templatePath, tree);
            return AnalysedTemplate.builder(templatePath).files(base.files())
                .put(TerraformFacts.MODULE_TREE, tree)
                .put(AnalysisFacts.CODER, CoderAnalysis.analyze(tree, release))
                .put(AnalysisFacts.KIND, ModuleSignature.of(tree.root()) != null ? TemplateKind.MODULE
                    : TemplateKind.TEMPLATE)
                .build();
        } catch (TemplateSourceException e) {
            throw new AssertionError(templatePath + ": the loader rejected the fixture: " + e.getMessage(), e);
        }
    }
}
