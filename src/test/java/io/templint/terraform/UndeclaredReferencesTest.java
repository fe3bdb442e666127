package io.templint.terraform;

import static io.templint.terraform.TemplateLoaderTest.memory;
import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Terraform's errors for references to objects a module does not declare, where Terraform raises them. */
class UndeclaredReferencesTest {

    /** Each error as "file:line,col-line,col: summary; detail". */
    private static List<String> errors(Map<String, String> files) throws Exception {
        return memory(files).diagnostics().stream().filter(Diagnostic::isError)
            .map(d -> d.subject().filename() + ":" + d.subject().startLine() + "," + d.subject().startColumn() + "-"
                + d.subject().endLine() + "," + d.subject().endColumn() + ": " + d.summary() + "; " + d.detail())
            .toList();
    }

    private static List<String> errors(String main) throws Exception {
        return errors(Map.of("main.tf", main));
    }

    @Test
    void undeclaredInputVariables() throws Exception {
        assertThat(errors("""
            variable "region" {}
            output "a" { value = var.regoin }
            output "b" { value = var.nope.x }
            """)).containsExactly(
            "main.tf:2,22-2,32: Reference to undeclared input variable; An input variable with the name \"regoin\""
                + " has not been declared. Did you mean \"region\"?",
            "main.tf:3,22-3,30: Reference to undeclared input variable; An input variable with the name \"nope\""
                + " has not been declared. This variable can be declared with a variable \"nope\" {} block.");
    }

    @Test
    void undeclaredLocalValues() throws Exception {
        assertThat(errors("""
            locals {
              name = "x"
              a    = local.nam
              b    = local.other
            }
            output "a" { value = [local.a, local.b] }
            """)).containsExactly(
            "main.tf:3,10-3,19: Reference to undeclared local value; A local value with the name \"nam\" has not"
                + " been declared. Did you mean \"name\"?",
            "main.tf:4,10-4,21: Reference to undeclared local value; A local value with the name \"other\" has not"
                + " been declared.");
    }

    @Test
    void undeclaredModuleCalls() throws Exception {
        assertThat(errors(Map.of("main.tf", """
            module "network" { source = "./net" }
            output "a" { value = module.netwrk.id }
            output "b" { value = module.nope[0].id }
            output "c" { value = module.nope }
            output "d" { value = module.network.id }
            """, "net/main.tf", "output \"id\" { value = 1 }\n"))).containsExactly(
            "main.tf:2,22-2,38: Reference to undeclared module; No module call named \"netwrk\" is declared in the"
                + " root module. Did you mean \"network\"?",
            "main.tf:3,22-3,39: Reference to undeclared module; No module call named \"nope\" is declared in the"
                + " root module.",
            "main.tf:4,22-4,33: Reference to undeclared module; No module call named \"nope\" is declared in the"
                + " root module.");
    }

    @Test
    void undeclaredResourcesAndDataSources() throws Exception {
        assertThat(errors("""
            data "coder_parameter" "p" {}
            resource "coder_agent" "main" {}
            output "a" { value = coder_parameter.p.value }
            output "b" { value = data.coder_parameter.q.value }
            output "c" { value = coder_agent.other[0].id }
            output "d" { value = ephemeral.random_password.p.result }
            output "e" { value = resource.coder_agent.main.id }
            """)).containsExactly(
            "main.tf:3,22-3,39: Reference to undeclared resource; A managed resource \"coder_parameter\" \"p\" has"
                + " not been declared in the root module.\n\nDid you mean the data resource data.coder_parameter.p?",
            "main.tf:4,22-4,44: Reference to undeclared resource; A data resource \"coder_parameter\" \"q\" has not"
                + " been declared in the root module.",
            "main.tf:5,22-5,42: Reference to undeclared resource; A managed resource \"coder_agent\" \"other\" has"
                + " not been declared in the root module.",
            "main.tf:6,22-6,49: Reference to undeclared resource; An ephemeral resource \"random_password\" \"p\""
                + " has not been declared in the root module.");
    }

    @Test
    void childModulesAreNamedByTheirPath() throws Exception {
        assertThat(errors(Map.of("main.tf", "module \"app\" { source = \"./app\" }\n",
            "app/main.tf", "output \"x\" { value = coder_app.nope.id }\n"))).containsExactly(
            "app/main.tf:1,22-1,36: Reference to undeclared resource; A managed resource \"coder_app\" \"nope\" has"
                + " not been declared in module.app.");
    }

    @Test
    void namesThatAreNoDeclarationsAreNotReported() throws Exception {
        assertThat(errors("""
            variable "items" { type = list(string) }
            resource "coder_app" "a" {
              count    = length(var.items)
              slug     = "${count.index}-${path.module}-${terraform.workspace}"
              env      = { path = "/x", count = 1, terraform = "t", API = "a" }
              names    = [for item in var.items : item.name if item.ok]
              keyed    = { for k, v in var.items : k => v.value }
              dynamic "setting" {
                for_each = var.items
                content {
                  name  = setting.value
                  other = setting.key
                }
              }
              dynamic "other" {
                for_each = var.items
                iterator = it
                labels   = [it.key]
                content {
                  name = it.value
                }
              }
              provisioner "local-exec" {
                command = "echo ${self.id}"
                environment = { TOKEN = self.input.token }
              }
              lifecycle {
                ignore_changes = [tags, path]
              }
            }
            resource "coder_app" "b" {
              for_each = toset(var.items)
              slug     = "${each.key}-${each.value}"
            }
            moved {
              from = coder_app.old
              to   = coder_app.a
            }
            removed {
              from = coder_app.gone
            }
            check "health" {
              data "http" "probe" { url = "https://example.com" }
              assert {
                condition     = data.http.probe.status_code == 200
                error_message = "down"
              }
            }
            """)).isEmpty();
    }

