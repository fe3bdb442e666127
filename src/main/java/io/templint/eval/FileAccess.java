package io.templint.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How the file functions ({@code file}, {@code fileexists}, {@code fileset}, {@code templatefile},
 * ...) read files. Paths are as the template writes them, relative to the template root
 * ({@code "${path.module}/scripts/run.sh"} with {@code path.module} being {@code "."} or
 * {@code "modules/x"}), using {@code /} as separator.
 *
 * <p>Implementations never read outside the template: a path that leaves the root (through
 * {@code ..}, an absolute path or a symbolic link) raises {@link OutsideRootException}.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public interface FileAccess {

    /**
     * The bytes of a regular file.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws OutsideRootException              when the path leaves the template root
     * @throws UnavailableException              when this access reads no files at all
     * @throws TooLargeException                 when the file is larger than {@code maxBytes}
     * @throws IOException                       for other read errors
     */
    byte[] read(String path, long maxBytes) throws IOException;

    /** Whether {@code path} names a regular file; false for directories and missing files. */
    boolean isFile(String path) throws IOException;

    /**
     * The regular files below directory {@code base} whose path relative to {@code base} matches
     * {@code pattern} (Terraform {@code fileset} glob syntax: {@code *}, {@code **}, {@code ?},
     * {@code [...]}, <code>{a,b}</code>), relative to {@code base}, with {@code /}, sorted.
     */
    List<String> glob(String base, String pattern, int maxResults) throws IOException;

    /** Raised for a path that leaves the template root. */
    final class OutsideRootException extends IOException {
        public OutsideRootException(String path) {
            super("the path " + path + " is outside the template");
        }
    }

    /** Raised for a file larger than a read allows. */
    final class TooLargeException extends IOException {
        public TooLargeException(String path, long maxBytes) {
            super("the file " + path + " is larger than " + maxBytes + " bytes");
        }
    }

    /** Raised when files cannot be read at all; file functions then give unknown values. */
    final class UnavailableException extends IOException {
        public UnavailableException() {
            super("files are not available to this evaluation");
        }
    }

    /** Reads no files: file functions return unknown values. */
    FileAccess NONE = new FileAccess() {
        @Override
        public byte[] read(String path, long maxBytes) throws IOException {
            throw new UnavailableException();
        }

        @Override
        public boolean isFile(String path) throws IOException {
            throw new UnavailableException();
        }

        @Override
        public List<String> glob(String base, String pattern, int maxResults) throws IOException {
            throw new UnavailableException();
        }
    };

    /**
     * What {@link #read} returns for a file held in memory: a copy of {@code content}, or
     * {@link java.nio.file.NoSuchFileException} when it is null, or {@link TooLargeException} when it is larger
     * than {@code maxBytes}.
     */
    static byte[] readHeld(String path, byte[] content, long maxBytes) throws IOException {
        if (content == null) {
            throw new java.nio.file.NoSuchFileException(path);
        }
        if (content.length > maxBytes) {
            throw new TooLargeException(path, maxBytes);
        }
        return content.clone();
    }

    /** Reads files below the directory {@code root}, never outside it. */
    static FileAccess rootedAt(Path root) {
        return new RootedFileAccess(root);
    }

    /** Reads files held in memory, keyed by {@code /}-separated paths relative to the template root. */
    static FileAccess inMemory(java.util.Map<String, byte[]> files) {
        return new MemoryFileAccess(files);
    }
}
