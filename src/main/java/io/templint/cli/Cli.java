package io.templint.cli;

import io.templint.report.TerminalText;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;

/**
 * Runs one command line: expands {@code @FILE}s, parses the arguments, runs the command and turns
 * every failure into one line {@code templint: ...} on standard error and exit status 2.
 */
final class Cli {

    private Cli() { }

    /**
     * Runs {@code args} and returns the exit status.
     *
     * @param args     the arguments, without the program name
     * @param console  the streams, environment and working directory
     * @param services the analysis, rules and formats
     */
    public static int run(List<String> args, Console console, CliServices services) {
        return run(args, console, services, true);
    }

    /**
     * Runs {@code args}; with {@code fastPath}, a plain {@code check} or {@code parse} command line
     * is read by {@link FastCommandLine} instead of picocli (tests compare both ways).
     */
    static int run(List<String> args, Console console, CliServices services, boolean fastPath) {
        try {
            List<String> expanded = new ArgumentFiles(console.workingDir()).expand(args);
            Callable<Integer> command = fastPath ? FastCommandLine.read(expanded, console, services) : null;
            if (command != null) {
                return FastCommandLine.execute(command, console);
            }
            return commandLine(expanded, console, services).execute(expanded.toArray(String[]::new));
        } catch (CliException e) {
            return fail(console, e.getMessage(), null);
        } catch (RuntimeException | Error e) {
            return fail(console, "internal error: " + Messages.of(e), e);
        } finally {
            console.out().flush();
            console.err().flush();
        }
    }

    /** The subcommands, by name, in the order help lists them. */
    private static Map<String, Supplier<Object>> subcommands(Console console, CliServices services) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", () -> new CheckCommand(console, services));
        commands.put("parse", () -> new ParseCommand(console));
        commands.put("rules", () -> new RulesCommand(console, services));
        commands.put("explain", () -> new ExplainCommand(console, services));
        return commands;
    }

    /**
     * The command line. When the first argument names a subcommand only that one is built: picocli
     * reads every command's annotations when it is added, and start-up time matters to pre-commit.
     */
    static CommandLine commandLine(List<String> args, Console console, CliServices services) {
        Map<String, Supplier<Object>> commands = subcommands(console, services);
        CommandLine cl = new CommandLine(new TemplintCommand());
        String first = args.isEmpty() ? "" : args.get(0);
        for (Map.Entry<String, Supplier<Object>> c : commands.entrySet()) {
            if (!commands.containsKey(first) || c.getKey().equals(first)) {
                cl.addSubcommand(c.getKey(), new CommandLine(c.getValue().get()));
            }
        }
        if (!commands.containsKey(first)) {
            cl.addSubcommand("help", new CommandLine.HelpCommand());
        }
        cl.setHelpFactory(new WordWrappingHelp.Factory()); // help lines break at spaces, never inside a file name
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
        cl.getErr().println("templint: " + TerminalText.safe(message) + " (see '" + cl.getCommandSpec().qualifiedName()
            + " --help')");
        cl.getErr().flush();
        return ExitStatus.FAILURE;
    }

    /**
     * Prints {@code templint: MESSAGE}. Every message may quote the input (paths, archive entries,
     * configuration text): it is printed as {@link TerminalText#safe} shows it.
     */
    static int fail(Console console, String message, Throwable cause) {
        console.err().println("templint: " + TerminalText.safe(message));
        String debug = console.env().apply("TEMPLINT_DEBUG");
        if (cause != null && debug != null && !debug.isEmpty()) {
            cause.printStackTrace(console.err());
        }
        console.err().flush();
        return ExitStatus.FAILURE;
    }
}
