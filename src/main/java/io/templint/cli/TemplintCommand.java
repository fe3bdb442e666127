package io.templint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code templint} command; on its own it prints usage and fails. */
@Command(name = "templint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Static analysis of Terraform templates for Coder workspaces and Tasks.",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n")
final class TemplintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.FAILURE;
    }
}
