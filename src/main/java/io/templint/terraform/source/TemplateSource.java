package io.templint.terraform.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where a template comes from: a folder on disk, files held in memory, or an archive stream
 * ({@code .tar}, {@code .tar.gz}/{@code .tgz}, {@code .zip}; Coder uploads template versions as
 * tar). {@link #open(SourceLimits)} turns it into {@link TemplateFiles}, refusing unsafe content.
 *
 * <p>An archive source reads its stream once: open it once.
 */
@FunctionalInterface
public interface TemplateSource {

    /**
     * Reads the source (an archive completely, a folder lazily).
     *
     * @throws TemplateSourceException when the source is unreadable, corrupt, unsafe or over a limit
     */
    TemplateFiles open(SourceLimits limits) throws TemplateSourceException;

    /**
     * Reads the source, letting a folder on disk make readable the folders above it up to
     * {@code readRoot} (local module sources such as {@code ../../modules/x} are read from there).
     * Archives, uploads and standard input ignore it: they are always their own root.
     *
     * @param readRoot the farthest folder up that may be read; null for the repository root (the
     *                 nearest folder at or above the template that holds {@code .git}, else the
     *                 template folder itself). A root that does not contain the folder is ignored:
     *                 the folder is then its own root.
     * @throws TemplateSourceException when the source is unreadable, corrupt, unsafe or over a limit
     */
    default TemplateFiles open(SourceLimits limits, Path readRoot) throws TemplateSourceException {
        return open(limits);
    }

    /**
     * A template folder; {@code name} is how messages and reports call it (the path as given).
     * {@link #open(SourceLimits)} reads up to the repository root.
     */
    static TemplateSource directory(String name, Path dir) {
        Objects.requireNonNull(dir, "dir");
        return new TemplateSource() {
            @Override
            public TemplateFiles open(SourceLimits limits) throws TemplateSourceException {
                return new DirectoryFiles(name, dir, limits, null);
            }

            @Override
            public TemplateFiles open(SourceLimits limits, Path readRoot) throws TemplateSourceException {
                return new DirectoryFiles(name, dir, limits, readRoot);
            }
        };
    }

    /** A template folder, named by its path. */
    static TemplateSource directory(Path dir) {
        return directory(dir.toString(), dir);
    }

    /**
     * Files held in memory, such as an upload: paths relative to the template root ('/'
     * separators) to contents. The map is read when the source is opened; the arrays are not copied.
     */
    static TemplateSource files(String name, Map<String, byte[]> files) {
        Map<String, byte[]> copy = Map.copyOf(files);
        return limits -> {
            InMemoryFiles.Builder b = new InMemoryFiles.Builder(new SourceBudget(name, limits, null));
            for (Map.Entry<String, byte[]> e : copy.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                b.budget().countEntry(e.getKey());
                String path = b.checkName(e.getKey());
                b.budget().checkDeclaredSize(e.getKey(), e.getValue().length);
                b.budget().addBytes(e.getKey(), e.getValue().length);
                b.addFile(e.getKey(), path, e.getValue());
            }
            return b.build();
        };
    }

    /**
     * An archive read from a stream: tar, gzip-compressed tar or zip, told apart by content. The
     * stream is read to the end of the archive and not closed.
     */
    static TemplateSource archive(String name, InputStream in) {
        Objects.requireNonNull(in, "in");
        return limits -> ArchiveReader.read(name, in, limits);
    }

    /**
     * A folder's repository root, as far up as a folder's local modules and its configuration are
     * read: the nearest folder at or above {@code folder} that holds {@code .git} (a folder, or the
     * file of a worktree or submodule), else {@code folder} itself.
     *
     * @param folder an absolute, normalised folder
     * @return its repository root
     */
    static Path repositoryRoot(Path folder) {
        return DirectoryFiles.repositoryRoot(folder);
    }

    /**
     * Whether {@code folder} is a repository root: it holds {@code .git}.
     *
     * @param folder a folder
     * @return whether it holds {@code .git}
     */
    static boolean isRepositoryRoot(Path folder) {
        return DirectoryFiles.isRepositoryRoot(folder);
    }

    /**
     * A path as a user gives it on a command line: a folder, or an archive file read into memory.
     */
    static TemplateSource of(Path path) {
        if (Files.isDirectory(path)) {
            return directory(path);
        }
        String name = path.toString();
        return limits -> {
            try (InputStream in = Files.newInputStream(path)) {
                return ArchiveReader.read(name, in, limits);
            } catch (IOException e) {
                throw new TemplateSourceException(name + ": the archive cannot be read: " + e.getMessage(), null, e);
            }
        };
    }
}
