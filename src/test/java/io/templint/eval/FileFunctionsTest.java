package io.templint.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The file functions over the fixture template in testdata/eval/template, on disk and in memory. */
class FileFunctionsTest {

    private static final Path ROOT = Path.of("testdata/eval/template");

    private static EvalResult eval(String text, FileAccess files) {
        return new Evaluator(EvalTesting.standardScope()).withFiles(files).evaluate(EvalTesting.parse(text));
    }

    private static FileAccess memory() throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var s = Files.walk(ROOT)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(ROOT.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        return FileAccess.inMemory(files);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        file("hello.txt")                                   | "Hello World"
        file("./scripts/../hello.txt")                      | "Hello World"
        file("${path.module}/hello.txt")                    | "Hello World"
        fileexists("hello.txt")                             | true
        fileexists("nope.txt")                              | false
        fileexists("scripts")                               | false
        fileset(".", "scripts/*.sh")                        | ["scripts/run.sh", "scripts/setup.sh"]
        fileset("scripts", "*")                             | ["run.sh", "setup.sh"]
        fileset(".", "**/*.json")                           | ["nested/deep/x.json"]
        fileset(".", "{hello,nope}.txt")                    | ["hello.txt"]
        fileset(".", "scripts/s?tup.sh")                    | ["scripts/setup.sh"]
        fileset("nope", "*")                                | []
        filebase64("hello.txt")                             | "SGVsbG8gV29ybGQ="
        filemd5("hello.txt")                                | "b10a8db164e0754105b7a99be72e3fe5"
        filesha256("hello.txt")                             | "a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e"
        filesha1("hello.txt")                               | "0a4d55a8d778e5022fab701977c5d840bbc486d0"
        filebase64sha256("hello.txt")                       | "pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4="
        filesha512("hello.txt")                             | "2c74fd17edafd80e8447b0d46741ee243b7eb74dd2149a0ab1b9246fb30382f27e853d8585719e0e67cbda0daa8f51671064615d645ae27acb15bfb1447f459b"
        filebase64sha512("hello.txt")                       | "LHT9F+2v2A6ER7DUZ0HuJDt+t03SFJoKsbkkb7MDgvJ+hT2FhXGeDmfL2g2qj1FnEGRhXWRa4nrLFb+xRH9Fmw=="
        templatefile("greeting.tftpl", {name = "Ann", items = ["a", "b"]}) | "Hello, Ann! [a] [b]"
        jsondecode(file("nested/deep/x.json")).a            | 1
        """)
    void readsFilesInsideTheTemplate(String expression, String expected) throws IOException {
        for (FileAccess files : List.of(FileAccess.rootedAt(ROOT), memory())) {
            EvalResult r = eval(expression.replace("${path.module}", "."), files);
            assertThat(r.diagnostics()).as(expression).noneMatch(Diagnostic::isError);
            assertThat(Renderer.render(r.value(), 1000)).as(expression).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        file("missing.txt")                                 | no file exists
        file("binary.bin")                                  | not valid UTF-8
        templatefile("recursive.tftpl", {})                 | recursively
        templatefile("broken.tftpl", {})                    | syntax error
        templatefile("missing-var.tftpl", {})               | missing
        templatefile("greeting.tftpl", "x")                 | map or an object
        """)
    void refusesBadPaths(String expression, String detail) throws IOException {
        for (FileAccess files : List.of(FileAccess.rootedAt(ROOT), memory())) {
            EvalResult r = eval(expression, files);
            assertThat(r.diagnostics()).as(expression).anyMatch(d -> d.isError() && d.detail().contains(detail));
            assertThat(r.value().isUnknown()).isTrue();
        }
    }

