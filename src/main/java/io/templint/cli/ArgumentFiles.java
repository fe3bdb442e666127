package io.templint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands {@code @FILE} arguments: each is replaced by the lines of FILE, one argument a line
 * (blank lines skipped, a trailing CR dropped). Expansion applies only to the arguments a person
 * typed: the lines read from FILE are not expanded again (a list of paths written by a program may
 * name a file called {@code @x.tf}), and once {@code --} has been seen, on the command line or in
 * FILE, nothing after it is expanded, exactly as nothing after it is an option. {@code @} alone is an
 * ordinary argument.
 */
final class ArgumentFiles {

    /** The argument after which every argument is a path: no option, no {@code @FILE}. */
    static final String END_OF_OPTIONS = "--";

    private final Path workingDirectory;

    public ArgumentFiles(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /**
     * The arguments with every {@code @FILE} before the first {@code --} expanded.
     *
     * @throws CliException when a FILE cannot be read
     */
    public List<String> expand(List<String> args) {
        List<String> out = new ArrayList<>();
        boolean literal = false;
        for (String arg : args) {
            if (literal || !arg.startsWith("@") || arg.length() == 1) {
                out.add(arg);
                literal |= arg.equals(END_OF_OPTIONS);
                continue;
            }
            for (String line : read(arg)) {
                out.add(line);
                literal |= line.equals(END_OF_OPTIONS);
            }
        }
        return out;
    }

    /** The non-blank lines of the argument file {@code arg} ({@code @FILE}). */
    private List<String> read(String arg) {
        List<String> lines;
        try {
            lines = Files.readAllLines(workingDirectory.resolve(arg.substring(1)), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new CliException(arg + ": cannot read argument file: " + Messages.of(e));
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!l.isBlank()) {
                out.add(l);
            }
        }
        return out;
    }
}
