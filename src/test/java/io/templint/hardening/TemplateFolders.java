package io.templint.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Template folders of the shared corpus: every folder that directly holds a {@code .tf} file. */
public final class TemplateFolders {

    private TemplateFolders() { }

    /** The shared folder given by the {@code templint.shared} system property, or null. */
    public static Path shared() {
        String s = System.getProperty("templint.shared");
        return s == null || !Files.isDirectory(Path.of(s, "corpus")) ? null : Path.of(s);
    }

    /** Every folder under {@code root} that directly holds a {@code .tf} file, sorted. */
    public static List<Path> under(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tf") && Files.isRegularFile(p))
                .map(Path::getParent).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
