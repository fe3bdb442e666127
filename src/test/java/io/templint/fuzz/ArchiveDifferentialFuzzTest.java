package io.templint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.templint.terraform.source.SourceLimits;
import io.templint.terraform.source.TemplateFiles;
import io.templint.terraform.source.TemplateSource;
import io.templint.terraform.source.TemplateSourceException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Timeout;

/**
 * Differential fuzzing of the archive readers: what templint reads from an archive equals what a
 * Go-compatible reading gives, or templint refuses the archive.
 *
 * <ul>
 *   <li>The input as an archive: when templint accepts a tar (or tar.gz), an independent reference
 *       reading written here after Go's archive/tar (headers, pax path and size, GNU long names,
 *       directories without data, two zero blocks) must give the same files and folders; when it
 *       accepts a zip, the JDK's central-directory reader ({@link ZipFile}, the view Go takes) and
 *       its local-header reader ({@link ZipInputStream}, the streaming view) must give the same files
 *       whenever they read the archive at all.</li>
 *   <li>The input as a set of files (records {@code name\ncontent} separated by NUL bytes), written
 *       both as a tar and as a zip: templint accepts both or neither, with the same result, and
 *       what it accepts is the set of files written.</li>
 * </ul>
 */
public class ArchiveDifferentialFuzzTest {

    /** Entry point of the standalone Jazzer driver (bin/fuzz ArchiveDifferential). */
    public static void fuzzerTestOneInput(byte[] input) {
        new ArchiveDifferentialFuzzTest().readsAsReferences(input);
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = FuzzChecks.REGRESSION_TIMEOUT_MINUTES, unit = TimeUnit.MINUTES)
    void readsAsReferences(byte[] input) {
        asArchive(input);
        asFileSet(input);
    }

    /** A reading: files (normalised path to content) and folders; null when refused. */
    record Reading(Map<String, String> files, TreeSet<String> folders) { }

    private static void asArchive(byte[] input) {
        Reading templint = templint(input);
        if (templint == null) {
            return;
        }
        if (input.length >= 4 && input[0] == 'P' && input[1] == 'K') {
            compare("JDK central directory (ZipFile)", templint, zipCentral(input));
            compare("JDK local headers (ZipInputStream)", templint, zipLocal(input));
            return;
        }
        byte[] tar = input;
        if (input.length >= 2 && (input[0] & 0xff) == 0x1f && (input[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(input))) {
                tar = in.readNBytes(80 << 20);
            } catch (IOException e) {
                throw new AssertionError("templint accepted a gzip stream the JDK cannot read", e);
            }
        }
        Reading reference = ReferenceTar.read(tar);
        if (reference == null) {
            throw new AssertionError("templint accepted a tar that the Go-like reference refuses: " + templint);
        }
        if (reference != ReferenceTar.UNSUPPORTED) {
            compare("reference tar reading", templint, reference);
        }
    }

    private static void asFileSet(byte[] input) {
        Map<String, byte[]> set = fileSet(input);
        Reading fromTar = templint(writeTar(set));
        byte[] zip = writeZip(set);
        Reading fromZip = zip == null ? null : templint(zip);
        if (zip == null) {
            if (fromTar != null) {
                throw new AssertionError("the JDK cannot write these files as a zip, but their tar was accepted");
            }
            return;
        }
        if ((fromTar == null) != (fromZip == null)) {
            throw new AssertionError("the same files were " + (fromTar == null ? "refused" : "accepted")
                + " as a tar but " + (fromZip == null ? "refused" : "accepted") + " as a zip: " + set.keySet());
        }
        if (fromTar == null) {
            return;
        }
        compare("the same files as a zip", fromTar, fromZip);
        Map<String, String> written = new TreeMap<>();
        set.forEach((k, v) -> {
            if (!k.endsWith("/")) {
                written.put(normalize(k), latin1(v));
            }
        });
        if (!written.equals(fromTar.files())) {
            throw new AssertionError("templint read other files than were written: " + fromTar.files().keySet()
                + " vs " + written.keySet());
        }
    }

