package io.templint.hcl.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of testdata/hcl/errors starts with {@code # expect: LINE:COLUMN Summary} lines: the
 * diagnostics the parser must report, in order, each at the start of its subject range.
 */
class ErrorFixturesTest {

    private static final String EXPECT = "# expect: ";

    @TestFactory
    Stream<DynamicTest> everyErrorFixture() throws IOException {
        Path dir = Path.of("testdata", "hcl", "errors");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".hcl")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        List<String> expected = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (!line.startsWith(EXPECT)) {
                break;
            }
            expected.add(line.substring(EXPECT.length()));
        }
        assertThat(expected).as("expectations of " + p).isNotEmpty();
        HclFile f = NativeParser.parseFile(new SourceFile(p.getFileName().toString(), bytes), ParseOptions.DEFAULTS);
        List<String> actual = new ArrayList<>();
        for (Diagnostic d : f.diagnostics()) {
            assertThat(d.subject()).as("subject of " + d).isNotNull();
            assertThat(d.detail()).as("detail of " + d).isNotBlank();
            actual.add(d.subject().startLine() + ":" + d.subject().startColumn() + " " + d.summary());
        }
        assertThat(actual).as(p.toString()).containsExactlyElementsOf(expected);
        assertThat(f.hasErrors()).isTrue();
    }
}
