package io.templint.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A git directory of {@code coder/registry}, read with git's plumbing commands (test scope only:
 * the catalog generator and the test that compares the catalog with modules on disk). Every tag
 * {@code release/<namespace>/<module>/vX.Y.Z} is one published version of a module, whose files are
 * in {@code registry/<namespace>/modules/<module>} at that tag.
 */
final class RegistryCheckout {

    private static final Pattern TAG = Pattern.compile("release/([^/]+)/([^/]+)/v(\\d+\\.\\d+\\.\\d+)");

    /** One published module version. */
    record Release(String namespace, String name, String version, String tag) {
        String key() {
            return namespace.toLowerCase() + "/" + name.toLowerCase();
        }

        String dir() {
            return "registry/" + namespace + "/modules/" + name;
        }

        int[] parts() {
            String[] s = version.split("\\.");
            return new int[] {Integer.parseInt(s[0]), Integer.parseInt(s[1]), Integer.parseInt(s[2])};
        }
    }

    private final Path gitDir;

    RegistryCheckout(Path gitDir) {
        this.gitDir = gitDir;
    }

    /** Every release tag, in tag-name order. */
    List<Release> releases() throws IOException {
        List<Release> out = new ArrayList<>();
        for (String line : git("tag", "-l", "release/*").split("\n")) {
            Matcher m = TAG.matcher(line.strip());
            if (m.matches()) {
                out.add(new Release(m.group(1), m.group(2), m.group(3), line.strip()));
            }
        }
        return out;
    }

    /** The HEAD commit. */
    String head() throws IOException {
        return git("rev-parse", "HEAD").strip();
    }

    /** The HEAD commit's date, {@code 2026-01-31}. */
    String headDate() throws IOException {
        return git("log", "-1", "--format=%cs", "HEAD").strip();
    }

    /** A file at a tag, or null. */
    String file(String tag, String path) throws IOException {
        try {
            return git("show", tag + ":" + path);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The files of a module version's folder whose names end in one of {@code suffixes}, by path
     * relative to that folder (subfolders included).
     */
    Map<String, byte[]> files(Release r, String... suffixes) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String line : git("ls-tree", "-r", "--name-only", r.tag(), "--", r.dir() + "/").split("\n")) {
            String p = line.strip();
            boolean wanted = false;
            for (String s : suffixes) {
                wanted |= p.endsWith(s);
            }
            if (wanted && p.startsWith(r.dir() + "/")) {
                out.put(p.substring(r.dir().length() + 1), gitBytes("show", r.tag() + ":" + p));
            }
        }
        return out;
    }

    private String git(String... args) throws IOException {
        return new String(gitBytes(args), StandardCharsets.UTF_8);
    }

    private byte[] gitBytes(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("git", "--git-dir=" + gitDir));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            out = buf.toByteArray();
        }
        try {
            if (p.waitFor() != 0) {
                throw new IOException("git " + String.join(" ", args) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }
}
