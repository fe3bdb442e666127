package io.templint.terraform;

import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Files parsed once for the several readers one run has of them (and, for the modules among them,
 * the check of each variable's default against its type, {@link #defaultCheck}). Two kinds:
 *
 * <ul>
 * <li>Modules that several templates read from outside their own folder ({@code ../../main.tf}): a
 *     repository's examples and wrappers each call the module at its root, so checking the
 *     repository folder by folder would otherwise parse the root module once per example (on
 *     terraform-aws-modules repositories, every byte 2 to 4 times). Kept for every template that
 *     reads them.
 * <li>A folder's own files that the run's local-module scan ({@code LocalModuleCalls}) parsed to
 *     find its {@code module} blocks before the analyses start ({@link #parseAhead}): handed over to
 *     the folder's analysis, which reads them under the same name, and dropped then.
 * </ul>
 *
 * <p>A parse is a pure function of the file's name (which its ranges carry), its bytes and the
 * parse options, and the tree is immutable; so a file read under the same name with the same bytes
 * gets the very tree parsed before, and the reports are the same as without this (and the same
 * whichever reader parsed it first). At most {@link #capacityBytes} bytes of source are held (about
 * 15 bytes of tree each), the least recently used dropped first. Thread-safe.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class SharedModuleFiles {

    /** The most variable default checks kept. */
    private static final int MAX_DEFAULT_CHECKS = 4096;

    /** Never more than this much source, whatever the heap. */
    private static final long MAX_CAPACITY = 16L << 20;

    private final ParseOptions options;
    private final long capacityBytes;
    private final LinkedHashMap<Key, HclFile> files = new LinkedHashMap<>(64, 0.75f, true);
    private long heldBytes;
    /**
     * Default checks by variable block (identity: blocks of kept files are the same objects for every
     * template); at most {@link #MAX_DEFAULT_CHECKS}, the least recently used dropped first, so that
     * the blocks they hold stay bounded when their files are dropped.
     */
    private final Map<Same, List<Diagnostic>> defaultChecks = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Same, List<Diagnostic>> eldest) {
            return size() > MAX_DEFAULT_CHECKS;
        }
    };
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

    /** Whether files of this name are kept for every reader: names that leave the template's folder. */
    static boolean shared(String name) {
        return name.startsWith("../");
    }

    /**
     * The file {@code name} with {@code bytes} parsed with this cache's options, for a template's
     * loader: the tree kept when there is one (a folder's own file parsed ahead is handed over and
     * no longer kept).
     */
    public HclFile parse(String name, byte[] bytes) {
        if (bytes.length > capacityBytes) {
            return Hcl.parse(new SourceFile(name, bytes), options);
        }
        boolean shared = shared(name);
        Key key = new Key(name, bytes);
        synchronized (this) {
            HclFile kept = shared ? files.get(key) : files.remove(key);
            if (kept != null) {
                hits++;
                if (!shared) {
                    heldBytes -= bytes.length;
                }
                return kept;
            }
        }
        HclFile parsed = Hcl.parse(new SourceFile(name, bytes), options);
        if (shared) {
            keep(key, parsed);
        }
        return parsed;
    }

    /**
     * The file {@code name} with {@code bytes} parsed with this cache's options, for a reader that
     * comes before the template's loader (the run's local-module scan): kept until the loader asks
     * for it by the same name.
     */
    public HclFile parseAhead(String name, byte[] bytes) {
        if (bytes.length > capacityBytes) {
            return Hcl.parse(new SourceFile(name, bytes), options);
        }
        Key key = new Key(name, bytes);
        synchronized (this) {
            HclFile kept = files.get(key);
            if (kept != null) {
                return kept;
            }
        }
        HclFile parsed = Hcl.parse(new SourceFile(name, bytes), options);
        keep(key, parsed);
        return parsed;
    }

    private synchronized void keep(Key key, HclFile parsed) {
        if (files.putIfAbsent(key, parsed) == null) {
            heldBytes += key.bytes.length;
            Iterator<Map.Entry<Key, HclFile>> eldest = files.entrySet().iterator();
            while (heldBytes > capacityBytes && eldest.hasNext()) {
                heldBytes -= eldest.next().getKey().bytes.length;
                eldest.remove();
            }
        }
    }

    /**
     * The diagnostics of checking a variable block's default against its type: worked out once for a
     * block of a file kept here (a module outside the template's folder, which every template calling
     * it decodes again), by {@code check} otherwise. The check is a pure function of the block.
     */
    List<Diagnostic> defaultCheck(Block variable, Supplier<List<Diagnostic>> check) {
        if (!shared(variable.range().filename())) {
            return check.get();
        }
        synchronized (this) {
            List<Diagnostic> known = defaultChecks.get(new Same(variable));
            if (known != null) {
                return known;
            }
        }
        List<Diagnostic> found = List.copyOf(check.get());
        synchronized (this) {
            defaultChecks.put(new Same(variable), found);
        }
        return found;
    }

    /** How many parses were served from the cache (for tests and benchmarks). */
    public synchronized long hits() {
        return hits;
    }

    /** A block as a key by identity (a block's own equality compares its whole subtree). */
    private record Same(Block block) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.block == block;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(block);
        }
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
