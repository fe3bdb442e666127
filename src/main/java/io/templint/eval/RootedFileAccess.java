package io.templint.eval;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@link FileAccess} to a directory on disk that refuses every path leaving it: absolute paths,
 * {@code ..} steps past the root, and symbolic links that point outside.
 */
final class RootedFileAccess implements FileAccess {

    private static final int MAX_WALK_DEPTH = 64;

    private final Path root;
    private final Path realRoot;

    RootedFileAccess(Path root) {
        this.root = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = this.root.toRealPath();
        } catch (IOException e) {
            real = this.root;
        }
        this.realRoot = real;
    }

    /** The file {@code path} denotes, after checking that it stays inside the root. */
    private Path resolve(String path) throws IOException {
        if (path.isEmpty() || path.indexOf('\0') >= 0) {
            throw new NoSuchFileException(path);
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (RuntimeException e) {
            throw new NoSuchFileException(path);
        }
        if (p.isAbsolute() || path.startsWith("/") || path.startsWith("\\") || path.startsWith("~")) {
            throw new OutsideRootException(path);
        }
        Path full = root.resolve(p).normalize();
        if (!full.startsWith(root)) {
            throw new OutsideRootException(path);
        }
        if (Files.exists(full, LinkOption.NOFOLLOW_LINKS) || Files.exists(full)) {
            Path real;
            try {
                real = full.toRealPath();
            } catch (IOException e) {
                throw new NoSuchFileException(path);
            }
            if (!real.startsWith(realRoot)) {
                throw new OutsideRootException(path);
            }
            return real;
        }
        return full;
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        Path p = resolve(path);
        if (!Files.isRegularFile(p)) {
            throw new NoSuchFileException(path);
        }
        if (Files.size(p) > maxBytes) {
            throw new TooLargeException(path, maxBytes);
        }
        return Files.readAllBytes(p);
    }

    @Override
    public boolean isFile(String path) throws IOException {
        try {
            return Files.isRegularFile(resolve(path));
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public List<String> glob(String base, String pattern, int maxResults) throws IOException {
        Path dir = resolve(base.isEmpty() ? "." : base);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        Pattern re = Globs.compile(pattern);
        try (Stream<Path> s = Files.walk(dir, MAX_WALK_DEPTH, EnumSet.noneOf(FileVisitOption.class).toArray(new FileVisitOption[0]))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (re.matcher(rel).matches()) {
                    if (out.size() >= maxResults) {
                        throw new IOException("more than " + maxResults + " files match " + pattern);
                    }
                    out.add(rel);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        out.sort(null);
        return out;
    }
}
