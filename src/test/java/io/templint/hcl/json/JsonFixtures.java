package io.templint.hcl.json;

import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.testkit.Crashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the fixtures under {@code testdata/json}; a result with an internal error fails ({@link Crashes}). */
final class JsonFixtures {

    static final Path ROOT = Path.of("testdata", "json");

    private JsonFixtures() { }

    /** Reads {@code testdata/json/<relative>} through the {@link Hcl} facade. */
    static HclFile read(String relative) {
        return read(ROOT.resolve(relative), relative.substring(relative.lastIndexOf('/') + 1));
    }

    /** Reads a file under the name {@code name}. */
    static HclFile read(Path path, String name) {
        try {
            return Crashes.check(Hcl.parse(new SourceFile(name, Files.readAllBytes(path)), ParseOptions.DEFAULTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a string as a file named {@code name}. */
    static HclFile text(String name, String json) {
        return Crashes.check(Hcl.parse(SourceFile.of(name, json), ParseOptions.DEFAULTS));
    }
}
