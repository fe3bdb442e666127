package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.templint.hcl.Diagnostic;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Module sources and versions that are not literal strings: Terraform 1.15 and later evaluate them
 * at init from constant variables, local values and {@code path.*}; anything else fails in every
 * release, and so does a variable that is not {@code const}.
 */
class ModuleSourceExpressionTest {

    private static final String CHILD = "variable \"x\" {\n  default = 1\n}\n";

    @Test
    void aSourceFromAConstantVariableIsEvaluatedAndLoaded() throws Exception {
        ModuleTree tree = TemplateLoaderTest.memory(Map.of(
            "main.tf", """
                variable "name" {
                  type    = string
                  const   = true
                  default = "example"
                }
                locals {
                  dir = "./modules/${var.name}"
                }
                module "a" {
                  source = "./modules/${var.name}"
                }
                module "b" {
                  source = local.dir
                }
                """,
            "modules/example/main.tf", CHILD));
        assertThat(tree.diagnostics()).isEmpty();
        assertThat(tree.module(ModulePath.parse("module.a")).dir()).isEqualTo("modules/example");
        assertThat(tree.module(ModulePath.parse("module.b")).dir()).isEqualTo("modules/example");
        assertThat(tree.unresolved()).isEmpty();
    }

    @Test
    void aVarValueAndAVariableFileSetAConstantSource() throws Exception {
        Map<String, String> files = Map.of(
            "main.tf", "variable \"name\" {\n  const = true\n}\nmodule \"a\" {\n  source = \"./${var.name}\"\n}\n",
            "terraform.tfvars", "name = \"fromfile\"\n",
            "fromfile/main.tf", CHILD,
            "fromvar/main.tf", CHILD);
        assertThat(TemplateLoaderTest.memory(files).module(ModulePath.parse("module.a")).dir()).isEqualTo("fromfile");
        ModuleTree withVar = TemplateLoader.load(TemplateLoaderTest.source(files),
            LoadOptions.DEFAULTS.withVariables(Map.of("name", "fromvar")));
        assertThat(withVar.module(ModulePath.parse("module.a")).dir()).isEqualTo("fromvar");
    }

    @Test
    void aConstantWithoutAValueLeavesTheModuleUnresolvedWithAWarning() throws Exception {
        ModuleTree tree = TemplateLoaderTest.memory(Map.of(
            "main.tf", "variable \"name\" {\n  const = true\n}\nmodule \"a\" {\n  source = \"./${var.name}\"\n}\n"));
        assertThat(tree.unresolved()).extracting(UnresolvedModuleCall::address, u -> u.kind().code(),
            UnresolvedModuleCall::source).containsExactly(tuple("module.a", "limit", null));
        assertThat(tree.diagnostics()).extracting(Diagnostic::isError, Diagnostic::summary)
            .containsExactly(tuple(false, "Module source not known"));
    }

    @Test
    void aVariableThatIsNotConstantFailsAtInit() throws Exception {
        ModuleTree tree = TemplateLoaderTest.memory(Map.of(
            "main.tf", "variable \"name\" {\n  default = \"m\"\n}\nmodule \"a\" {\n  source = \"./${var.name}\"\n}\n",
            "m/main.tf", CHILD));
        assertThat(tree.diagnostics()).extracting(Diagnostic::isError, Diagnostic::summary, Diagnostic::detail)
            .containsExactly(tuple(true, "Unknown module source", "Only literal values and const variables can be"
                + " evaluated during init: var.name is not declared with const = true."));
        assertThat(tree.diagnostics().get(0).subject().startLine()).isEqualTo(5);
    }

    @Test
    void otherReferencesAreTerraformsError() throws Exception {
        ModuleTree tree = TemplateLoaderTest.memory(Map.of(
            "main.tf", """
                module "a" {
                  count  = 2
                  source = "./modules/${count.index}"
                }
                module "b" {
                  source  = "registry.coder.com/x/y/coder"
                  version = terraform.workspace
                }
                """));
        assertThat(tree.diagnostics()).extracting(Diagnostic::summary, Diagnostic::detail,
                d -> d.subject().startLine() + ":" + d.subject().startColumn())
            .containsExactly(
                tuple("Invalid module source", "The module source can only reference constant input variables and"
                    + " local values.", "3:25"),
                tuple("Invalid module version", "The module version can only reference constant input variables and"
                    + " local values.", "7:13"));
        assertThat(tree.unresolved()).extracting(u -> u.kind().code()).containsExactly("limit", "not-on-disk");
    }

    @Test
    void aVersionFromAConstantVariableIsNoError() throws Exception {
        ModuleTree tree = TemplateLoaderTest.memory(Map.of(
            "main.tf", "variable \"v\" {\n  const   = true\n  default = \"1.0.0\"\n}\n"
                + "module \"a\" {\n  source  = \"registry.coder.com/x/y/coder\"\n  version = var.v\n}\n"));
        assertThat(tree.diagnostics()).isEmpty();
    }
}
