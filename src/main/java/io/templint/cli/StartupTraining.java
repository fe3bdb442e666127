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
 * class-data-sharing archive of Java 17 to 23, it exercises every command and format on a small
 * template (written to a temporary folder and removed), so that the archive holds the classes real
 * runs load. With the argument {@code check}, for the AOT cache of Java 24 and newer (which loads
 * and links every class it holds at start, so it should hold no more than a typical run needs), it
 * runs one {@code templint check} of that template with the text report. It prints nothing and
 * reads nothing but its own temporary folder.
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

    private StartupTraining() { }

    /** Runs the training ({@code check}: one typical check only); exits 0 whatever the commands return. */
    public static void main(String[] args) throws IOException {
        boolean checkOnly = args.length > 0 && args[0].equals("check");
        Path dir = Files.createTempDirectory("templint-training");
        try {
            Files.writeString(dir.resolve("main.tf"), TEMPLATE);
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            Console console = new Console(nowhere, nowhere, new ByteArrayInputStream(new byte[0]), name -> null,
                dir, false, false);
            if (checkOnly) {
                Cli.run(List.of("check", "."), console, CliServices.defaults());
                return;
            }
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
