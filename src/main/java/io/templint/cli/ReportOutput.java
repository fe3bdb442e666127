package io.templint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Delivers a finished report: to standard output, or to the {@code --output} file. */
final class ReportOutput {

    private ReportOutput() { }

    /**
     * Writes {@code text} to {@code file} (resolved against the working directory) or, when
     * {@code file} is null, to standard output.
     *
     * @throws CliException when the file cannot be written
     */
    static void deliver(String text, String file, Console console) {
        if (file == null) {
            console.out().print(text);
            console.out().flush();
            return;
        }
        Path path = console.workingDir().resolve(file);
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new CliException(file + ": cannot write the report: " + Messages.of(e), e);
        }
    }
}
