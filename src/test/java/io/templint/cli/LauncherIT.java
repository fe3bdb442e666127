package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/templint} in a checkout: it builds the jar on the first run, never again while the jar
 * is current, and again when a source is newer than the jar (after a {@code git pull}), so it
 * never runs stale code. A stand-in {@code mvn} on the PATH records each build and what it skips.
 * Its start-up archive: on Java 24 and newer the JDK's AOT cache, on Java 17 to 23 a
 * class-data-sharing archive, each made once per jar, silently, and never breaking a run.
 */
class LauncherIT {

    @TempDir
    Path tmp;

    private Path checkout;
    private Path builds;

    @Test
    void buildsOnceThenAgainOnlyWhenASourceIsNewerThanTheJar() throws Exception {
        Path basedir = Path.of(System.getProperty("templint.basedir", "")).toAbsolutePath();
        Path realJar = Path.of(System.getProperty("templint.jar", "target/templint-0.1.0-cli.jar")).toAbsolutePath();
        checkout = tmp.resolve("checkout");
        Files.createDirectories(checkout.resolve("bin"));
        Files.createDirectories(checkout.resolve("src/main/java"));
        Files.createDirectories(checkout.resolve("grammar"));
        Files.copy(basedir.resolve("bin/templint"), checkout.resolve("bin/templint"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Path source = checkout.resolve("src/main/java/A.java");
        Files.writeString(source, "class A { }\n");
        setTime(checkout.resolve("pom.xml"), -3600);
        setTime(source, -3600);

        builds = tmp.resolve("builds.log");
        Path fakeBin = tmp.resolve("fake-bin");
        Files.createDirectories(fakeBin);
        Path mvn = fakeBin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n"
            + "echo \"$*\" >> '" + builds + "'\n"
            // like Maven with identical output, an existing jar is left as it was, time included
            + "jar=target/templint-" + Report.Tool.TEMPLINT.version() + "-cli.jar\n"
            + "[ -f \"$jar\" ] || { mkdir -p target && cp '" + realJar + "' \"$jar\"; }\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        String path = fakeBin + ":" + System.getenv("PATH");

        Result first = launch(path);
        assertThat(first.err).contains("building the command-line jar (first run only)");
        assertThat(first.out).startsWith("templint " + Report.Tool.TEMPLINT.version() + "\nmodule catalog ");
        assertThat(buildLines()).hasSize(1);
        assertThat(buildLines().get(0)).contains("-Dmaven.test.skip=true", "-Dmaven.javadoc.skip=true",
            "-Dmaven.source.skip=true", "package");

        Result second = launch(path);
        assertThat(second.err).isEmpty();
        assertThat(buildLines()).hasSize(1);

        // a pull brings a source newer than the jar
        setTime(checkout.resolve("target/templint-" + Report.Tool.TEMPLINT.version() + "-cli.jar"), -1800);
        setTime(source, -600);
        Result third = launch(path);
        assertThat(third.err).contains("the sources are newer than the jar");
        assertThat(buildLines()).hasSize(2);

        Result fourth = launch(path);
        assertThat(fourth.err).isEmpty();
        assertThat(buildLines()).hasSize(2);
    }

    /** A Java 25 runtime, where these machines have one; the tests that need it are skipped elsewhere. */
    private static final Path JAVA_25 = Path.of(System.getProperty("templint.java25",
        "/usr/lib/jvm/temurin-25-jdk-amd64"));

    private static final String TEMPLATE = "resource \"coder_agent\" \"main\" {\n  os   = \"linux\"\n"
        + "  arch = \"amd64\"\n}\n";

    @Test
    void onJava25TheAotCacheIsMadeOnceSilentlyAndABadOneNeverBreaksARun() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(JAVA_25.resolve("bin/java")) && Files.isRegularFile(JAVA_25.resolve("release")),
            "no Java 25 runtime at " + JAVA_25 + " (set -Dtemplint.java25=DIR)");
        Path jar = copyJar();
        Path cache = jar.resolveSibling(jar.getFileName().toString().replace(".jar", ".aot"));
        Files.createDirectories(tmp.resolve("t"));
        Files.writeString(tmp.resolve("t/main.tf"), TEMPLATE);
        Map<String, String> java25 = Map.of("JAVA_HOME", JAVA_25.toString());
        Result plain = check(jar, Map.of("JAVA_HOME", JAVA_25.toString(), "TEMPLINT_NO_CDS", "1"));
        assertThat(plain.out).contains("1 template checked");
        assertThat(cache).doesNotExist();

        Result first = check(jar, java25);   // trains and makes the cache, then runs with it
        assertThat(first).isEqualTo(plain);
        assertThat(cache).isRegularFile();
        assertThat(Files.size(cache)).isPositive();
        assertThat(siblings(jar)).containsExactlyInAnyOrder(jar.getFileName().toString(), cache.getFileName().toString());
        FileTime made = Files.getLastModifiedTime(cache);

        Result second = check(jar, java25);
        assertThat(second).isEqualTo(plain);
        assertThat(Files.getLastModifiedTime(cache)).isEqualTo(made);

        // the java on the PATH, followed through a link to its home, is read the same way
        Path fakeBin = Files.createDirectories(tmp.resolve("java-bin"));
        Files.createSymbolicLink(fakeBin.resolve("java"), JAVA_25.resolve("bin/java"));
        Map<String, String> onPath = Map.of("PATH", fakeBin + ":" + System.getenv("PATH"));
        assertThat(check(jar, onPath)).isEqualTo(plain);
        assertThat(Files.getLastModifiedTime(cache)).isEqualTo(made);

        // a damaged cache, with the jar's time so that it is not remade, is ignored without a word
        assertThat(made).isEqualTo(Files.getLastModifiedTime(jar));
        Files.write(cache, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Files.setLastModifiedTime(cache, made);
        assertThat(check(jar, java25)).isEqualTo(plain);
        assertThat(Files.size(cache)).isEqualTo(8);
    }

    @Test
    void onJava17TheClassDataSharingArchiveIsMadeInstead() throws Exception {
        Path home = Path.of(System.getProperty("java.home"));
        String release = Files.isRegularFile(home.resolve("release")) ? Files.readString(home.resolve("release")) : "";
        Assumptions.assumeTrue(release.matches("(?s).*JAVA_VERSION=\"(17|18|19|20|21|22|23)[.\"].*"),
            "the tests do not run on Java 17 to 23");
        Path jar = copyJar();
        Files.createDirectories(tmp.resolve("t"));
        Files.writeString(tmp.resolve("t/main.tf"), TEMPLATE);
        Map<String, String> java17 = Map.of("JAVA_HOME", home.toString());
        Result plain = check(jar, Map.of("JAVA_HOME", home.toString(), "TEMPLINT_NO_CDS", "1"));
        assertThat(check(jar, java17)).isEqualTo(plain);
        String name = jar.getFileName().toString();
        assertThat(siblings(jar)).containsExactlyInAnyOrder(name, name.replace(".jar", ".jsa"));
        Path archive = jar.resolveSibling(name.replace(".jar", ".jsa"));
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(Files.getLastModifiedTime(jar));
        assertThat(check(jar, java17)).isEqualTo(plain);

        // the JVM ignores an archive made from another jar, so a jar replaced by an older one (as
        // Maven restores a jar whose content did not change) gets its archive made again
        Files.write(archive, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        setTime(archive, 0);
        setTime(jar, -120);
        assertThat(check(jar, java17)).isEqualTo(plain);
        assertThat(Files.size(archive)).isGreaterThan(8);
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(Files.getLastModifiedTime(jar));
        Path log = tmp.resolve("cds.log");
        assertThat(check(jar, Map.of("JAVA_HOME", home.toString(), "TEMPLINT_JAVA_OPTS",
            "-Xlog:class+load=info:file=" + log))).isEqualTo(plain);
        assertThat(Files.readString(log)).contains("io.templint.cli.FastCommandLine source: shared objects file (top)");
    }

    /**
     * A plain {@code check}, and a plain {@code parse} of an argument file's list, never build
     * picocli's command model (its Java 5 classes no archive can hold); {@code check --help} still
     * does, and prints picocli's help.
     */
    @Test
    void aPlainCheckOrParseLoadsNoPicocliModel() throws Exception {
        Path jar = copyJar();
        Files.createDirectories(tmp.resolve("t"));
        Files.writeString(tmp.resolve("t/main.tf"), TEMPLATE);
        Path checkLog = tmp.resolve("check-classes.log");
        Result checked = check(jar, Map.of("TEMPLINT_JAVA_OPTS", "-Xlog:class+load=info:file=" + checkLog));
        assertThat(checked.out).contains("1 template checked");
        assertThat(Files.readString(checkLog)).contains("io.templint.cli.FastCommandLine ")
            .doesNotContain("picocli.CommandLine ", "picocli.CommandLine$Model$CommandSpec ");

        Files.writeString(tmp.resolve("files.txt"), "t/main.tf\n");
        Path parseLog = tmp.resolve("parse-classes.log");
        Result parsed = launch(jar, parseLog, "parse", "--format", "json", "-j", "2", "@files.txt");
        assertThat(parsed.status).as(parsed.err).isZero();
        assertThat(parsed.out).contains("\"file\": \"t/main.tf\"");
        assertThat(Files.readString(parseLog)).contains("io.templint.cli.FastCommandLine ")
            .doesNotContain("picocli.CommandLine ", "picocli.CommandLine$Model$CommandSpec ");

        Path helpLog = tmp.resolve("help-classes.log");
        Result help = launch(jar, helpLog, "check", "--help");
        assertThat(help.status).isZero();
        assertThat(help.out).startsWith("Usage: templint check [");
        assertThat(Files.readString(helpLog)).contains("picocli.CommandLine$Model$CommandSpec ");
    }

    /** {@code bin/templint ARGS} in the temporary folder with the jar, logging the classes it loads to {@code classLog}. */
    private Result launch(Path jar, Path classLog, String... args) throws IOException, InterruptedException {
        Path basedir = Path.of(System.getProperty("templint.basedir", "")).toAbsolutePath();
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(basedir.resolve("bin/templint").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
            .directory(tmp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("TEMPLINT_JAR", jar.toString());
        pb.environment().put("TEMPLINT_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog);
        Process p = pb.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path copyJar() throws IOException {
        Path realJar = Path.of(System.getProperty("templint.jar", "target/templint-0.1.0-cli.jar")).toAbsolutePath();
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Path jar = lib.resolve(realJar.getFileName());
        Files.copy(realJar, jar);
        setTime(jar, -60);
        return jar;
    }

    private static List<String> siblings(Path file) throws IOException {
        try (Stream<Path> s = Files.list(file.getParent())) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** {@code bin/templint check t} with the jar {@code TEMPLINT_JAR} names; it must succeed. */
    private Result check(Path jar, Map<String, String> env) throws IOException, InterruptedException {
        Path basedir = Path.of(System.getProperty("templint.basedir", "")).toAbsolutePath();
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(basedir.resolve("bin/templint").toString(), "check", "t")
            .directory(tmp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("TEMPLINT_NO_CDS");
        pb.environment().remove("TEMPLINT_JAVA_OPTS");
        pb.environment().put("TEMPLINT_JAR", jar.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
        assertThat(r.status).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        return r;
    }

    private List<String> buildLines() throws IOException {
        return Files.exists(builds) ? Files.readAllLines(builds) : List.of();
    }

    private static void setTime(Path p, long offsetSeconds) throws IOException {
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().plusSeconds(offsetSeconds)));
    }

    private record Result(int status, String out, String err) { }

    private Result launch(String path) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(checkout.resolve("bin/templint").toString(), "--version")
            .directory(tmp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("PATH", path);
        pb.environment().put("TEMPLINT_NO_CDS", "1");
        pb.environment().remove("TEMPLINT_JAR");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
        assertThat(r.status).as(r.err).isZero();
        return r;
    }
}
