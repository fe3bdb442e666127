package io.templint.rules.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.rules.BuiltinRules;
import io.templint.rules.Rule;
import io.templint.rules.RuleEngine;
import io.templint.rules.RuleFinding;
import io.templint.rules.testing.FixtureAnalysis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * As {@code tflint --recursive}: every rule shared with tflint checks each local module of the
 * template, reporting in the module's own files; a downloaded module is no folder tflint lints.
 */
class TflintRecursiveTest {

    private static final String OFFENDING = """
        terraform {
          required_version = ">= 1.0"
          backend "remote" {}
        }
        variable "untyped" {}
        variable "zone" {
          type = string
        }
        locals {
          unread  = 1
          first   = [var.zone].0
          wrapped = "${var.zone}"
          looked  = lookup({ a = var.zone }, "a")
          empty   = [var.zone] == []
          twice   = { a = 1, a = 2 }
          ws      = terraform.workspace
        }
        data "http" "unread" {
          url = "https://example.com"
        }
        provider "http" {
          alias = "unused"
        }
        module "pinned" {
          source = "git::https://example.org/net.git"
        }
        module "registry" {
          source = "acme/net/aws"
        }
        """;

    private static final List<String> SHARED = List.of("terraform_deprecated_index", "terraform_deprecated_interpolation",
        "terraform_deprecated_lookup", "terraform_empty_list_equality", "terraform_map_duplicate_keys",
        "terraform_module_pinned_source", "terraform_module_version", "terraform_required_providers",
        "terraform_typed_variables", "terraform_unused_declarations", "terraform_workspace_remote",
        "unused_variable", "unused_local");

    @Test
    void everySharedRuleChecksEachLocalModuleInItsOwnFiles() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("main.tf", """
            terraform {
              required_version = ">= 1.5"
              required_providers {
                http = {
                  source  = "hashicorp/http"
                  version = "3.4.0"
                }
              }
            }
            module "app" {
              source = "./modules/app"
              zone   = "eu"
            }
            """);
        sources.put("modules/app/main.tf", OFFENDING);
        Rule[] rules = BuiltinRules.all().stream().filter(r -> SHARED.contains(r.id())
            || r.id().equals("terraform_required_version")).toArray(Rule[]::new);
        List<RuleFinding> findings = RuleEngine.of(rules).run(FixtureAnalysis.analyse("tpl", sources)).findings();

        assertThat(findings).extracting(RuleFinding::ruleId).containsAll(SHARED)
            .doesNotContain("terraform_required_version"); // both modules set it
        assertThat(findings).allSatisfy(f -> assertThat(f.range().filename()).isEqualTo("modules/app/main.tf"));
    }

    @Test
    void aDownloadedModuleIsNotLinted() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("main.tf", """
            terraform {
              required_version = ">= 1.5"
            }
            module "app" {
              source  = "acme/app/aws"
              version = "1.0.0"
            }
            """);
        sources.put(".terraform/modules/modules.json",
            "{\"Modules\":[{\"Key\":\"\",\"Source\":\"\",\"Dir\":\".\"},"
                + "{\"Key\":\"app\",\"Source\":\"acme/app/aws\",\"Version\":\"1.0.0\","
                + "\"Dir\":\".terraform/modules/app\"}]}");
        sources.put(".terraform/modules/app/main.tf", OFFENDING);
        Rule[] rules = BuiltinRules.all().stream().filter(r -> r.id().startsWith("terraform_")
            && !r.id().startsWith("terraform_deprecated_") && !r.id().equals("terraform_duplicate_declaration"))
            .toArray(Rule[]::new);
        io.templint.rules.AnalysedTemplate t = FixtureAnalysis.analyse("tpl", sources);
        // the module is loaded (the Coder analysis reads it) but is not among the files rules check
        assertThat(t.get(io.templint.rules.TerraformFacts.MODULE_TREE).modules().values())
            .extracting(m -> m.dir()).contains(".terraform/modules/app");
        assertThat(t.files()).extracting(f -> f.name()).containsExactly("main.tf");
        List<RuleFinding> findings = RuleEngine.of(rules).run(t).findings();
        assertThat(findings).noneMatch(f -> f.range().filename().startsWith(".terraform/"));
    }
}
