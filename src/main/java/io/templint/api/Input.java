package io.templint.api;

import io.templint.terraform.source.TemplateSource;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One template to analyse: where its files come from and the path reports show for it.
 *
 * @param source      where the loader reads the template's files
 * @param displayPath the template path as given; report {@code file}s are this joined with the
 *                    file's path inside the template
 */
public record Input(TemplateSource source, String displayPath) {

    /**
     * Checks that neither component is null.
     *
     * @param source where the loader reads the template's files
     * @param displayPath the template path as given; report {@code file}s are this joined with the file's path inside the template
     */
    public Input {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(displayPath, "displayPath");
    }

    /**
     * A template folder (its root module), shown as the path given.
     *
     * @param folder the folder
     * @return the input
     */
    public static Input folder(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new Input(TemplateSource.directory(folder.toString(), folder), folder.toString());
    }

    /**
     * A template folder or archive file ({@code .tar}, {@code .tar.gz}, {@code .tgz}, {@code .zip}), shown as given.
     *
     * @param path the folder or file
     * @return the input
     */
    public static Input path(Path path) {
        Objects.requireNonNull(path, "path");
        return new Input(TemplateSource.of(path), path.toString());
    }

    /**
     * Files held in memory: paths relative to the template root ('/' separators) to contents.
     * The map is copied when the input is created; the arrays are not.
     *
     * @param files       the files
     * @param displayPath the template's path in reports
     * @return the input
     */
    public static Input files(Map<String, byte[]> files, String displayPath) {
        return new Input(TemplateSource.files(displayPath, files), displayPath);
    }

    /**
     * An archive (tar, gzip-compressed tar or zip, told apart by content) read from a stream when
     * the template is analysed. The stream is read to the end of the archive and not closed.
     *
     * @param in          the archive
     * @param displayPath the template's path in reports
     * @return the input, to be analysed once
     */
    public static Input archive(InputStream in, String displayPath) {
        return new Input(TemplateSource.archive(displayPath, in), displayPath);
    }
}
