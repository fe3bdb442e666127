package io.templint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.HclFile;
import io.templint.terraform.LoadOptions;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.TemplateLoader;
import io.templint.terraform.source.TemplateSource;
import io.templint.terraform.source.TemplateSourceException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TerraformFactsTest {

    private static ModuleTree load() throws TemplateSourceException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        put(files, "main.tf", """
            module "a" {
              source = "./modules/app"
            }
            module "b" {
              source = "./modules/app"
            }
            module "remote" {
              source  = "registry.coder.com/coder/remote/coder"
              version = "1.0.0"
            }
            """);
        put(files, "modules/app/main.tf", "variable \"unused\" {}\n");
        put(files, ".terraform/modules/remote/main.tf", "variable \"also_unused\" {}\n");
        put(files, ".terraform/modules/modules.json", """
            {"Modules":[
              {"Key":"","Source":"","Dir":"."},
              {"Key":"remote","Source":"registry.coder.com/coder/remote/coder","Version":"1.0.0",
               "Dir":".terraform/modules/remote"}
            ]}
            """);
        return TemplateLoader.load(TemplateSource.files("tpl", files), LoadOptions.DEFAULTS);
    }

    private static void put(Map<String, byte[]> files, String name, String text) {
        files.put(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTemplateHoldsTheAuthorsFilesOnceAndTheTree() throws TemplateSourceException {
        ModuleTree tree = load();
        assertThat(tree.modules()).hasSize(4);
        AnalysedTemplate t = TerraformFacts.template("tpl", tree);
        assertThat(t.files()).extracting(HclFile::name).containsExactly("main.tf", "modules/app/main.tf");
        assertThat(t.get(TerraformFacts.MODULE_TREE)).isSameAs(tree);
    }

    @Test
    void rulesNeedingTheTreeRunOnlyWithIt() throws TemplateSourceException {
        Rule counting = TestRules.rule("module_count", Set.of(TerraformFacts.MODULE_TREE), ctx -> ctx.report(
            ctx.files().get(0).body(), ctx.get(TerraformFacts.MODULE_TREE).modules().size() + " modules"));
        RuleEngine engine = RuleEngine.of(counting);
        AnalysedTemplate withTree = TerraformFacts.template("tpl", load());
        assertThat(engine.run(withTree).findings()).extracting(RuleFinding::message).containsExactly("4 modules");
        LintResult without = engine.run(AnalysedTemplate.of("tpl", withTree.files()));
        assertThat(without.findings()).isEmpty();
        assertThat(without.skipped()).containsEntry("module_count", "the template has no terraform.module_tree");
    }
}
