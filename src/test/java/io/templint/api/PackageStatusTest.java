package io.templint.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the supported API separated from the internals: every package's {@code package-info.java}
 * must say whether it is internal ("<b>Internal:</b>") or which of its public types are supported
 * ("API status"), so that a new package cannot silently become part of the API.
 */
class PackageStatusTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyPackageDeclaresItsApiStatus() throws IOException {
        List<String> undeclared = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (!holdsJava(dir) || dir.equals(SOURCES.resolve("io/templint/api"))) {
                    continue;
                }
                Path info = dir.resolve("package-info.java");
                String text = Files.exists(info) ? Files.readString(info) : "";
                if (!text.contains("<b>Internal:</b>") && !text.contains("API status")) {
                    undeclared.add(SOURCES.relativize(dir).toString().replace('/', '.'));
                }
            }
        }
        assertThat(undeclared)
            .as("packages whose package-info.java says neither '<b>Internal:</b> not part of templint's supported"
                + " API; may change without notice.' nor which public types are supported ('API status')")
            .isEmpty();
    }

    private static boolean holdsJava(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        }
    }
}
