package io.templint.cli;

import io.templint.terraform.source.TemplateSource;
import io.templint.terraform.source.TemplateSourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One template to analyse, as resolved from a {@code PATH} argument of {@code templint check}.
 * {@link #displayPath()} is the path as the user gave it: report paths start with it.
 */
sealed interface TemplateInput {

    /** The template's path as given ({@code -} for standard input). */
    String displayPath();

    /** Where the loader reads the template's files from; named by {@link #displayPath()}. */
    TemplateSource source();

    /**
     * A template folder (its root module).
     *
     * @param displayPath the folder as given ({@code .} for the working directory)
     * @param directory   the folder
     * @param onlyFiles   when not empty, report findings only in these files (names inside the
     *                    folder): the user named single files, e.g. through pre-commit
     */
    record Directory(String displayPath, Path directory, List<String> onlyFiles) implements TemplateInput {
        public Directory {
            onlyFiles = List.copyOf(onlyFiles);
        }

        @Override
        public TemplateSource source() {
            return TemplateSource.directory(displayPath, directory);
        }
    }

    /**
     * An archive holding a template: {@code .tar}, {@code .tar.gz}, {@code .tgz} or {@code .zip}.
     *
     * @param displayPath the archive as given
     * @param archive     the archive file
     * @param kind        its format
     */
    record Archive(String displayPath, Path archive, ArchiveKind kind) implements TemplateInput {

        @Override
        public TemplateSource source() {
            return limits -> {
                try (InputStream in = Files.newInputStream(archive)) {
                    return TemplateSource.archive(displayPath, in).open(limits);
                } catch (IOException e) {
                    throw new TemplateSourceException(displayPath + ": the archive cannot be read: "
                        + Messages.of(e), null, e);
                }
            };
        }
    }

    /**
     * A tar archive on standard input ({@code -}).
     *
     * @param in standard input
     */
    record StandardInput(InputStream in) implements TemplateInput {

        public StandardInput {
            Objects.requireNonNull(in, "in");
        }

        @Override
        public String displayPath() {
            return "-";
        }

        @Override
        public TemplateSource source() {
            return TemplateSource.archive("-", in);
        }
    }

    /** The archive formats templint reads. */
    enum ArchiveKind {
        TAR, TAR_GZ, ZIP;

        /** The format a file name denotes, or null when it is no archive. */
        public static ArchiveKind of(String fileName) {
            String n = fileName.toLowerCase(java.util.Locale.ROOT);
            if (n.endsWith(".tar")) {
                return TAR;
            }
            if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) {
                return TAR_GZ;
            }
            return n.endsWith(".zip") ? ZIP : null;
        }
    }
}
