package io.templint.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * One template to analyse, as resolved from a {@code PATH} argument of {@code templint check}.
 * {@link #displayPath()} is the path as the user gave it: report paths start with it.
 */
public sealed interface TemplateInput {

    /** The template's path as given ({@code -} for standard input). */
    String displayPath();

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
    }

    /**
     * An archive holding a template: {@code .tar}, {@code .tar.gz}, {@code .tgz} or {@code .zip}.
     *
     * @param displayPath the archive as given
     * @param archive     the archive file
     * @param kind        its format
     */
    record Archive(String displayPath, Path archive, ArchiveKind kind) implements TemplateInput {
    }

    /** A tar archive on standard input ({@code -}). */
    record StandardInput() implements TemplateInput {
        @Override
        public String displayPath() {
            return "-";
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
