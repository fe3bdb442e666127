package io.templint.hcl.json;

import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the fixtures under {@code testdata/json}. */
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
            return Hcl.parse(new SourceFile(name, Files.readAllBytes(path)), ParseOptions.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a string as a file named {@code name}. */
    static HclFile text(String name, String json) {
        return Hcl.parse(SourceFile.of(name, json), ParseOptions.DEFAULTS);
    }

    /** Whether the native-syntax parser is the real one (expressions in JSON strings need it). */
    static boolean nativeParserAvailable() {
        return !Hcl.parseExpression(SourceFile.of("probe", "a.b"), ParseOptions.DEFAULTS).hasErrors();
    }
}
