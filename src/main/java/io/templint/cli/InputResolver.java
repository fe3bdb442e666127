package io.templint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the {@code PATH} arguments of {@code templint check} into {@link TemplateInput}s:
 * folders, archives, {@code -}, and single {@code .tf} / {@code .tf.json} files, which are grouped
 * into one input per folder (at the position of the folder's first file).
 */
final class InputResolver {

    private final Path workingDirectory;
    private final InputStream stdin;

    /** Resolves relative paths against {@code workingDirectory}; {@code -} reads {@code stdin}. */
    public InputResolver(Path workingDirectory, InputStream stdin) {
        this.workingDirectory = workingDirectory;
        this.stdin = stdin;
    }

    /**
     * The inputs, in the order given.
     *
     * @throws CliException for a path that does not exist, cannot be read or is no template
     */
    public List<TemplateInput> resolve(List<String> paths) {
        List<Object> slots = new ArrayList<>();      // a TemplateInput, or a FileGroup filled later
        Map<Path, FileGroup> groups = new LinkedHashMap<>();
        boolean stdinTaken = false;
        for (String arg : paths) {
            if (arg.equals("-")) {
                if (stdinTaken) {
                    throw new CliException("-: standard input can be read only once");
                }
                stdinTaken = true;
                slots.add(new TemplateInput.StandardInput(stdin));
                continue;
            }
            Path path = toPath(arg);
            if (Files.isDirectory(path)) {
                requireReadable(arg, path);
                slots.add(new TemplateInput.Directory(DisplayPaths.stripTrailingSlashes(arg), path, List.of()));
            } else if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) || !Files.exists(path)) {
                throw new CliException(arg + ": no such file or directory");
            } else if (TemplateInput.ArchiveKind.of(arg) != null) {
                requireReadable(arg, path);
                slots.add(new TemplateInput.Archive(arg, path, TemplateInput.ArchiveKind.of(arg)));
            } else if (isTerraformFile(arg)) {
                requireReadable(arg, path);
                Path folder = canonicalParent(arg, path);
                FileGroup group = groups.get(folder);
                if (group == null) {
                    group = new FileGroup(DisplayPaths.parent(arg), path.toAbsolutePath().getParent());
                    groups.put(folder, group);
                    slots.add(group);
                }
                String name = DisplayPaths.name(arg);
                if (!group.files.contains(name)) {
                    group.files.add(name);
                }
            } else {
                throw new CliException(arg + ": not a template: expected a directory, an archive (.tar, .tar.gz, "
                    + ".tgz, .zip), '-' or a .tf / .tf.json file");
            }
        }
        List<TemplateInput> inputs = new ArrayList<>(slots.size());
        for (Object slot : slots) {
            inputs.add(slot instanceof FileGroup g
                ? new TemplateInput.Directory(g.displayPath, g.directory, g.files)
                : (TemplateInput) slot);
        }
        return inputs;
    }

    /** Whether a file name is a Terraform file templint analyses. */
    public static boolean isTerraformFile(String name) {
        return name.endsWith(".tf") || name.endsWith(".tf.json");
    }

    private Path toPath(String arg) {
        try {
            return workingDirectory.resolve(arg);
        } catch (InvalidPathException e) {
            throw new CliException(arg + ": not a valid path");
        }
    }

    private static void requireReadable(String arg, Path path) {
        if (!Files.isReadable(path)) {
            throw new CliException(arg + ": permission denied");
        }
    }

    private static Path canonicalParent(String arg, Path file) {
        try {
            return file.toAbsolutePath().getParent().toRealPath();
        } catch (IOException e) {
            throw new CliException(arg + ": cannot read its folder: " + e.getMessage());
        }
    }

    /** Single files of one folder. */
    private static final class FileGroup {
        final String displayPath;
        final Path directory;
        final List<String> files = new ArrayList<>();

        FileGroup(String displayPath, Path directory) {
            this.displayPath = displayPath;
            this.directory = directory;
        }
    }
}