    private static void compare(String what, Reading templint, Reading other) {
        if (other == null) {
            return; // that reader cannot read it at all: nothing to compare
        }
        if (!templint.files().equals(other.files())) {
            throw new AssertionError("templint and the " + what + " read different files: "
                + templint.files().keySet() + " vs " + other.files().keySet());
        }
        if (!templint.folders().containsAll(other.folders())) {
            throw new AssertionError("the " + what + " has folders templint does not: " + other.folders());
        }
    }

    private static Reading templint(byte[] archive) {
        try {
            TemplateFiles f = TemplateSource.archive("fuzz", new ByteArrayInputStream(archive))
                .open(SourceLimits.DEFAULTS);
            Map<String, String> files = new TreeMap<>();
            TreeSet<String> folders = new TreeSet<>();
            List<String> todo = new ArrayList<>(List.of(""));
            while (!todo.isEmpty()) {
                String dir = todo.remove(todo.size() - 1);
                for (String n : f.fileNames(dir)) {
                    String p = dir.isEmpty() ? n : dir + "/" + n;
                    files.put(p, latin1(f.read(p)));
                }
                for (String n : f.directoryNames(dir)) {
                    String p = dir.isEmpty() ? n : dir + "/" + n;
                    folders.add(p);
                    todo.add(p);
                }
            }
            return new Reading(files, folders);
        } catch (TemplateSourceException refused) {
            return null;
        }
    }

    private static Reading zipCentral(byte[] zip) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("templint-fuzz", ".zip");
            Files.write(tmp, zip);
            try (ZipFile z = new ZipFile(tmp.toFile(), StandardCharsets.UTF_8)) {
                Reading r = new Reading(new TreeMap<>(), new TreeSet<>());
                for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                    ZipEntry e = en.nextElement();
                    try (InputStream in = z.getInputStream(e)) {
                        add(r, e.getName(), in.readNBytes(80 << 20));
                    }
                }
                return r;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    private static Reading zipLocal(byte[] zip) {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            Reading r = new Reading(new TreeMap<>(), new TreeSet<>());
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                add(r, e.getName(), z.readNBytes(80 << 20));
            }
            return r;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void add(Reading r, String name, byte[] content) {
        if (name.endsWith("/")) {
            String n = normalize(name);
            if (!n.isEmpty()) {
                r.folders().add(n);
            }
        } else {
            r.files().put(normalize(name), latin1(content));
        }
    }