    /**
     * Terraform reads files outside its module; templint does not: the result is unknown (not
     * invalid, so {@code try} does not fall back) with a warning on the path argument.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        file("../eval/template/hello.txt")                  | ../eval/template/hello.txt
        file("../../pom.xml")                               | ../../pom.xml
        file("/etc/passwd")                                 | /etc/passwd
        fileexists("/etc/passwd")                           | /etc/passwd
        fileset("..", "*")                                  | ..
        try(file("/etc/passwd"), "fallback")                | /etc/passwd
        templatefile("outside.tftpl", {})                   | /etc/hostname
        """)
    void pathsOutsideTheTemplateAreNotReadButWarnedAbout(String expression, String path) throws IOException {
        for (FileAccess files : List.of(FileAccess.rootedAt(ROOT), memory())) {
            EvalResult r = eval(expression, files);
            assertThat(r.diagnostics()).as(expression).noneMatch(Diagnostic::isError).singleElement()
                .satisfies(d -> {
                    assertThat(d.summary()).isEqualTo(EvalDiagnostics.FILE_NOT_READ);
                    assertThat(d.detail()).contains("\"" + path + "\" is outside the template", "did not read");
                });
            assertThat(r.value().isKnown()).as(expression).isFalse();
        }
    }

    @Test
    void templatefileRendersATemplateLargerThanTheParsersDefaultForConfigurationFiles() {
        // a 3 MiB script is read within the file functions' 16 MiB limit and must render, as Terraform
        // renders it, although configuration files are parsed only up to 2 MiB by default
        int lines = 3 * 1024 * 1024 / 32;
        String line = "echo 'a line of a long script'\n";
        byte[] big = (line.repeat(lines) + "echo ${name}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat((long) big.length).isGreaterThan(io.templint.hcl.ParseOptions.DEFAULTS.maxFileBytes());
        EvalResult r = eval("templatefile(\"big.tftpl\", {name = \"Ann\"})", FileAccess.inMemory(Map.of("big.tftpl", big)));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.value().asString()).endsWith("echo Ann\n").hasSize(line.length() * lines + "echo Ann\n".length());
    }

    @Test
    void templatefileKeepsTheMarksOfTheVariablesItUses() {
        FileAccess files = FileAccess.rootedAt(ROOT);
        assertThat(eval("templatefile(\"greeting.tftpl\", {name = var.token, items = []})", files).value()
            .isSensitive()).isTrue();
        assertThat(eval("templatefile(\"greeting.tftpl\", {name = \"x\", items = [], other = var.token})", files)
            .value().isSensitive()).isFalse();
        assertThat(eval("templatefile(\"greeting.tftpl\", {name = coder_agent.main.id, items = []})", files)
            .value().isUnknown()).isTrue();
    }

    @Test
    void symbolicLinksLeavingTheRootAreRefused(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectory(tmp.resolve("root"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "secret", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("ok.txt"), "ok", StandardCharsets.UTF_8);
        try {
            Files.createSymbolicLink(root.resolve("link.txt"), secret);
            Files.createSymbolicLink(root.resolve("dir"), tmp);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "symbolic links are not supported here");
        }
        FileAccess files = FileAccess.rootedAt(root);
        assertThat(eval("file(\"ok.txt\")", files).value()).isEqualTo(Value.string("ok"));
        assertThat(eval("file(\"link.txt\")", files).diagnostics()).anyMatch(d -> d.detail().contains("outside"));
        assertThat(eval("file(\"dir/secret.txt\")", files).diagnostics()).anyMatch(d -> d.detail().contains("outside"));
        assertThat(Renderer.render(eval("fileset(\".\", \"**\")", files).value(), 100)).isEqualTo("[\"ok.txt\"]");
    }

    @Test
    void filesTooLargeAreRefused() {
        Evaluator ev = new Evaluator(Scope.EMPTY).withFiles(FileAccess.rootedAt(ROOT))
            .withLimits(EvalLimits.DEFAULTS.withMaxFileBytes(5));
        EvalResult r = ev.evaluate(EvalTesting.parse("file(\"hello.txt\")"));
        assertThat(r.diagnostics()).anyMatch(d -> d.detail().contains("larger than 5 bytes"));
    }

    @Test
    void withoutFileAccessResultsAreUnknown() {
        EvalResult r = eval("file(\"hello.txt\")", FileAccess.NONE);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.value().unknownReason()).contains("file()");
        assertThat(eval("templatefile(\"greeting.tftpl\", {})", FileAccess.NONE).value().isUnknown()).isTrue();
        assertThat(eval("fileexists(\"x\")", FileAccess.NONE).value().isUnknown()).isTrue();
    }
}
