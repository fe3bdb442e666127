package io.templint.terraform;

import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parsed files of modules that several templates of one run read from outside their own folder
 * ({@code ../../main.tf}): a repository's examples and wrappers each call the module at its root,
 * so checking the repository folder by folder would otherwise parse the root module once per
 * example (on terraform-aws-modules repositories, every byte 2 to 4 times).
 *
 * <p>A parse is a pure function of the file's name (which its ranges carry), its bytes and the
 * parse options, and the tree is immutable; so a file read under the same name with the same bytes
 * gets the very tree parsed before, and the templates' reports are the same as without the cache
 * (and the same whichever template parsed it first). Only names leaving the template's folder are
 * kept: a template's own files are read by that template alone. The cache holds at most
 * {@link #capacityBytes} bytes of source (about 15 bytes of tree each), the least recently used
 * dropped first. Thread-safe.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class SharedModuleFiles {

    /** Never more than this much source, whatever the heap. */
    private static final long MAX_CAPACITY = 16L << 20;

    private final ParseOptions options;
    private final long capacityBytes;
    private final LinkedHashMap<Key, HclFile> files = new LinkedHashMap<>(64, 0.75f, true);
    private long heldBytes;
    private long hits;

    /**
     * A cache for files parsed with {@code options}, holding up to 1/128 of the JVM's maximum heap
     * in source bytes (so about a tenth of it in trees), and never more than 16 MiB of source.
     */
    public SharedModuleFiles(ParseOptions options) {
        this(options, Math.min(MAX_CAPACITY, Runtime.getRuntime().maxMemory() / 128));
    }

    SharedModuleFiles(ParseOptions options, long capacityBytes) {
        this.options = Objects.requireNonNull(options, "options");
        this.capacityBytes = capacityBytes;
    }

    /** Whether files of this name are kept: names that leave the template's folder. */
    static boolean shared(String name) {
        return name.startsWith("../");
    }

    /** The file {@code name} with {@code bytes} parsed with this cache's options: the tree kept when there is one. */
    public HclFile parse(String name, byte[] bytes) {
        if (!shared(name) || bytes.length > capacityBytes) {
            return Hcl.parse(new SourceFile(name, bytes), options);
        }
        Key key = new Key(name, bytes);
        synchronized (this) {
            HclFile kept = files.get(key);
            if (kept != null) {
                hits++;
                return kept;
            }
        }
        HclFile parsed = Hcl.parse(new SourceFile(name, bytes), options);
        synchronized (this) {
            if (files.putIfAbsent(key, parsed) == null) {
                heldBytes += bytes.length;
                Iterator<Map.Entry<Key, HclFile>> eldest = files.entrySet().iterator();
                while (heldBytes > capacityBytes && eldest.hasNext()) {
                    heldBytes -= eldest.next().getKey().bytes.length;
                    eldest.remove();
                }
            }
        }
        return parsed;
    }

    /** How many parses were served from the cache (for tests and benchmarks). */
    public synchronized long hits() {
        return hits;
    }

    /** A file's name and content; equal when both are. */
    private static final class Key {
        final String name;
        final byte[] bytes;
        final int hash;

        Key(String name, byte[] bytes) {
            this.name = name;
            this.bytes = bytes;
            this.hash = 31 * name.hashCode() + Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.name.equals(name) && Arrays.equals(k.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
