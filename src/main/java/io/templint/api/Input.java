package io.templint.api;

import io.templint.report.TerminalText;
import io.templint.terraform.source.SourceLimits;
import io.templint.terraform.source.TemplateFiles;
import io.templint.terraform.source.TemplateSource;
import io.templint.terraform.source.TemplateSourceException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One template to analyse: where its files come from and the path reports show for it.
 *
 * @param source      where the loader reads the template's files
 * @param displayPath the template path as given; report {@code file}s are this joined with the
 *                    file's path inside the template
 * @param location    the folder or archive file on disk it is read from, or null (files in memory,
 *                    a stream): the {@code paths} blocks of {@code .templint.hcl} match it, and a
 *                    folder another input of the run calls as a local module is a module
 * @param kind        what the input is, or null to let the analysis decide ({@link TemplateKind})
 */
public record Input(TemplateSource source, String displayPath, Path location, TemplateKind kind) {

    /**
     * Checks that neither the source nor the display path is null.
     *
     * @param source where the loader reads the template's files
     * @param displayPath the template path as given; report {@code file}s are this joined with the file's path inside the template
     * @param location the folder or archive file on disk it is read from, or null
     * @param kind what the input is, or null to let the analysis decide
     */
    public Input {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(displayPath, "displayPath");
    }

    /**
     * An input at no location on disk, whose kind the analysis decides.
     *
     * @param source where the loader reads the template's files
     * @param displayPath the template path as given
     */
    public Input(TemplateSource source, String displayPath) {
        this(source, displayPath, null, null);
    }

    /**
     * This input, said to be a template or a module; this takes precedence over every other way
     * the kind is decided.
     *
     * @param kind what it is, or null to let the analysis decide
     * @return the input with that kind
     */
    public Input withKind(TemplateKind kind) {
        return new Input(source, displayPath, location, kind);
    }

    /**
     * This input, read from {@code location} on disk.
     *
     * @param location the folder or archive file, or null
     * @return the input with that location
     */
    public Input withLocation(Path location) {
        return new Input(source, displayPath, location, kind);
    }

    /**
     * A template folder (its root module), shown as the path given.
     *
     * @param folder the folder
     * @return the input
     */
    public static Input folder(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new Input(TemplateSource.directory(folder.toString(), folder), folder.toString(), folder, null);
    }

    /**
     * A template folder or archive file ({@code .tar}, {@code .tar.gz}, {@code .tgz}, {@code .zip}), shown as given.
     *
     * @param path the folder or file
     * @return the input
     */
    public static Input path(Path path) {
        Objects.requireNonNull(path, "path");
        String name = path.toString();
        TemplateSource source = TemplateSource.of(path);
        TemplateSource checked = new TemplateSource() {
            @Override
            public TemplateFiles open(SourceLimits limits) throws TemplateSourceException {
                return open(limits, null);
            }

            @Override
            public TemplateFiles open(SourceLimits limits, Path readRoot) throws TemplateSourceException {
                if (!Files.exists(path)) {  // said plainly, not as an archive that cannot be read
                    throw new TemplateSourceException(name + ": no such file or directory", null);
                }
                return readRoot == null ? source.open(limits) : source.open(limits, readRoot);
            }
        };
        return new Input(checked, name, path, null);
    }

    /**
     * Files held in memory: paths relative to the template root ('/' separators) to contents.
     * The map is copied when the input is created; the arrays are not.
     *
     * @param files       the files
     * @param displayPath the template's path in reports
     * @return the input
     * @throws NullPointerException naming the argument, or the file whose path or content is null
     */
    public static Input files(Map<String, byte[]> files, String displayPath) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(displayPath, "displayPath");
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (e.getKey() == null) {
                throw new NullPointerException("files: a file of " + quoted(displayPath) + " has a null path");
            }
            if (e.getValue() == null) {
                throw new NullPointerException("files: " + quoted(e.getKey()) + " of " + quoted(displayPath)
                    + " has null content");
            }
        }
        return new Input(TemplateSource.files(displayPath, files), displayPath);
    }

    /** {@code "name"}, with what must not reach a log raw escaped. */
    private static String quoted(String name) {
        return '"' + TerminalText.safe(name) + '"';
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
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(displayPath, "displayPath");
        return new Input(TemplateSource.archive(displayPath, in), displayPath);
    }
}
