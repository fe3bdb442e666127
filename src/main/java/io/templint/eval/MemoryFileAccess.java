package io.templint.eval;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@link FileAccess} over files held in memory (a template read from an archive, tests), keyed by
 * {@code /}-separated paths relative to the template root.
 */
final class MemoryFileAccess implements FileAccess {

    private final TreeMap<String, byte[]> files;

    /** @param files file contents by relative path; the arrays are not copied */
    public MemoryFileAccess(Map<String, byte[]> files) {
        this.files = new TreeMap<>();
        files.forEach((k, v) -> this.files.put(normalize(k), v));
    }

    /** {@code path} with {@code .} and {@code ..} steps removed; null when it leaves the root. */
    static String normalize(String path) {
        if (path.startsWith("/") || path.startsWith("\\") || path.startsWith("~") || path.matches("^[A-Za-z]:.*")) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.replace('\\', '/').split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    private String checked(String path) throws IOException {
        String n = normalize(path);
        if (n == null) {
            throw new OutsideRootException(path);
        }
        return n;
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        return FileAccess.readHeld(path, files.get(checked(path)), maxBytes);
    }

    @Override
    public boolean isFile(String path) throws IOException {
        return files.containsKey(checked(path));
    }

    /** Matches only the files below {@code base} (a range of the sorted paths, not every file held). */
    @Override
    public List<String> glob(String base, String pattern, int maxResults) throws IOException {
        String dir = checked(base);
        String prefix = dir.isEmpty() ? "" : dir + "/";
        String from = prefix + Globs.literalFolders(pattern);
        Pattern re = Globs.compile(pattern);
        long[] reads = new long[1];
        int maxSlashes = Globs.maxSlashes(pattern);
        List<String> out = new ArrayList<>();
        for (String f : files.subMap(from, true, from + Character.MAX_VALUE, false).keySet()) {
            String rel = f.substring(prefix.length());
            if (maxSlashes != Integer.MAX_VALUE && rel.chars().filter(c -> c == '/').count() > maxSlashes) {
                continue;
            }
            if (Globs.matches(re, rel, reads)) {
                if (out.size() >= maxResults) {
                    throw new IOException("more than " + maxResults + " files match " + pattern);
                }
                out.add(rel);
            }
        }
        return out;
    }
}
