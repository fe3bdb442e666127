package io.templint.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.function.Function;

/**
 * The process's surroundings, passed in so that tests can run the command line in memory:
 * streams, environment variables, working directory and which streams are terminals.
 *
 * @param out            standard output: the report, nothing else
 * @param err            standard error: messages and progress
 * @param in             standard input (a tar archive for {@code -})
 * @param env            environment variables ({@code NO_COLOR}, {@code TERM})
 * @param workingDir     where relative paths start
 * @param outIsTerminal  whether standard output is a terminal (colours)
 * @param errIsTerminal  whether standard error is a terminal (progress)
 */
record Console(PrintStream out, PrintStream err, InputStream in, Function<String, String> env,
                      Path workingDir, boolean outIsTerminal, boolean errIsTerminal) {

    /** The real process: UTF-8 standard streams, the real environment. */
    public static Console system() {
        Map<String, String> env = System.getenv();
        return new Console(
            new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8),
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
            System.in, env::get, Paths.get("").toAbsolutePath(), isTerminal(1), isTerminal(2));
    }

    /** Whether colours may be used: output is a terminal, {@code NO_COLOR} is unset or empty, {@code TERM} is not dumb. */
    public boolean colorAllowed() {
        String noColor = env.apply("NO_COLOR");
        return outIsTerminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.apply("TERM"));
    }

    /**
     * Whether file descriptor {@code fd} is a terminal. On Linux this reads where
     * {@code /proc/self/fd/N} points; elsewhere it falls back on {@link System#console()}.
     */
    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | RuntimeException e) {
            return System.console() != null;
        }
    }
}
