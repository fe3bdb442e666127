package io.templint.terraform;

import io.templint.eval.FileAccess;
import io.templint.eval.Globs;
import io.templint.terraform.source.TemplateFiles;
import io.templint.terraform.source.TemplatePaths;
import io.templint.terraform.source.TemplateSourceException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file functions' view of a template: only the template's own regular files, whether they
 * come from a folder or an archive in memory, and for a folder those up to its read root (where
 * local modules are read from too). Paths are relative to the template root.
 */
final class TemplateFileAccess implements FileAccess {

    private final TemplateFiles files;

    TemplateFileAccess(TemplateFiles files) {
        this.files = files;
    }

    private String inside(String path) throws IOException {
        String p = files.resolve("", path);
        if (p == null) {
            throw new OutsideRootException(path);
        }
        return p;
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        String p = inside(path);
        byte[] b;
        try {
            b = files.read(p);
        } catch (TemplateSourceException e) {
            throw new IOException(e.getMessage(), e);
        }
        return FileAccess.readHeld(path, b, maxBytes);
    }

    @Override
    public boolean isFile(String path) throws IOException {
        return files.isFile(inside(path));
    }

    /**
     * Lists the files below {@code base} that match, as Terraform's {@code fileset} does, but
     * bounded: the walk starts at the pattern's literal folders and goes no deeper than the pattern
     * can match, and it enters each folder once, so symbolic links (which a folder on disk follows
     * only inside the template) cannot make it go round in circles.
     */
    @Override
    public List<String> glob(String base, String pattern, int maxResults) throws IOException {
        String root = inside(base);
        Pattern re = Globs.compile(pattern);
        long[] reads = new long[1];
        int maxSlashes = Globs.maxSlashes(pattern);
        List<String> out = new ArrayList<>();
        Deque<String> dirs = new ArrayDeque<>();
        Set<String> entered = new HashSet<>();
        dirs.push(Globs.literalFolders(pattern));
        int visited = 0;
        try {
            while (!dirs.isEmpty()) {
                String rel = dirs.pop();
                String dir = TemplatePaths.join(root, rel);
                if (!files.isDirectory(dir) || !entered.add(files.folderIdentity(dir))) {
                    continue;
                }
                if (++visited > 100_000) {
                    throw new IOException("too many directories below " + base);
                }
                for (String f : files.fileNames(dir)) {
                    String candidate = TemplatePaths.join(rel, f);
                    if (Globs.matches(re, candidate, reads)) {
                        if (out.size() >= maxResults) {
                            throw new IOException("more than " + maxResults + " files match " + pattern);
                        }
                        out.add(candidate);
                    }
                }
                int depth = rel.isEmpty() ? 0 : rel.split("/", -1).length;
                if (depth >= maxSlashes) {
                    continue;
                }
                List<String> subs = files.directoryNames(dir);
                for (int i = subs.size() - 1; i >= 0; i--) {
                    dirs.push(TemplatePaths.join(rel, subs.get(i)));
                }
            }
        } catch (TemplateSourceException e) {
            throw new IOException(e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }
}