    @Test
    void modulesThatAreNotLoadedAreNotGuessedAt() throws Exception {
        assertThat(errors("""
            module "remote" { source = "registry.example.com/a/b/c" }
            output "a" { value = module.remote.anything }
            """)).isEmpty();
    }

    @Test
    void aModuleThatDoesNotLoadCleanlyIsNotChecked() throws Exception {
        // Terraform stops at the loading error; a declaration may be missing because of it
        assertThat(errors("""
            variable "a" {}
            variable "a" {}
            output "x" { value = var.nope }
            """)).extracting(e -> e.substring(e.indexOf(": ") + 2, e.indexOf(';')))
            .containsExactly("Duplicate variable declaration");
    }

    @Test
    void undeclaredResourcesStopTheEvaluationOfTheirExpression() throws Exception {
        // Terraform validates resource and module references first and evaluates nothing when that fails
        assertThat(errors("""
            resource "coder_app" "a" {
              slug = coder_agent.nope.id
              url  = var.nope
            }
            output "x" { value = var.nope }
            """)).extracting(e -> e.substring(0, e.indexOf(';'))).containsExactly(
            "main.tf:2,10-2,26: Reference to undeclared resource",
            "main.tf:5,22-5,30: Reference to undeclared input variable");
    }

    @Test
    void jsonExpressionsAreChecked() throws Exception {
        assertThat(errors(Map.of("main.tf.json", """
            {"output": {"a": {"value": "${var.nope}"}}, "locals": {"m": {"path": "/x", "${local.k}": 1}}}
            """))).extracting(e -> e.substring(e.indexOf(": ") + 2, e.indexOf(';'))).containsExactly(
            "Reference to undeclared input variable", "Reference to undeclared local value");
    }

    @Test
    void jsonDynamicBlocksNestedInBlocksBindTheirIterators() throws Exception {
        // without the provider's schema "statement" reads as an object argument, its "dynamic" as a key
        assertThat(errors(Map.of("main.tf.json", """
            {"variable": {"c": {}}, "data": {"aws_iam_policy_document": {"d": {"statement": [{
              "dynamic": {"condition": {"for_each": "${var.c}", "content": {"test": "${condition.value.test}"}},
                          "other": [{"for_each": "${var.c}", "iterator": "it", "content": {"v": "${it.value}"}}]},
              "sid": "${nope.x}"}]}}}}
            """))).extracting(e -> e.substring(e.indexOf(": ") + 2)).containsExactly(
            "Reference to undeclared resource; A managed resource \"nope\" \"x\" has not been declared in the root"
                + " module.");
    }

    @Test
    void destroyProvisionersMayUseObjectKeysThatLookLikeReferences() throws Exception {
        assertThat(errors("""
            locals { user = "u" }
            resource "coder_app" "a" {
              provisioner "local-exec" {
                when        = destroy
                command     = "echo"
                environment = { API = "x", TOKEN = self.input.token, path = "/x" }
                interpreter = [local.user]
              }
            }
            """)).extracting(e -> e.substring(0, e.indexOf(';'))).containsExactly(
            "main.tf:7,20-7,30: Invalid reference from destroy provisioner");
    }

    @Test
    void fixedObjectAttributesAreCheckedOnlyWhereTerraformEvaluates() throws Exception {
        assertThat(errors("""
            resource "coder_app" "a" {
              for_each = toset(["x"])
              slug     = each.val
              url      = terraform.env
              lifecycle {
                ignore_changes = [count, path]
              }
            }
            output "o" { value = count }
            """)).containsExactly(
            "main.tf:3,14-3,22: Invalid \"each\" attribute; The \"each\" object does not have an attribute named"
                + " \"val\". The supported attributes are each.key and each.value, the current key and value pair of"
                + " the \"for_each\" attribute set.",
            "main.tf:4,14-4,27: Invalid \"terraform\" attribute; The terraform.env attribute was deprecated in v0.10"
                + " and removed in v0.12. The \"state environment\" concept was renamed to \"workspace\" in v0.12, and"
                + " so the workspace name can now be accessed using the terraform.workspace attribute.",
            "main.tf:9,22-9,27: Invalid reference; The \"count\" object cannot be accessed directly. Instead, access"
                + " one of its attributes.");
    }

    @Test
    void replaceTriggeredByAllowsResourcesCountIndexAndEachKey() throws Exception {
        assertThat(errors("""
            resource "coder_app" "b" {}
            resource "coder_app" "a" {
              for_each = toset(["x"])
              lifecycle {
                replace_triggered_by = [coder_app.b[each.val], not_a_reference, var.x, coder_app.b.id]
              }
            }
            """)).extracting(e -> e.substring(0, e.indexOf(';'))).containsExactly(
            "main.tf:5,29-5,50: Invalid each reference in replace_triggered_by expression",
            "main.tf:5,52-5,67: Invalid reference",
            "main.tf:5,69-5,74: Invalid reference in replace_triggered_by expression",
            "main.tf:5,69-5,74: Invalid replace_triggered_by expression");
    }
}
