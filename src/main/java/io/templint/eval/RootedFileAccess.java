package io.templint.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@link FileAccess} to a directory on disk that refuses every path leaving it: absolute paths,
 * {@code ..} steps past the root, and symbolic links that point outside.
 */
final class RootedFileAccess implements FileAccess {

    private static final int MAX_WALK_DEPTH = 64;
    private static final int MAX_WALK_FOLDERS = 100_000;

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

    /**
     * Lists matching regular files below {@code base}, following symbolic links (as Terraform's
     * {@code fileset} does) only while they stay inside the root, and entering each real folder
     * once: links to {@code .} or to a parent cannot make the walk go round in circles. The walk
     * starts at the pattern's literal folders and goes no deeper than the pattern can match.
     */
    @Override
    public List<String> glob(String base, String pattern, int maxResults) throws IOException {
        Path dir = resolve(base.isEmpty() ? "." : base);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        Pattern re = Globs.compile(pattern);
        long[] reads = new long[1];
        int maxSlashes = Math.min(Globs.maxSlashes(pattern), MAX_WALK_DEPTH);
        Set<Path> entered = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(Globs.literalFolders(pattern));
        int visited = 0;
        while (!todo.isEmpty()) {
            String rel = todo.pop();
            Path real = realInside(rel.isEmpty() ? dir : dir.resolve(rel));
            if (real == null || !Files.isDirectory(real) || !entered.add(real)) {
                continue;
            }
            if (++visited > MAX_WALK_FOLDERS) {
                throw new IOException("more than " + MAX_WALK_FOLDERS + " folders below " + base);
            }
            List<String> subs = new ArrayList<>();
            List<String> names = new ArrayList<>();
            try (Stream<Path> s = Files.list(real)) {
                s.forEach(p -> names.add(p.getFileName().toString()));
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            names.sort(null);
            for (String name : names) {
                String childRel = rel.isEmpty() ? name : rel + "/" + name;
                Path child = realInside(real.resolve(name));
                if (child == null) {
                    continue;
                }
                if (Files.isRegularFile(child)) {
                    if (Globs.matches(re, childRel, reads)) {
                        if (out.size() >= maxResults) {
                            throw new IOException("more than " + maxResults + " files match " + pattern);
                        }
                        out.add(childRel);
                    }
                } else if (Files.isDirectory(child)) {
                    subs.add(childRel);
                }
            }
            int depth = rel.isEmpty() ? 0 : rel.split("/", -1).length;
            if (depth < maxSlashes) {
                for (int i = subs.size() - 1; i >= 0; i--) {
                    todo.push(subs.get(i));
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The real path of {@code p} when it exists and lies inside the root (links followed), else null. */
    private Path realInside(Path p) {
        try {
            Path real = p.toRealPath();
            return real.startsWith(realRoot) ? real : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
