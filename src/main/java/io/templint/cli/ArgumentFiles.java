package io.templint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands {@code @FILE} arguments: each is replaced by the lines of FILE, one argument a line
 * (blank lines skipped, a trailing CR dropped), recursively. Arguments after {@code --} are kept
 * as they are, and {@code @} alone is an ordinary argument.
 */
final class ArgumentFiles {

    /** How deep {@code @FILE}s may name further {@code @FILE}s. */
    static final int MAX_DEPTH = 8;

    private final Path workingDirectory;

    public ArgumentFiles(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /**
     * The arguments with every {@code @FILE} expanded.
     *
     * @throws CliException when a FILE cannot be read, or names itself
     */
    public List<String> expand(List<String> args) {
        List<String> out = new ArrayList<>();
        expandInto(args, out, new HashSet<>(), 0);
        return out;
    }

    private void expandInto(List<String> args, List<String> out, Set<Path> open, int depth) {
        boolean literal = false;
        for (String arg : args) {
            if (literal || !arg.startsWith("@") || arg.length() == 1) {
                literal |= arg.equals("--");
                out.add(arg);
                continue;
            }
            String name = arg.substring(1);
            Path file = workingDirectory.resolve(name).toAbsolutePath().normalize();
            if (depth >= MAX_DEPTH || open.contains(file)) {
                throw new CliException(arg + ": argument files nest too deeply or include themselves");
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new CliException(arg + ": cannot read argument file: " + Messages.of(e));
            }
            List<String> inner = new ArrayList<>();
            for (String line : lines) {
                String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                if (!l.isBlank()) {
                    inner.add(l);
                }
            }
            open.add(file);
            expandInto(inner, out, open, depth + 1);
            open.remove(file);
        }
    }
}
