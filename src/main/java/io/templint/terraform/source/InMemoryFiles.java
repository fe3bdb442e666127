package io.templint.terraform.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Template files held in memory: the content of an archive or of an upload. Built through a
 * {@link Builder}, which refuses unsafe names, duplicates and anything over the limits.
 */
final class InMemoryFiles implements TemplateFiles {

    private final String name;
    private final Map<String, byte[]> files;
    private final Set<String> directories;
    /** The sorted names of the files, and of the folders, directly in each folder: a listing reads one folder. */
    private final Map<String, List<String>> filesIn = new HashMap<>();
    private final Map<String, List<String>> directoriesIn = new HashMap<>();

    private InMemoryFiles(String name, Map<String, byte[]> files, Set<String> directories) {
        this.name = name;
        this.files = Collections.unmodifiableMap(files);
        this.directories = Collections.unmodifiableSet(directories);
        for (String p : files.keySet()) {
            filesIn.computeIfAbsent(TemplatePaths.parent(p), k -> new ArrayList<>()).add(TemplatePaths.fileName(p));
        }
        for (String d : directories) {
            if (!d.isEmpty()) {
                directoriesIn.computeIfAbsent(TemplatePaths.parent(d), k -> new ArrayList<>())
                    .add(TemplatePaths.fileName(d));
            }
        }
        filesIn.replaceAll((k, v) -> sorted(v));
        directoriesIn.replaceAll((k, v) -> sorted(v));
    }

    private static List<String> sorted(List<String> names) {
        Collections.sort(names);
        return List.copyOf(names);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isDirectory(String dir) {
        return directories.contains(dir);
    }

    @Override
    public boolean isFile(String path) {
        return files.containsKey(path);
    }

    @Override
    public List<String> fileNames(String dir) {
        return filesIn.getOrDefault(dir, List.of());
    }

    @Override
    public List<String> directoryNames(String dir) {
        return directoriesIn.getOrDefault(dir, List.of());
    }

    @Override
    public byte[] read(String path) {
        return files.get(path);
    }

    /** Every file path, sorted. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    /** Collects entries, enforcing the limits; not thread-safe. */
    static final class Builder {
        private final SourceBudget budget;
        private final Map<String, byte[]> files = new TreeMap<>();
        private final Set<String> directories = new HashSet<>(Set.of(""));

        Builder(SourceBudget budget) {
            this.budget = budget;
        }

        SourceBudget budget() {
            return budget;
        }

        /** Checks a raw entry name and returns its normalised path. */
        String checkName(String rawName) throws TemplateSourceException {
            TemplatePaths.Checked c = TemplatePaths.check(rawName, budget.limits());
            if (!c.ok()) {
                throw budget.fail(rawName, c.reason());
            }
            return c.path();
        }

        /** Adds a directory entry; repeating a directory is harmless. */
        void addDirectory(String rawName) throws TemplateSourceException {
            budget.countEntry(rawName);
            String path = checkName(rawName);
            if (files.containsKey(path)) {
                throw budget.fail(rawName, "the entry is both a file and a directory");
            }
            addParents(rawName, path);
            directories.add(path);
        }

        /** Adds a file entry whose content has been read (and counted) already. */
        void addFile(String rawName, String path, byte[] content) throws TemplateSourceException {
            if (path.isEmpty()) {
                throw budget.fail(rawName, "a file entry names the template root itself");
            }
            if (files.containsKey(path)) {
                throw budget.fail(rawName, "the archive holds this entry more than once (duplicate entry \""
                    + SourceBudget.printable(path) + "\")");
            }
            if (directories.contains(path)) {
                throw budget.fail(rawName, "the entry is both a file and a directory");
            }
            addParents(rawName, path);
            files.put(path, content);
        }

        private void addParents(String rawName, String path) throws TemplateSourceException {
            for (String p = TemplatePaths.parent(path); !p.isEmpty(); p = TemplatePaths.parent(p)) {
                if (files.containsKey(p)) {
                    throw budget.fail(rawName, "the entry lies under \"" + SourceBudget.printable(p)
                        + "\", which is a file");
                }
                if (!directories.add(p)) {
                    break;
                }
            }
        }

        InMemoryFiles build() {
            return new InMemoryFiles(budget.sourceName(), new TreeMap<>(files), new HashSet<>(directories));
        }
    }
}