    /** The reference's own path normalisation: no "", "." segments, no trailing slash. */
    static String normalize(String name) {
        List<String> out = new ArrayList<>();
        for (String seg : name.split("/")) {
            if (!seg.isEmpty() && !seg.equals(".")) {
                out.add(seg);
            }
        }
        return String.join("/", out);
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** Up to 20 records {@code name\ncontent}, separated by NUL; a name ending in '/' is a folder. */
    static Map<String, byte[]> fileSet(byte[] input) {
        Map<String, byte[]> set = new LinkedHashMap<>();
        int start = 0;
        for (int i = 0; i <= input.length && set.size() < 20; i++) {
            if (i == input.length || input[i] == 0) {
                byte[] rec = Arrays.copyOfRange(input, start, i);
                int nl = 0;
                while (nl < rec.length && rec[nl] != '\n') {
                    nl++;
                }
                String name = new String(rec, 0, nl, StandardCharsets.UTF_8);
                byte[] content = nl < rec.length ? Arrays.copyOfRange(rec, nl + 1, rec.length) : new byte[0];
                set.putIfAbsent(name, name.endsWith("/") ? new byte[0] : content);
                start = i + 1;
            }
        }
        return set;
    }

    /** A ustar archive; names that do not fit the name field go into a pax path record. */
    static byte[] writeTar(Map<String, byte[]> set) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> e : set.entrySet()) {
            String name = e.getKey();
            boolean dir = name.endsWith("/");
            byte[] raw = name.getBytes(StandardCharsets.UTF_8);
            if (raw.length > 100 || name.indexOf(0) >= 0) {
                String body = " path=" + name + "\n";
                int len = body.getBytes(StandardCharsets.UTF_8).length;
                int total = len + String.valueOf(len).length();
                if (String.valueOf(total).length() != String.valueOf(len).length()) {
                    total++;
                }
                byte[] rec = (total + body).getBytes(StandardCharsets.UTF_8);
                block(out, "pax", 'x', rec);
                name = "long";
            }
            block(out, name, dir ? '5' : '0', dir ? new byte[0] : e.getValue());
        }
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static void block(ByteArrayOutputStream out, String name, char type, byte[] data) {
        byte[] h = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, h, 0, Math.min(100, n.length));
        put(h, 100, "0000644");
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, String.format("%011o", data.length));
        put(h, 136, "00000000000");
        h[156] = (byte) type;
        put(h, 257, "ustar");
        put(h, 263, "00");
        Arrays.fill(h, 148, 156, (byte) ' ');
        int sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o", sum));
        out.writeBytes(h);
        out.writeBytes(data);
        out.writeBytes(new byte[(512 - data.length % 512) % 512]);
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, b.length);
    }

    /** The files as a zip, or null when the JDK refuses to write them (duplicate names). */
    static byte[] writeZip(Map<String, byte[]> set) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : set.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return out.toByteArray();
    }

    /**
     * An independent, simple tar reading after Go's archive/tar: POSIX ustar and old (V7) headers,
     * the unsigned or signed checksum, octal and base-256 sizes, pax {@code path} and {@code size},
     * GNU long names (taking precedence, as in Go), global headers ignored, directories without
     * data, the end at two zero blocks or at the end of the input. GNU and star headers and other
     * entry types are outside it ({@link #UNSUPPORTED}).
     */
    static final class ReferenceTar {

        static final Reading UNSUPPORTED = new Reading(Map.of(), new TreeSet<>());

        private ReferenceTar() { }

        /** The reading; null when Go would fail; {@link #UNSUPPORTED} when outside this reference. */
        static Reading read(byte[] t) {
            Reading r = new Reading(new TreeMap<>(), new TreeSet<>());
            int pos = 0;
            String paxPath = null;
            Long paxSize = null;
            String longName = null;
            while (true) {
                if (pos == t.length) {
                    return r;
                }
                if (pos + 512 > t.length) {
                    return null;
                }
                if (zero(t, pos)) {
                    if (pos + 512 == t.length || pos + 1024 <= t.length && zero(t, pos + 512)) {
                        return r;
                    }
                    return null;
                }
                long stored = octal(t, pos + 148, 8);
                long unsigned = 0;
                long signed = 0;
                for (int i = 0; i < 512; i++) {
                    int b = i >= 148 && i < 156 ? ' ' : t[pos + i];
                    unsigned += b & 0xff;
                    signed += b;
                }
                if (stored != unsigned && stored != signed) {
                    return null;
                }
                boolean ustar = Arrays.equals(t, pos + 257, pos + 263, "ustar\0".getBytes(), 0, 6);
                boolean gnuMagic = Arrays.equals(t, pos + 257, pos + 263, "ustar ".getBytes(), 0, 6);
                boolean star = ustar && Arrays.equals(t, pos + 508, pos + 512, "tar\0".getBytes(), 0, 4);
                if (gnuMagic || star) {
                    return UNSUPPORTED;
                }
                String name = cstring(t, pos, 100);
                if (ustar) {
                    String prefix = cstring(t, pos + 345, 155);
                    if (!prefix.isEmpty()) {
                        name = prefix + "/" + name;
                    }
                }
                long size = (t[pos + 124] & 0x80) != 0 ? base256(t, pos + 124) : octal(t, pos + 124, 12);
                char type = (char) (t[pos + 156] & 0xff);
                int data = pos + 512;
                boolean headerOnly = type == '5' || type == '1' || type == '2' || type == '3' || type == '4'
                    || type == '6';
                long physical = headerOnly ? 0 : size;
                if (size < 0 || data + physical > t.length) {
                    return null;
                }
                byte[] body = Arrays.copyOfRange(t, data, (int) (data + physical));
                pos = (int) Math.min(t.length, data + (physical + 511) / 512 * 512);
                switch (type) {
                    case 'x' -> {
                        String[] kv = pax(body);
                        if (kv == null) {
                            return null;
                        }
                        paxPath = kv[0];
                        paxSize = kv[1] == null ? null : Long.parseLong(kv[1]);
                        continue;
                    }
                    case 'g', 'K' -> {
                        continue;
                    }
                    case 'L' -> {
                        longName = cstring(body, 0, body.length);
                        continue;
                    }
                    default -> { }
                }
                if (paxPath != null) {
                    name = paxPath;
                }
                if (longName != null && !longName.isEmpty()) {
                    name = longName;
                }
                boolean dir = type == '5' || type == 0 && name.endsWith("/");
                if (paxSize != null && !dir) {
                    // the data section is the pax size, not the header's
                    pos = data;
                    if (data + paxSize > t.length) {
                        return null;
                    }
                    body = Arrays.copyOfRange(t, data, (int) (data + paxSize));
                    pos = (int) Math.min(t.length, data + (paxSize + 511) / 512 * 512);
                }
                paxPath = null;
                paxSize = null;
                longName = null;
                if (dir) {
                    String n = normalize(name);
                    if (!n.isEmpty()) {
                        r.folders().add(n);
                    }
                } else if (type == '0' || type == 0) {
                    r.files().put(normalize(name), latin1(body));
                } else {
                    return UNSUPPORTED;
                }
            }
        }

        /** path and size of pax records "%d key=value\n" (null when malformed). */
        private static String[] pax(byte[] b) {
            String path = null;
            String size = null;
            int p = 0;
            while (p < b.length) {
                int sp = p;
                while (sp < b.length && b[sp] != ' ') {
                    sp++;
                }
                int len;
                try {
                    len = Integer.parseInt(new String(b, p, sp - p, StandardCharsets.ISO_8859_1));
                } catch (NumberFormatException e) {
                    return null;
                }
                if (sp >= b.length || len < 5 || p + len > b.length || b[p + len - 1] != '\n' || p + len - 1 <= sp) {
                    return null;
                }
                String rec = new String(b, sp + 1, p + len - 1 - sp - 1, StandardCharsets.UTF_8);
                int eq = rec.indexOf('=');
                if (eq <= 0) {
                    return null;
                }
                String k = rec.substring(0, eq);
                String v = rec.substring(eq + 1);
                if (k.equals("path") && !v.isEmpty()) {
                    path = v;
                } else if (k.equals("size") && !v.isEmpty()) {
                    if (!v.chars().allMatch(c -> c >= '0' && c <= '9') || v.length() > 18) {
                        return null;
                    }
                    size = v;
                }
                p += len;
            }
            return new String[] {path, size};
        }

        private static boolean zero(byte[] t, int pos) {
            for (int i = pos; i < pos + 512; i++) {
                if (t[i] != 0) {
                    return false;
                }
            }
            return true;
        }

        private static String cstring(byte[] t, int off, int len) {
            int end = off;
            while (end < off + len && t[end] != 0) {
                end++;
            }
            return new String(t, off, end - off, StandardCharsets.UTF_8);
        }

        /** Octal as Go reads it: spaces and NULs trimmed at both ends, cut at a NUL, base 8. */
        private static long octal(byte[] t, int off, int len) {
            int from = off;
            int to = off + len;
            while (from < to && (t[from] == ' ' || t[from] == 0)) {
                from++;
            }
            while (to > from && (t[to - 1] == ' ' || t[to - 1] == 0)) {
                to--;
            }
            String s = cstring(t, from, to - from);
            if (s.isEmpty()) {
                return 0;
            }
            try {
                return Long.parseLong(s, 8);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private static long base256(byte[] t, int off) {
            if ((t[off] & 0x40) != 0) {
                return -1;
            }
            long v = t[off] & 0x3f;
            for (int i = off + 1; i < off + 12; i++) {
                if (v >>> 55 != 0) {
                    return -1;
                }
                v = v << 8 | (t[i] & 0xff);
            }
            return v;
        }
    }
}
