package io.templint.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typical Coder Task templates made from a seed: parameters, an agent with environment and
 * scripts, apps, a Task resource and a local module, 10-30 KB of Terraform. The same seed always
 * gives the same template, so that runs can be compared.
 */
public final class GeneratedTemplates {

    private GeneratedTemplates() { }

    /** The files of template {@code seed}, by path inside the template. */
    public static Map<String, byte[]> template(int seed) {
        int params = 5 + seed % 20;
        int apps = 2 + seed % 5;
        StringBuilder main = new StringBuilder();
        main.append("""
            terraform {
              required_providers {
                coder  = { source = "coder/coder", version = ">= 2.12" }
                docker = { source = "kreuzwerker/docker" }
              }
            }
            data "coder_provisioner" "me" {}
            data "coder_workspace" "me" {}
            data "coder_workspace_owner" "me" {}
            data "coder_parameter" "ai_prompt" {
              name        = "AI Prompt"
              type        = "string"
              default     = ""
              mutable     = true
            }
            """);
        for (int p = 0; p < params; p++) {
            main.append("data \"coder_parameter\" \"p").append(p).append("\" {\n")
                .append("  name         = \"param_").append(p).append("\"\n")
                .append("  display_name = \"Parameter ").append(p).append(" of template ").append(seed).append("\"\n")
                .append("  description  = \"").append("A parameter used to tune the workspace. ".repeat(3)).append("\"\n")
                .append("  type         = \"string\"\n  default      = \"v").append(p % 3).append("\"\n  mutable      = true\n")
                .append("  order        = ").append(p).append('\n');
            for (int o = 0; o < 3; o++) {
                main.append("  option {\n    name  = \"Option ").append(o).append("\"\n    value = \"v").append(o)
                    .append("\"\n    icon  = \"/icon/option-").append(o).append(".svg\"\n  }\n");
            }
            main.append("}\n");
        }
        main.append("""
            locals {
              username = data.coder_workspace_owner.me.name
              home     = "/home/${local.username}"
              envs = {
            """);
        for (int p = 0; p < params; p++) {
            main.append("    PARAM_").append(p).append(" = data.coder_parameter.p").append(p).append(".value\n");
        }
        main.append("""
              }
            }
            variable "api_key" {
              type      = string
              sensitive = true
              default   = ""
            }
            resource "coder_agent" "main" {
              arch           = data.coder_provisioner.me.arch
              os             = "linux"
              startup_script = <<-EOT
                set -e
                mkdir -p ${local.home}/project
                %{ for k, v in local.envs ~}
                echo "${k}=${v}" >> ${local.home}/.env
                %{ endfor ~}
              EOT
              env = merge(local.envs, {
                ANTHROPIC_API_KEY = var.api_key
                GIT_AUTHOR_NAME   = coalesce(data.coder_workspace_owner.me.full_name, local.username)
              })
              metadata {
                display_name = "CPU Usage"
                key          = "cpu"
                script       = "coder stat cpu"
                interval     = 10
              }
            }
            module "claude" {
              source   = "./modules/agentapi"
              agent_id = coder_agent.main.id
              slug     = "claude"
              prompt   = data.coder_parameter.ai_prompt.value
            }
            resource "coder_ai_task" "task" {
              count  = data.coder_workspace.me.start_count
              app_id = module.claude.task_app_id
            }
            """);
        for (int a = 0; a < apps; a++) {
            main.append("resource \"coder_app\" \"app").append(a).append("\" {\n")
                .append("  agent_id     = coder_agent.main.id\n  slug         = \"app-").append(a).append("\"\n")
                .append("  display_name = \"App ").append(a).append("\"\n  url          = \"http://localhost:")
                .append(8000 + a).append("\"\n  share        = \"owner\"\n  subdomain    = ").append(a % 2 == 0)
                .append("\n  healthcheck {\n    url       = \"http://localhost:").append(8000 + a)
                .append("/health\"\n    interval  = 5\n    threshold = 6\n  }\n}\n");
        }
        main.append("""
            resource "docker_container" "workspace" {
              count    = data.coder_workspace.me.start_count
              image    = "codercom/enterprise-base:ubuntu"
              name     = "coder-${data.coder_workspace_owner.me.name}-${lower(data.coder_workspace.me.name)}"
              hostname = data.coder_workspace.me.name
              entrypoint = ["sh", "-c", replace(coder_agent.main.init_script, "/localhost|127\\\\.0\\\\.0\\\\.1/", "host.docker.internal")]
              env      = ["CODER_AGENT_TOKEN=${coder_agent.main.token}"]
            }
            """);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("main.tf", main.toString().getBytes(StandardCharsets.UTF_8));
        files.put("modules/agentapi/main.tf", MODULE.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Writes template {@code seed} into {@code dir}. */
    public static void write(int seed, Path dir) {
        try {
            for (Map.Entry<String, byte[]> f : template(seed).entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String MODULE = """
        variable "agent_id" { type = string }
        variable "slug" { type = string }
        variable "prompt" {
          type    = string
          default = ""
        }
        resource "coder_app" "agentapi" {
          agent_id     = var.agent_id
          slug         = var.slug
          display_name = "AgentAPI"
          url          = "http://localhost:3284/"
        }
        resource "coder_env" "prompt" {
          agent_id = var.agent_id
          name     = "CODER_MCP_AI_PROMPT"
          value    = var.prompt
        }
        output "task_app_id" {
          value = coder_app.agentapi.id
        }
        """;
}
