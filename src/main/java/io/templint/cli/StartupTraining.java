package io.templint.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind {@code bin/templint}'s start-up archive. With no argument, for the
 * class-data-sharing archive of Java 17 to 23, it checks a typical valid template and exercises
 * every command and format on a small template with a syntax error (both written to a temporary
 * folder and removed), so that the archive holds the classes real runs load. With the argument
 * {@code check}, for the AOT cache of Java 24 and newer (which loads and links every class it holds
 * at start, so it should hold no more than a typical run needs), it runs {@code templint check} of
 * the two templates with the text report. It prints nothing and reads nothing but its own temporary
 * folder.
 */
public final class StartupTraining {

    private static final String TEMPLATE = """
        variable "token" {
          type      = string
          sensitive = true
        }

        data "coder_parameter" "ai_prompt" {
          name = "AI Prompt"
        }

        resource "coder_agent" "main" {
          os   = "linux"
          arch = "amd64"
          env  = { TOKEN = var.token, NAME = "${lower("Bot")}" }
        }

        resource "coder_ai_task" "task" {
          sidebar_app { id = coder_app.app.id }
        }

        resource "coder_app" "app" {
          agent_id = coder_agent.main.id
          slug     = "app"
          url      = "http://localhost:8080/
        }
        """;

    /**
     * A valid template of the usual shape (comments, a heredoc, local values with for expressions and
     * function calls, count, coder_env, an agent's metadata block, outputs), so that the classes of a
     * typical check of a template without errors are in the archive too: the one above stops at its
     * syntax error.
     */
    private static final String TYPICAL = """
        # A Task template as a user would write it.
        terraform {
          required_providers {
            coder  = { source = "coder/coder", version = ">= 2.5.0" }
            docker = { source = "kreuzwerker/docker" }
          }
        }

        variable "api_key" {
          description = "The key the agent works with"
          type        = string
          sensitive   = true
        }

        variable "size" {
          type    = number
          default = 2
        }

        locals {
          user   = lower(data.coder_workspace_owner.me.name)
          labels = { for k, v in { team = "ai", tier = "dev" } : k => upper(v) if v != "" }
          ports  = [for p in range(var.size) : 8080 + p]
          home   = "/home/${local.user}"
        }

        data "coder_workspace" "me" {}

        data "coder_workspace_owner" "me" {}

        data "coder_parameter" "ai_prompt" {
          name         = "AI Prompt"
          display_name = "AI Prompt"
          type         = "string"
          default      = ""
          mutable      = true
        }

        resource "coder_agent" "main" {
          os   = "linux"
          arch = "amd64"
          env = {
            GIT_AUTHOR_NAME  = coalesce(data.coder_workspace_owner.me.full_name, local.user)
            GIT_AUTHOR_EMAIL = data.coder_workspace_owner.me.email
            API_KEY          = var.api_key
            LABELS           = jsonencode(local.labels)
          }
          startup_script = <<-EOT
            set -e
            echo "starting in ${local.home}"
          EOT
          metadata {
            display_name = "CPU"
            key          = "cpu"
            script       = "top -bn1 | head -1"
            interval     = 10
          }
        }

        resource "coder_env" "prompt" {
          agent_id = coder_agent.main.id
          name     = "CODER_MCP_CLAUDE_TASK_PROMPT"
          value    = data.coder_parameter.ai_prompt.value
        }

        resource "coder_ai_task" "task" {
          count = data.coder_workspace.me.start_count
          sidebar_app {
            id = coder_app.app.id
          }
        }

        resource "coder_app" "app" {
          agent_id     = coder_agent.main.id
          slug         = "app"
          display_name = "The App"
          icon         = "/icon/code.svg"
          command      = "app --port ${local.ports[0]}"
        }

        resource "docker_container" "workspace" {
          count      = data.coder_workspace.me.start_count
          image      = "ubuntu:24.04"
          name       = "coder-${local.user}-${lower(data.coder_workspace.me.name)}"
          entrypoint = ["sh", "-c", coder_agent.main.init_script]
          env        = ["CODER_AGENT_TOKEN=${coder_agent.main.token}"]
        }

        output "home" {
          value = local.home
        }
        """;

    private StartupTraining() { }

    /** Runs the training ({@code check}: one typical check only); exits 0 whatever the commands return. */
    public static void main(String[] args) throws IOException {
        boolean checkOnly = args.length > 0 && args[0].equals("check");
        Path dir = Files.createTempDirectory("templint-training");
        try {
            Files.writeString(dir.resolve("main.tf"), TEMPLATE);
            Path typical = Files.createDirectory(dir.resolve("typical"));
            Files.writeString(typical.resolve("main.tf"), TYPICAL);
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            Console console = new Console(nowhere, nowhere, new ByteArrayInputStream(new byte[0]), name -> null,
                dir, false, false);
            if (checkOnly) {
                Cli.run(List.of("check", "typical"), console, CliServices.defaults());
                Cli.run(List.of("check", "."), console, CliServices.defaults());
                return;
            }
            Cli.run(List.of("check", "typical"), console, CliServices.defaults());
            Files.writeString(dir.resolve("vars.tf.json"), "{\"variable\": {\"region\": {\"default\": \"eu\"}}}\n");
            for (String format : CliServices.defaults().formatters().names()) {
                Cli.run(List.of("check", "--format", format, "."), console, CliServices.defaults());
            }
            Cli.run(List.of("check", "main.tf"), console, CliServices.defaults());
            // as a list of files is parsed: read from an argument file by FastCommandLine, on two workers
            Files.writeString(dir.resolve("files.txt"), "main.tf\nvars.tf.json\n");
            Cli.run(List.of("parse", "--format", "json", "-j", "2", "@files.txt"), console, CliServices.defaults());
            Cli.run(List.of("parse", "main.tf"), console, CliServices.defaults());
            Cli.run(List.of("rules"), console, CliServices.defaults());
            Cli.run(List.of("--version"), console, CliServices.defaults());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
