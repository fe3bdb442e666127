package io.templint.hardening;

import io.templint.testkit.SharedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Template folders of the shared corpus: every folder that directly holds a {@code .tf} file. */
public final class TemplateFolders {

    private TemplateFolders() { }

    /**
     * The shared folder ({@link SharedCorpus}), or null when its corpus is absent and not required;
     * absent and required, the calling test fails.
     */
    public static Path shared() {
        if (SharedCorpus.exists("corpus")) {
            return SharedCorpus.shared();
        }
        if (SharedCorpus.required()) {
            throw SharedCorpus.missing(SharedCorpus.corpus());
        }
        return null;
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
