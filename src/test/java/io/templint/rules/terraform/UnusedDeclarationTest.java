package io.templint.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.SourceFile;
import io.templint.rules.AnalysedTemplate;
import io.templint.rules.RuleEngine;
import io.templint.rules.RuleFinding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Module scoping of the unused-declaration rules, which fixtures (one folder, one module) cannot show. */
class UnusedDeclarationTest {

    private static List<String> run(String... nameAndText) {
        List<HclFile> files = new ArrayList<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            HclFile f = Hcl.parse(SourceFile.of(nameAndText[i], nameAndText[i + 1]));
            assertThat(f.diagnostics()).as(nameAndText[i]).isEmpty();
            files.add(f);
        }
        return RuleEngine.of(new UnusedVariableRule(), new UnusedLocalRule())
            .run(AnalysedTemplate.of("tpl", files)).findings().stream()
            .map((RuleFinding f) -> f.range().filename() + ":" + f.range().startLine() + " " + f.ruleId())
            .toList();
    }

    @Test
    void aReferenceCountsOnlyInItsOwnModule() {
        assertThat(run(
            "main.tf", "variable \"x\" {}\nmodule \"child\" {\n  source = \"./modules/child\"\n  x = var.x\n}\n",
            "modules/child/main.tf", "variable \"x\" {}\nvariable \"y\" {}\noutput \"y\" {\n  value = var.y\n}\n"))
            .containsExactly("modules/child/main.tf:1 unused_variable");
    }

    @Test
    void overrideFilesNeitherDeclareNorHide() {
        assertThat(run(
            "main.tf", "variable \"x\" {}\nlocals {\n  a = 1\n}\n",
            "override.tf", "variable \"x\" {\n  default = 1\n}\nlocals {\n  a = 2\n}\noutput \"o\" {\n  value = var.x\n}\n"))
            .containsExactly("main.tf:3 unused_local");
    }

    @Test
    void referencesInJsonFilesCount() {
        assertThat(run(
            "main.tf", "variable \"x\" {}\nvariable \"y\" {}\n",
            "out.tf.json", "{\"output\": {\"o\": {\"value\": \"${var.x}\"}}}"))
            .containsExactly("main.tf:2 unused_variable");
    }

    @Test
    void aDuplicateIsReportedAsUnusedOnceAndASelfReferenceNotAtAll() {
        // the duplicate and the cycle are errors of their own (terraform_duplicate_declaration, terraform)
        assertThat(run("main.tf", "variable \"x\" {}\nvariable \"x\" {}\nlocals {\n  a = 1\n}\n"
            + "locals {\n  self = local.self\n  b = \"${local.b}\"\n  c = 1\n}\nlocals {\n  c = 2\n  a = 2\n}\n"))
            .containsExactly("main.tf:1 unused_variable", "main.tf:4 unused_local", "main.tf:9 unused_local");
    }

    @Test
    void objectKeysAndForVariablesAreNoUses() {
        assertThat(run("main.tf", "variable \"x\" {}\nlocals {\n  y = 1\n}\n"
            + "output \"o\" {\n  value = { var = 1, local = 2, a = [for local in [1] : local.y] }\n}\n"))
            .containsExactly("main.tf:1 unused_variable", "main.tf:3 unused_local");
    }
}
