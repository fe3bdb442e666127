package io.templint.terraform.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The files of a template folder on disk, read lazily: only what the loader asks for is read.
 * Only regular files are visible. The folders above the template, up to the read root (the
 * repository root, or a root the caller gives), are readable too, as paths starting with
 * {@code ..}; a symbolic link is followed only when its target stays inside the read root, so
 * nothing outside it is ever read. Every read counts against the {@link SourceLimits}.
 */
final class DirectoryFiles implements TemplateFiles {

    /** What marks a repository root: a {@code .git} folder, or the {@code .git} file of a worktree or submodule. */
    static final String REPOSITORY_MARKER = ".git";

    private final String name;
    /** The template folder (real path). */
    private final Path base;
    /** The farthest folder up that may be read (real path); {@code base} or one of its ancestors. */
    private final Path root;
    /** The folder names from {@code root} down to {@code base}. */
    private final List<String> baseSegments;
    private final SourceBudget budget;
    /** Folders' real paths, resolved once each (see {@link #inside}). */
    private final Map<Path, Path> realFolders = new ConcurrentHashMap<>();

    /**
     * @param readRoot the folder up to which files above the template may be read; null for the
     *                 repository root (the nearest folder at or above the template holding
     *                 {@code .git}, else the template folder itself). A root that does not contain
     *                 the template makes the template folder its own root.
     */
    DirectoryFiles(String name, Path dir, SourceLimits limits, Path readRoot) throws TemplateSourceException {
        this.name = name;
        try {
            this.base = dir.toRealPath();
        } catch (IOException e) {
            throw new TemplateSourceException(name + ": the folder cannot be read: " + e.getMessage(), null, e);
        }
        if (!Files.isDirectory(this.base)) {
            throw new TemplateSourceException(name + ": not a folder", null);
        }
        this.root = readRoot == null ? repositoryRoot(base) : givenRoot(base, readRoot);
        List<String> segments = new ArrayList<>();
        for (Path p : root.relativize(base)) {
            if (!p.toString().isEmpty()) {
                segments.add(p.toString());
            }
        }
        this.baseSegments = List.copyOf(segments);
        this.budget = new SourceBudget(name, limits, null);
    }

    /** The nearest folder at or above {@code base} that holds {@code .git}, else {@code base}. */
    static Path repositoryRoot(Path base) {
        for (Path p = base; p != null; p = p.getParent()) {
            try {
                if (isRepositoryRoot(p)) {
                    return p;
                }
            } catch (SecurityException e) {
                return base;
            }
        }
        return base;
    }

