package io.templint.terraform.source;

import java.util.List;

/**
 * The files of one template, addressed by normalised paths relative to the template root (see
 * {@link TemplatePaths}; the root is {@code ""}). Only regular files are visible. Implementations
 * are safe for use from several threads.
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
}
