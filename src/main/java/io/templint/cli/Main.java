package io.templint.cli;

import io.templint.report.TerminalText;
import java.util.Arrays;

/**
 * The {@code templint} program. Kept free of static initialisation so the JVM starts fast: all
 * work happens in {@link Cli#run}.
 */
public final class Main {

    private Main() { }

    /** Runs templint and exits with its status (0, 1 or 2). */
    public static void main(String[] args) {
        int status;
        Console console = Console.system();
        try {
            status = Cli.run(Arrays.asList(args), console, CliServices.defaults());
        } catch (Throwable e) {  // the last line of defence: one line, never a stack trace
            console.err().println("templint: internal error: " + TerminalText.safe(String.valueOf(e)));
            status = ExitStatus.FAILURE;
        }
        console.out().flush();
        System.exit(status);
    }
}