    /** Whether {@code dir} holds {@code .git} (a folder, or the file of a worktree or submodule). */
    static boolean isRepositoryRoot(Path dir) {
        return Files.exists(dir.resolve(REPOSITORY_MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    private static Path givenRoot(Path base, Path readRoot) {
        try {
            Path r = readRoot.toRealPath();
            return base.startsWith(r) ? r : base;
        } catch (IOException | SecurityException e) {
            return base;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String resolve(String dir, String relative) {
        return TemplatePaths.resolve(dir, relative, baseSegments);
    }

    @Override
    public int parentLevels() {
        return baseSegments.size();
    }

    @Override
    public boolean onDisk() {
        return true;
    }

    @Override
    public boolean leadsOutside(String path) {
        Path p = lexical(path);
        if (p == null || inside(path) != null) {
            return false;
        }
        try {
            return Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !p.toRealPath().startsWith(root);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * The on-disk path of a template path, or null when it does not exist or leads outside the
     * read root. Leading {@code ..} segments climb above the template folder, at most up to the root.
     */
    private Path inside(String path) {
        Entry e = entry(path);
        return e == null ? null : e.real();
    }

    /**
     * An existing entry inside the read root: its real path, and its attributes when one
     * {@code lstat} told them (null when it was reached through a link).
     */
    private record Entry(Path real, BasicFileAttributes plain) {
        /** Nothing at all at a path, not even a dangling link. */
        static final Entry NONE = new Entry(null, null);

        boolean isFile() {
            return plain != null ? plain.isRegularFile() : Files.isRegularFile(real);
        }

        boolean isDirectory() {
            return plain != null ? plain.isDirectory() : Files.isDirectory(real);
        }
    }

    /** {@link #inside}, with what the way there told of the entry; null when it is not inside the root. */
    private Entry entry(String path) {
        Path p = lexical(path);
        if (p == null) {
            return null;
        }
        // the common case in one lstat: an entry that is no symbolic link, in a folder whose real
        // path is known, has that folder's real path and its own name as its real path
        Path parent = p.getParent();
        Path realParent = parent == null ? null : realFolder(parent);
        Entry e = realParent == null ? null : look(realParent.resolve(p.getFileName().toString()));
        if (e == Entry.NONE) {
            return null;
        }
        if (e != null) {
            return e.real().startsWith(root) ? e : null;
        }
        Path real = resolved(p);
        return real == null ? null : new Entry(real, null);
    }

    /**
     * One {@code lstat} of {@code child}, a child of a real folder: the entry (its real path is
     * {@code child}) when it is no link, {@link Entry#NONE} when nothing is there, null when it is a
     * link or cannot be told (the caller resolves it in full).
     */
    private static Entry look(Path child) {
        try {
            BasicFileAttributes a = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isSymbolicLink() ? null : new Entry(child, a);
        } catch (NoSuchFileException e) {
            return Entry.NONE;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** {@code p} (a lexical path) with every link followed, when it exists and stays inside the read root; else null. */
    private Path resolved(Path p) {
        try {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            Path real = p.toRealPath();
            return real.startsWith(root) ? real : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * The real path of a folder (a lexical path), whether or not inside the read root, or null when
     * it cannot be resolved; worked out once per folder for this template's reads. The template
     * folder and its ancestors are real paths already; below them, an entry that is no symbolic
     * link is its real parent's child; anything else is resolved in full.
     */
    private Path realFolder(Path folder) {
        if (base.startsWith(folder)) {
            return folder;
        }
        Path real = realFolders.get(folder);
        if (real != null) {
            return real;
        }
        Path parent = folder.getParent();
        Path realParent = parent == null ? null : realFolder(parent);
        Entry e = realParent == null ? null : look(realParent.resolve(folder.getFileName().toString()));
        if (e == Entry.NONE) {
            return null;
        }
        if (e != null) {
            real = e.real();
        } else {
            try {
                real = folder.toRealPath();
            } catch (IOException | SecurityException ex) {
                return null;
            }
        }
        realFolders.put(folder, real);
        return real;
    }

    /** The on-disk path a template path names, before links are followed; null when it is not a safe path. */
    private Path lexical(String path) {
        int up = 0;
        String rest = path;
        while (rest.equals("..") || rest.startsWith("../")) {
            up++;
            rest = rest.length() == 2 ? "" : rest.substring(3);
        }
        if (up > baseSegments.size()) {
            return null;
        }
        TemplatePaths.Checked c = TemplatePaths.check(rest.isEmpty() ? "." : rest, budget.limits());
        if (!c.ok()) {
            return null;
        }
        Path from = base;
        for (int i = 0; i < up; i++) {
            from = from.getParent();
        }
        return c.path().isEmpty() ? from : from.resolve(c.path());
    }

    @Override
    public boolean isDirectory(String dir) {
        Entry e = entry(dir);
        return e != null && e.isDirectory();
    }

    @Override
    public String folderIdentity(String dir) {
        Path p = inside(dir);
        return p == null ? dir : p.toString();
    }

    @Override
    public boolean isFile(String path) {
        Entry e = entry(path);
        return e != null && e.isFile();
    }

    @Override
    public List<String> fileNames(String dir) throws TemplateSourceException {
        return list(dir, true);
    }

    @Override
    public List<String> directoryNames(String dir) throws TemplateSourceException {
        return list(dir, false);
    }

    private List<String> list(String dir, boolean wantFiles) throws TemplateSourceException {
        Entry folder = entry(dir);
        if (folder == null || !folder.isDirectory()) {
            return List.of();
        }
        Path p = folder.real();
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(p)) {
            for (Path child : (Iterable<Path>) s::iterator) {
                String n = child.getFileName().toString();
                String path = TemplatePaths.join(dir, n);
                if (wantFiles) {
                    refuseUnreadableTerraformFile(path, n, child);
                }
                if (wantFiles ? isFile(path) : isDirectory(path)) {
                    out.add(n);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw budget.fail(dir.isEmpty() ? null : dir, "the folder cannot be listed: " + e.getMessage(), e);
        }
        Collections.sort(out);
        return out;
    }

    /**
     * A file Terraform would load (configuration or variable values) whose name templint cannot
     * take as a template path (a backslash, a control character): refused rather than silently
     * left out of the analysis.
     */
    private void refuseUnreadableTerraformFile(String path, String name, Path child) throws TemplateSourceException {
        if (!TerraformFileNames.isConfigFile(name) && !TerraformFileNames.isVariableFile(name)) {
            return;
        }
        // the name alone: the folder's path may climb above the template (../../modules/x) legitimately
        TemplatePaths.Checked c = TemplatePaths.check(name, budget.limits());
        if (!c.ok() && Files.isRegularFile(child)) {
            throw budget.fail(path, "Terraform loads this file, but " + c.reason().replace("the entry name", "its name")
                + "; rename it so that it can be analysed");
        }
    }

    @Override
    public byte[] read(String path) throws TemplateSourceException {
        Entry file = entry(path);
        if (file == null || !file.isFile()) {
            return null;
        }
        Path p = file.real();
        synchronized (budget) {
            budget.countEntry(path);
            try (InputStream in = Files.newInputStream(p)) {
                return budget.readContent(path, in, Files.size(p));
            } catch (IOException e) {
                throw budget.fail(path, "the file cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
