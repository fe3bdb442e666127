package io.templint.cli;

import io.templint.api.Finding;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.report.Fingerprints;
import io.templint.report.RuleCatalog;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code .tf} and {@code .tf.json} files of one folder (a root module), sorted by name.
 * Only regular files are read: a symbolic link is never followed (it could point out of the
 * template); it, and any file that cannot be read or is too large, becomes a finding.
 */
final class ModuleFiles {

    /**
     * The files read and the problems met.
     *
     * @param sources  each file, named by its display path
     * @param problems a finding for each file that was skipped
     */
    record Result(List<SourceFile> sources, List<Finding> problems) {
    }

    private ModuleFiles() { }

    /** Reads the folder's Terraform files; {@code displayDir} is the folder as the user gave it. */
    static Result read(Path dir, String displayDir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (InputResolver.isTerraformFile(p.getFileName().toString())) {
                    files.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new CliException(displayDir + ": cannot list the folder: " + Messages.of(e), e);
        }
        files.sort(null);
        List<SourceFile> sources = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        for (Path p : files) {
            String display = DisplayPaths.join(displayDir, p.getFileName().toString());
            String problem = readProblem(p);
            if (problem != null) {
                problems.add(problem(display, problem));
                continue;
            }
            try {
                sources.add(new SourceFile(display, Files.readAllBytes(p)));
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                problems.add(problem(display, "cannot read the file: " + Messages.of(e)));
            }
        }
        return new Result(sources, problems);
    }

    /** Why a file is not read, or null when it can be. */
    private static String readProblem(Path p) {
        if (Files.isSymbolicLink(p)) {
            return "a symbolic link: not followed";
        }
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return "not a regular file";
        }
        try {
            long size = Files.size(p);
            if (size > ParseOptions.DEFAULTS.maxFileBytes()) {
                return "too large (" + size + " bytes; at most " + ParseOptions.DEFAULTS.maxFileBytes() + " are read)";
            }
        } catch (IOException e) {
            return "cannot read the file: " + Messages.of(e);
        }
        return null;
    }

    private static Finding problem(String file, String why) {
        String message = "Skipped " + DisplayPaths.name(file) + ": " + why;
        return new Finding(RuleCatalog.UNREADABLE_FILE.id(), RuleCatalog.UNREADABLE_FILE.defaultSeverity(), message,
            file, 1, 1, 1, 1, false, null, Fingerprints.hash(RuleCatalog.UNREADABLE_FILE.id(), file, message),
            List.of());
    }
}
