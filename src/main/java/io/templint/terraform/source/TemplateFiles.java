package io.templint.terraform.source;

import java.util.List;

/**
 * The files of one template, addressed by normalised paths relative to the template root (see
 * {@link TemplatePaths}; the root is {@code ""}). Only regular files are visible. Implementations
 * are safe for use from several threads.
 *
 * <p>A folder on disk may also make readable the folders above it, up to a wider root (the
 * repository root, or one the caller names): their paths start with {@code ..} segments
 * ({@code ../../modules/x/main.tf}), as {@link #resolve} gives them. Archives and uploads are
 * their own root: nothing above them exists.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public interface TemplateFiles {

    /** A name for messages: the folder or archive as the user gave it. */
    String name();

    /** Whether {@code dir} is a directory of the template ({@code ""} always is). */
    boolean isDirectory(String dir);

    /** Whether {@code path} is a regular file of the template. */
    boolean isFile(String path);

    /**
     * The names (last segments, not paths) of the regular files directly inside {@code dir},
     * sorted; empty when {@code dir} is not a directory.
     *
     * @throws TemplateSourceException when the folder cannot be listed
     */
    List<String> fileNames(String dir) throws TemplateSourceException;

    /**
     * The names of the directories directly inside {@code dir}, sorted; empty when {@code dir} is
     * not a directory.
     *
     * @throws TemplateSourceException when the folder cannot be listed
     */
    List<String> directoryNames(String dir) throws TemplateSourceException;

    /**
     * What folder {@code dir} really is, so that a walk can tell two paths to one folder (symbolic
     * links in a folder on disk) apart and visit it once; by default the path itself.
     */
    default String folderIdentity(String dir) {
        return dir;
    }

    /**
     * The bytes of a regular file. The array must not be modified.
     *
     * @return the bytes, or null when there is no such regular file
     * @throws TemplateSourceException when the file cannot be read or exceeds a limit
     */
    byte[] read(String path) throws TemplateSourceException;

    /**
     * Resolves a relative reference ({@code ../../modules/x}) against a directory of these files
     * into a canonical path ({@link TemplatePaths#resolve(String, String, List)}).
     *
     * @return the path, or null when it leads beyond the {@linkplain #parentLevels() readable
     *         root} or is absolute
     */
    default String resolve(String dir, String relative) {
        return TemplatePaths.resolve(dir, relative);
    }

    /**
     * Whether {@code path} exists but leads beyond the readable root through a symbolic link, so
     * that it was not read (and is not {@linkplain #isDirectory visible}); false for archives.
     */
    default boolean leadsOutside(String path) {
        return false;
    }

    /**
     * How many folders above the template root may be read: 0 for an archive or an upload, and
     * for a folder that is its own root.
     */
    default int parentLevels() {
        return 0;
    }

    /**
     * Whether these files are a folder on disk, whose surroundings may hold more than templint
     * reads, rather than an archive or upload, which is all there is: a module source beyond the
     * readable root of a folder is not looked at (templint cannot tell whether it exists), while
     * one beyond an archive's root certainly does not exist for Terraform.
     */
    default boolean onDisk() {
        return false;
    }
}
