package io.templint.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * templint as a Maven dependency of an application that pins its own ANTLR and Jackson: the
 * library jar (with ANTLR and Jackson relocated inside it) is compiled against and run beside
 * old and new versions of both, on the class path and on the module path. The application must
 * get the right answers and templint must print nothing.
 */
class EmbeddingIT {

    private static Path libraryJar;
    private static Path consumerLibs;
    private static Path consumerSources;

    @TempDir
    Path tmp;

    @BeforeAll
    static void locate() {
        libraryJar = Path.of(System.getProperty("templint.libraryJar", "target/templint-0.1.0.jar")).toAbsolutePath();
        consumerLibs = Path.of(System.getProperty("templint.consumerLibs", "target/consumer-libs")).toAbsolutePath();
        Path basedir = Path.of(System.getProperty("templint.basedir", "")).toAbsolutePath();
        consumerSources = basedir.resolve("src/test/consumer");
        assertThat(libraryJar).as("the library jar; run 'mvn verify'").isRegularFile();
        assertThat(consumerLibs).as("the consumer libraries copied by the build").isDirectory();
    }

    @Test
    void theLibraryJarBundlesItsOwnAntlrAndJacksonOnlyUnderItsOwnPackage() throws IOException {
        try (ZipFile zip = new ZipFile(libraryJar.toFile())) {
            List<String> names = zip.stream().map(e -> e.getName()).collect(Collectors.toList());
            assertThat(names).anyMatch(n -> n.startsWith("io/templint/internal/antlr/"))
                .anyMatch(n -> n.startsWith("io/templint/internal/jackson/databind/"))
                .noneMatch(n -> n.startsWith("org/antlr/"))
                .noneMatch(n -> n.startsWith("com/fasterxml/"))
                .noneMatch(n -> n.startsWith("picocli/"))
                .contains("META-INF/LICENSE", "META-INF/NOTICE");
        }
        Path pom = libraryJar.getParent().resolve("dependency-reduced-pom.xml");
        String published = Files.readString(pom, StandardCharsets.UTF_8);
        String dependencies = published.substring(published.indexOf("<dependencies>"));
        assertThat(dependencies).doesNotContain("<artifactId>antlr4-runtime</artifactId>")
            .doesNotContain("<artifactId>jackson-databind</artifactId>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"antlr4.9.3-jackson2.12.7", "antlr4.9.3-jackson2.13.5", "antlr4.11.1-jackson2.14.3",
        "antlr4.13.2-jackson2.23.0"})
    void anApplicationWithItsOwnAntlrAndJacksonGetsTheRightAnswersAndTemplintPrintsNothing(String libs)
            throws Exception {
        List<Path> appLibs = jars(consumerLibs.resolve(libs));
        assertThat(appLibs).hasSize(4);
        List<Path> classPath = new ArrayList<>(appLibs);
        classPath.add(0, libraryJar);
        Path classes = tmp.resolve("classes");
        compile(consumerSources.resolve("classpath"), classes, List.of("-classpath", join(classPath)));
        classPath.add(0, classes);

        Result r = run(List.of(java(), "-cp", join(classPath), "consumer.Consumer"));

        assertThat(r.err).as("standard error of the application").isEmpty();
        assertThat(r.status).isZero();
        assertThat(r.out.lines()).containsExactly(
            "capable=true",
            "sidebar=coder_app.claude",
            "sensitive=1",
            "roundtrip=true",
            "json=true",
            "app=true");
    }

    @Test
    void aNamedModuleRequiresIoTemplintOnTheModulePath() throws Exception {
        Path modules = tmp.resolve("mods");
        Files.createDirectories(modules);
        Files.copy(libraryJar, modules.resolve("templint.jar"));
        Path classes = tmp.resolve("consumer-module");
        compile(consumerSources.resolve("modulepath"), classes, List.of("--module-path", modules.toString()));

        Result r = run(List.of(java(), "--module-path", modules + File.pathSeparator + classes,
            "-m", "consumer/consumer.ModuleConsumer"));

        assertThat(r.err).isEmpty();
        assertThat(r.status).isZero();
        assertThat(r.out.lines()).containsExactly("capable=true", "json=true");
    }

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static void compile(Path sourceRoot, Path out, List<String> options) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("--release", "17", "-d", out.toString()));
        try (Stream<Path> s = Files.walk(sourceRoot)) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        StringWriter diagnostics = new StringWriter();
        int status = javac.run(null, null, null, args.toArray(String[]::new));
        assertThat(status).as("javac %s %s", args, diagnostics).isZero();
    }

    private record Result(int status, String out, String err) { }

    private Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
