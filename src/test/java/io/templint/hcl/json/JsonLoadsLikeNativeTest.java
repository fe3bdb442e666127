package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import io.templint.terraform.LoadOptions;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import io.templint.terraform.TemplateLoader;
import io.templint.terraform.source.TemplateSource;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end through the Terraform module layer: a template written in JSON loads into the same
 * module model (resources, variables, module calls, their meta-arguments, diagnostics) as its
 * native-syntax twin.
 */
class JsonLoadsLikeNativeTest {

    private static ModuleTree load(String fixture, String ext) throws Exception {
        byte[] bytes = Files.readAllBytes(JsonFixtures.ROOT.resolve("valid/" + fixture + ext));
        return TemplateLoader.load(TemplateSource.files(fixture, Map.of("main" + ext, bytes)), LoadOptions.DEFAULTS);
    }

    private static List<String> resources(ModuleTree tree) {
        return tree.resources().stream().map(JsonLoadsLikeNativeTest::describe).toList();
    }

    private static String describe(Resource r) {
        return r.mode() + " " + r.type() + "." + r.name() + " count=" + (r.count() != null)
            + " provider=" + (r.provider() != null) + " dependsOn=" + r.dependsOn().size();
    }

    @ParameterizedTest
    @ValueSource(strings = {"all-blocks", "coder-task"})
    void jsonTemplateLoadsLikeItsNativeTwin(String fixture) throws Exception {
        ModuleTree json = load(fixture, ".tf.json");
        ModuleTree nativeTwin = load(fixture, ".tf");

        assertThat(resources(json)).isEqualTo(resources(nativeTwin)).isNotEmpty();
        assertThat(json.root().variables().keySet()).isEqualTo(nativeTwin.root().variables().keySet());
        assertThat(json.root().moduleCalls().keySet()).isEqualTo(nativeTwin.root().moduleCalls().keySet());
        assertThat(json.root().outputs().keySet()).isEqualTo(nativeTwin.root().outputs().keySet());
        assertThat(json.diagnostics()).extracting(Diagnostic::summary)
            .isEqualTo(nativeTwin.diagnostics().stream().map(Diagnostic::summary).toList());
    }
}
