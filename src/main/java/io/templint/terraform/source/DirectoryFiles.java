package io.templint.terraform.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a template folder on disk, read lazily: only what the loader asks for is read.
 * Only regular files are visible; a symbolic link is followed only when its target stays inside
 * the root folder, so nothing outside the template is ever read. Every read counts against the
 * {@link SourceLimits}.
 */
final class DirectoryFiles implements TemplateFiles {

    private final String name;
    private final Path root;
    private final SourceBudget budget;

    DirectoryFiles(String name, Path root, SourceLimits limits) throws TemplateSourceException {
        this.name = name;
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new TemplateSourceException(name + ": the folder cannot be read: " + e.getMessage(), null, e);
        }
        if (!Files.isDirectory(this.root)) {
            throw new TemplateSourceException(name + ": not a folder", null);
        }
        this.budget = new SourceBudget(name, limits, null);
    }

    @Override
    public String name() {
        return name;
    }

    /** The on-disk path of a template path, or null when it does not exist or leads outside the root. */
    private Path inside(String path) {
        TemplatePaths.Checked c = TemplatePaths.check(path.isEmpty() ? "." : path, budget.limits());
        if (!c.ok()) {
            return null;
        }
        Path p = c.path().isEmpty() ? root : root.resolve(c.path());
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

    @Override
    public boolean isDirectory(String dir) {
        Path p = inside(dir);
        return p != null && Files.isDirectory(p);
    }

    @Override
    public String folderIdentity(String dir) {
        Path p = inside(dir);
        return p == null ? dir : p.toString();
    }

    @Override
    public boolean isFile(String path) {
        Path p = inside(path);
        return p != null && Files.isRegularFile(p);
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
        Path p = inside(dir);
        if (p == null || !Files.isDirectory(p)) {
            return List.of();
        }
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
        TemplatePaths.Checked c = TemplatePaths.check(path, budget.limits());
        if (!c.ok() && Files.isRegularFile(child)) {
            throw budget.fail(path, "Terraform loads this file, but " + c.reason().replace("the entry name", "its name")
                + "; rename it so that it can be analysed");
        }
    }

    @Override
    public byte[] read(String path) throws TemplateSourceException {
        Path p = inside(path);
        if (p == null || !Files.isRegularFile(p)) {
            return null;
        }
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
