package io.templint.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;

/**
 * Runs one command line: expands {@code @FILE}s, parses the arguments, runs the command and turns
 * every failure into one line {@code templint: ...} on standard error and exit status 2.
 */
public final class Cli {

    private Cli() { }

    /**
     * Runs {@code args} and returns the exit status.
     *
     * @param args     the arguments, without the program name
     * @param console  the streams, environment and working directory
     * @param services the analysis, rules and formats
     */
    public static int run(List<String> args, Console console, CliServices services) {
        try {
            List<String> expanded = new ArgumentFiles(console.workingDir()).expand(args);
            return commandLine(console, services).execute(expanded.toArray(String[]::new));
        } catch (CliException e) {
            return fail(console, e.getMessage(), null);
        } catch (RuntimeException | Error e) {
            return fail(console, "internal error: " + Messages.of(e), e);
        } finally {
            console.out().flush();
            console.err().flush();
        }
    }

    private static CommandLine commandLine(Console console, CliServices services) {
        CommandLine cl = new CommandLine(new TemplintCommand());
        cl.addSubcommand("check", new CommandLine(new CheckCommand(console, services)));
        cl.addSubcommand("parse", new CommandLine(new ParseCommand(console)));
        cl.addSubcommand("rules", new CommandLine(new RulesCommand(console, services)));
        cl.addSubcommand("explain", new CommandLine(new ExplainCommand(console, services)));
        Help.Ansi ansi = console.colorAllowed() ? Help.Ansi.ON : Help.Ansi.OFF;
        cl.setColorScheme(Help.defaultColorScheme(ansi));
        cl.setOut(new PrintWriter(console.out(), true));
        cl.setErr(new PrintWriter(console.err(), true));
        cl.setExpandAtFiles(false);
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> e instanceof CliException
            ? fail(console, e.getMessage(), null)
            : fail(console, "internal error: " + Messages.of(e), e));
        return cl;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String message = Messages.of(e);
        cl.getErr().println("templint: " + message + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        cl.getErr().flush();
        return ExitStatus.FAILURE;
    }

    private static int fail(Console console, String message, Throwable cause) {
        console.err().println("templint: " + message);
        String debug = console.env().apply("TEMPLINT_DEBUG");
        if (cause != null && debug != null && !debug.isEmpty()) {
            cause.printStackTrace(console.err());
        }
        console.err().flush();
        return ExitStatus.FAILURE;
    }
}
